import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { programAvailable } from '../program.ts';

/**
 * Debian's Chromium, which playwright cannot download here: its headless shell
 * (`apt-get install chromium-headless-shell`, what playwright itself runs headless) where it
 * is installed, otherwise the full browser (`chromium`). The same Blink and V8; the shell opens
 * a page for about a third of the CPU (docs/testing.md, "Test time").
 */
const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/** The Chromium the browser tests run in: the first of CANDIDATES on this machine. */
export const CHROMIUM = CANDIDATES.find((path) => existsSync(path)) ?? (CANDIDATES[0] as string);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Whether the browser tests can run (see programAvailable). */
export function chromiumAvailable(): boolean {
  return programAvailable(CHROMIUM, existsSync(CHROMIUM), 'chromium-headless-shell');
}

/**
 * The browser for a test file: a connection to the Chromium every file shares
 * (started by chromium-server.ts, the integration tests' global set-up), or a
 * Chromium of its own where there is none. `close()` ends only this file's connection.
 */
export function launchChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
