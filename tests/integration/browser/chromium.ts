import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { programAvailable } from '../program.ts';

/** Debian's Chromium (`apt-get install chromium`); playwright cannot download one here. */
export const CHROMIUM = '/usr/bin/chromium';

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
  return programAvailable(CHROMIUM, existsSync(CHROMIUM), 'chromium');
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
