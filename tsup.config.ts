import { defineConfig, type Options } from 'tsup';

const library: Options = {
  format: ['esm'],
  dts: true,
  // Each n2words locale stays a separate module so bundlers can split them.
  external: [/^n2words\//],
  // Keep node:crypto as written: Deno needs the prefix.
  removeNodeProtocol: false,
};

// No `clean`: the builds run at once and one would delete another's .d.ts files;
// `npm run build` empties dist/ first.
export default defineConfig([
  // Node, Bun, Deno: node:crypto. The CLI (`bin`) shares the library's chunks.
  {
    ...library,
    entry: { index: 'src/index.ts', redis: 'src/redis.ts', cli: 'src/cli.ts' },
    dts: { entry: { index: 'src/index.ts', redis: 'src/redis.ts' } },
    target: 'node20',
  },
  // Workers, edge runtimes, browsers: Web Crypto, no node: imports.
  {
    ...library,
    entry: { web: 'src/web.ts' },
    platform: 'neutral',
    target: 'es2022',
    // `#crypto` (package.json `imports`) is the Web Crypto implementation under this condition.
    esbuildOptions(options) {
      options.conditions = ['calcha-web'];
    },
  },
  // The browser module: one small file, minified, with no imports.
  {
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2020',
    dts: true,
    minify: true,
  },
]);
