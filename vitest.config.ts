import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** The examples and tests import `calcha` as users do; here it is the source. */
const calcha = { find: /^calcha(\/web)?$/, replacement: source('index.ts') };
/** The Web Crypto build swaps one module, as tsup.config.ts does. */
const webCrypto = {
  find: /^(\.\/|\.\.\/src\/)crypto\.[jt]s$/,
  replacement: source('crypto-web.ts'),
};

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        resolve: { alias: [calcha] },
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          env: { CALCHA_CRYPTO: 'node' },
          // The public types, checked by tsc (tests/*.test-d.ts).
          typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'] },
        },
      },
      {
        // Everything that signs or verifies, once more over Web Crypto.
        extends: true,
        resolve: { alias: [calcha, webCrypto] },
        test: {
          name: 'web-crypto',
          include: [
            'tests/crypto.test.ts',
            'tests/token.test.ts',
            'tests/verify.test.ts',
            'tests/generate.test.ts',
            'tests/form.test.ts',
            'tests/options.test.ts',
            'tests/edge.test.ts',
          ],
          env: { CALCHA_CRYPTO: 'web' },
        },
      },
    ],
  },
});
