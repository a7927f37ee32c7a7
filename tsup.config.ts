import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { CACHE } from './scripts/paths.ts';

/**
 * The modules calcha loads on first use (`import()`), each one self-contained file of dist/:
 * a locale's spelling, `n2words/fr-FR.js` (n2words' `toCardinal` with the helpers it uses,
 * nothing else of its module), and a locale's language data, `language/fi-FI.js`. One file per
 * module, not a chunk of shared helpers beside it: Node's ESM loader costs about 0.7 ms a file,
 * and a process's first question pays it (docs/performance.md).
 */
const N2WORDS_TAGS = readdirSync('node_modules/n2words/src')
  .filter((file) => file.endsWith('.js'))
  .map((file) => basename(file, '.js'));
const LANGUAGE_MODULES = [
  ...readdirSync('src/language/data')
    .filter((file) => file !== 'index.ts')
    .map((file) => `src/language/data/${file}`),
  'src/language/kana.ts',
];

/** Where a module that calcha's source loads with `import()` lands in dist/. */
function lazyModuleFile(path: string, resolveDir: string): string {
  const n2words = /^n2words\/([A-Za-z-]+)$/.exec(path)?.[1];
  if (n2words !== undefined) return `n2words/${n2words}.js`;
  const source = relative('.', join(resolveDir, path)).replace(/\.js$/, '.ts');
  if (LANGUAGE_MODULES.includes(source)) return `language/${basename(source, '.ts')}.js`;
  throw new Error(
    `${path} is loaded with import() but is not one of tsup.config.ts's lazy modules`,
  );
}

/**
 * In the library builds, every `import()` names its lazy module's file in dist/
 * (`./n2words/fr-FR.js`: the library's chunks all sit at dist/'s root), which the build of the
 * lazy modules writes once for both.
 */
const lazyModulesOutside: Plugin = {
  name: 'calcha-lazy-modules-outside',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import'
        ? { path: `./${lazyModuleFile(args.path, args.resolveDir)}`, external: true }
        : undefined,
    );
  },
};

/**
 * The entries of the lazy modules' build for n2words: per locale, a module that re-exports only its
 * `toCardinal`, so esbuild shakes off the rest (ordinals, currencies and their helpers). tsup
 * wants entries on disk: they are written under node_modules/.cache/ at each build.
 */
function cardinalEntries(): Record<string, string> {
  const dir = join(CACHE, 'cardinals');
  mkdirSync(dir, { recursive: true });
  return Object.fromEntries(
    N2WORDS_TAGS.map((tag) => {
      writeFileSync(`${dir}/${tag}.js`, `export { toCardinal } from 'n2words/${tag}';\n`);
      return [`n2words/${tag}`, `${dir}/${tag}.js`];
    }),
  );
}

/** In the CLI's build, the public API is dist/index.js itself, not a copy of it. */
const libraryOutside: Plugin = {
  name: 'calcha-library-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({
      path: './index.js',
      external: true,
    }));
  },
};

const library: Options = {
  format: ['esm'],
  esbuildPlugins: [lazyModulesOutside],
  // Keep `node:` prefixes as written (the CLI imports node:fs and node:util): Deno needs them.
  removeNodeProtocol: false,
};

// No `clean`: the builds run at once and one would delete another's .d.ts files;
// `npm run build` empties dist/ first. Each entry is a build of its own, so that
// `import('calcha')` reads one file, not a chunk shared with calcha/redis or the CLI beside it.
export default defineConfig([
  // Node, Bun, Deno: the kernel's random device, and node:crypto where it refuses.
  { ...library, entry: { index: 'src/index.ts' }, target: 'node20' },
  // calcha/redis holds its own copy of the few checks and the error maker it needs.
  { ...library, entry: { redis: 'src/redis.ts' }, target: 'node20' },
  // Their declarations, from one TypeScript program.
  { entry: { index: 'src/index.ts', redis: 'src/redis.ts' }, format: ['esm'], dts: { only: true } },
  // The CLI (`bin`) imports the library from ./index.js.
  {
    ...library,
    entry: { cli: 'src/cli.ts' },
    target: 'node20',
    esbuildPlugins: [libraryOutside, lazyModulesOutside],
  },
  // Workers, edge runtimes, browsers: Web Crypto, no node: imports.
  {
    ...library,
    entry: { web: 'src/web.ts' },
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    // `#crypto` (package.json `imports`) is the Web Crypto implementation under this condition.
    esbuildOptions(options) {
      options.conditions = ['calcha-web'];
    },
  },
  // The lazy modules, shared by both library builds: n2words is bundled into calcha (it is a
  // devDependency; its license is in LICENSE), each locale's `toCardinal` a file of its own.
  {
    entry: Object.fromEntries([
      ...Object.entries(cardinalEntries()),
      ...LANGUAGE_MODULES.map((file) => [`language/${basename(file, '.ts')}`, file]),
    ]),
    format: ['esm'],
    platform: 'neutral',
    target: 'es2022',
    splitting: false,
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
