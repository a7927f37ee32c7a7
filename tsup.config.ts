import { readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/** The modules calcha loads on first use, each with the file it becomes in dist/. */
function lazyModules(): Record<string, string> {
  const n2words = readdirSync('node_modules/n2words/src').filter((file) => file.endsWith('.js'));
  const data = readdirSync('src/language/data').filter((file) => file !== 'index.ts');
  return Object.fromEntries([
    ...n2words.map((file) => [
      `n2words/${file.slice(0, -'.js'.length)}`,
      `node_modules/n2words/src/${file}`,
    ]),
    ...data.map((file) => [
      `language/${file.slice(0, -'.ts'.length)}`,
      `src/language/data/${file}`,
    ]),
    ['language/kana', 'src/language/kana.ts'],
  ]);
}

const library: Options = {
  format: ['esm'],
  dts: true,
  // n2words is bundled: each of its locales becomes a chunk of calcha's own, loaded on first
  // use (bundlers still split them). One file per locale instead of n2words' seven through
  // Node's ESM loader: the first question of a process costs 8 ms less (docs/performance.md).
  noExternal: [/^n2words\//],
  // Keep node:crypto as written: Deno needs the prefix.
  removeNodeProtocol: false,
};

// No `clean`: the builds run at once and one would delete another's .d.ts files;
// `npm run build` empties dist/ first.
export default defineConfig([
  // Node, Bun, Deno: node:crypto. The CLI (`bin`) shares the library's chunks.
  {
    ...library,
    entry: { index: 'src/index.ts', redis: 'src/redis.ts', cli: 'src/cli.ts', ...lazyModules() },
    dts: { entry: { index: 'src/index.ts', redis: 'src/redis.ts' } },
    target: 'node20',
  },
  // Workers, edge runtimes, browsers: Web Crypto, no node: imports.
  {
    ...library,
    entry: { web: 'src/web.ts', ...lazyModules() },
    dts: { entry: { web: 'src/web.ts' } },
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
