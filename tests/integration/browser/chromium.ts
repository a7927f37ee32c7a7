import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); playwright cannot download one here. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Under CI a missing Chromium fails the run;
 * locally the tests are skipped with a loud message.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) {
    throw new Error(
      `${CHROMIUM} is missing: .ci/run must install it (apt-get install -y chromium).`,
    );
  }
  console.warn(
    `\n!!! SKIPPING BROWSER TESTS: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium\n`,
  );
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
