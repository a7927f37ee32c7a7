import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests once, over node:crypto, for StrykerJS (`npm run mutate`): the mutated modules
 * are the same in the Web Crypto build, and one pass halves the run. The fuzz slice is left out:
 * it proves robustness, not values, and would only slow every mutant down.
 */
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^calcha(\/web)?$/,
        replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/integration/**', 'tests/fuzz/**'],
    env: { CALCHA_CRYPTO: 'node' },
    // As in vitest.config.ts: the locale-wide answer tests take seconds on a busy machine.
    testTimeout: 20_000,
  },
});
