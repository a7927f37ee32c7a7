import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** The examples and tests import `calcha` as users do; here it is the source. */
const calcha = { find: /^calcha(\/web)?$/, replacement: source('index.ts') };

/**
 * Unit tests mirror src/; everything that runs a program, a server or a browser is in
 * integration/. Unit tests share their workers' module state (no isolation): they hold no
 * global state of their own, and it halves `npm run test:unit`.
 */
const UNIT = {
  include: ['tests/**/*.test.ts'],
  exclude: ['tests/integration/**'],
  isolate: false,
};

export default defineConfig({
  resolve: { alias: [calcha] },
  test: {
    testTimeout: 20_000,
    // Vitest's default on a two-core machine is one worker. Integration tests spend much of
    // their time waiting on servers, Chromium and child processes: three overlap those waits.
    maxWorkers: 3,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The browser module runs in Chromium (tests/integration/browser), where v8 coverage of
      // Node does not reach; the seam's interface has no code.
      exclude: ['src/browser.ts', 'src/token/crypto/seam.ts', 'src/types.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 95 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          ...UNIT,
          // tests/types.test-d.ts pins the public types; `npm run typecheck` (tsc) checks it.
          env: { CALCHA_CRYPTO: 'node' },
        },
      },
      {
        // Every unit test that can reach the crypto seam once more over Web Crypto: `#crypto`
        // resolves under the `calcha-web` condition, as in the Web Crypto build. The languages
        // (tests/language/) never sign or verify, so they run once.
        extends: true,
        ssr: { resolve: { conditions: ['calcha-web'] } },
        test: {
          name: 'web-crypto',
          ...UNIT,
          exclude: [...UNIT.exclude, 'tests/language/**'],
          env: { CALCHA_CRYPTO: 'web' },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // These start servers, browsers and programs: slow on a busy two-core machine.
          testTimeout: 60_000,
          exclude: ['tests/integration/runtimes/**'],
          // One Chromium for every browser test file (tests/integration/browser/).
          globalSetup: ['tests/integration/browser/chromium-server.ts'],
          env: { CALCHA_CRYPTO: 'node' },
        },
      },
      {
        // The runtime matrix: the packed package under Node 20.19+, 22 and 24, Bun and Deno,
        // and the Worker in workerd. The runtimes install into .runtimes/ on first use
        // (tests/integration/runtimes/setup.ts), not with the contributors' `npm ci`.
        extends: true,
        test: {
          name: 'runtimes',
          include: ['tests/integration/runtimes/**/*.test.ts'],
          globalSetup: ['tests/integration/runtimes/setup.ts'],
          env: { CALCHA_CRYPTO: 'node' },
          testTimeout: 60_000,
        },
      },
    ],
  },
});
