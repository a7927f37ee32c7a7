import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  dts: true,
  clean: true,
  sourcemap: false,
  // Each n2words locale stays a separate module so bundlers can split them.
  external: [/^n2words\//],
});
