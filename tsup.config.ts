import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    target: 'node20',
    dts: true,
    clean: true,
    // Each n2words locale stays a separate module so bundlers can split them.
    external: [/^n2words\//],
  },
  {
    // The browser module: one small file, minified, with no imports.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2020',
    dts: true,
    minify: true,
  },
]);
