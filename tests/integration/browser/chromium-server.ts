/**
 * Global set-up of the integration tests: one Chromium for every browser test
 * file (each file connects to it with `launchChromium()` and opens its own
 * contexts), instead of one browser per file.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint, or '' where there is no Chromium. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!chromiumAvailable()) {
    project.provide('chromiumEndpoint', '');
    return;
  }
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
