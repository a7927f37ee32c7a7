/**
 * The size budget: `npm run size` (part of `npm test`). Bundles what a server
 * ships, as bundlers do (minified, code split per locale) with esbuild and with
 * Rolldown (Vite's bundler), gzips every chunk, lists each locale's chunk and
 * fails when a budget is exceeded. Needs dist/ (npm run build).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rolldown } from 'rolldown';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Budgets in gzipped bytes, per bundler. */
const BUDGETS = {
  esbuild: {
    /**
     * createCaptcha alone: questions, tokens, verification, the 73 locale loaders and the
     * loaders of their language data, the spelling table with its corrections, the folds (not
     * the refusal messages: bundlers drop them unless `describeRefusal` is used). Includes token
     * v1's verification path (0.5 KB) until it can go (docs/decisions.md), and the HMAC-SHA-256
     * in TypeScript (0.75 KB) that makes a round trip 3 HMACs instead of 3.9. Re-baselined at
     * measured + 2% when n2words was bundled (issue 12's cold start; measured 12 986 B: the
     * loaders name dist/'s files without hashes, so bundlers' chunk names are shorter). Then
     * 100 B more in every budget that holds the core, for each bundler, when random bytes came
     * from the kernel's device instead of node:crypto (issue 12: 5 ms off a fresh process's
     * first question; measured 13 275 B).
     */
    core: 13_350,
    /**
     * createCaptcha and what its first French question loads: one file, n2words' fr-FR
     * `toCardinal` with the helpers it uses (measured 14 738 B).
     */
    'core + fr-FR question': 15_150,
    /**
     * Then what the first French answer in words adds: n2words fr-BE, for the Belgian and Swiss
     * forms readers may type (septante, huitante), with its own copy of the helpers (measured
     * 16 500 B).
     */
    'core + fr-FR answers': 16_950,
    /** The largest locale (lv-LV): its n2words module and its CLDR data (measured 9 207 B). */
    'largest locale': 9_400,
  },
  rolldown: {
    core: 12_850,
    'core + fr-FR question': 14_600,
    'core + fr-FR answers': 16_400,
    'largest locale': 9_150,
  },
  /**
   * The Web Crypto build bundled into one file without code splitting, as edge tool chains
   * often do: every locale and its language data is in it. Measured 130 052 B since n2words is
   * bundled with `toCardinal` alone (142 729 B before, with n2words' ordinals and currencies).
   */
  'one file, every locale': 132_700,
  /** calcha/browser, as published (already minified). */
  'browser module': 1_024,
} as const;

/** One output file: its gzipped size and the files it imports statically. */
interface Chunk {
  bytes: number;
  imports: string[];
}

/** A split bundle of `createCaptcha`: its chunks, the entry chunk and each locale's chunks. */
interface Bundle {
  chunks: Map<string, Chunk>;
  core: string;
  /** Per locale, its n2words chunk and, where it has some, its language data chunk. */
  locales: Map<string, string[]>;
}

function addLocaleChunk(bundle: Bundle, locale: string, file: string): void {
  bundle.locales.set(locale, [...(bundle.locales.get(locale) ?? []), file]);
}

const gzipped = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

/**
 * The locale a lazily loaded module of dist/ belongs to: its n2words module
 * (`dist/n2words/fr-FR.js`) or calcha's language data for it (`dist/language/fi-FI.js`).
 */
const chunkLocale = (path: string | null | undefined) =>
  /dist[\\/](?:n2words|language)[\\/]([a-z]{2,3}(?:-[A-Z][a-z]{3})?-[A-Z]{2})\.js$/.exec(
    path ?? '',
  )?.[1];

/** A module of the user's server that imports createCaptcha from one of the builds. */
function serverEntry(file: 'index.js' | 'web.js'): string {
  const dir = mkdtempSync(join(tmpdir(), 'calcha-size-'));
  const entry = join(dir, 'server.js');
  writeFileSync(
    entry,
    `import { createCaptcha } from ${JSON.stringify(join(DIST, file))};\nexport { createCaptcha };\n`,
  );
  return entry;
}

/** The Web Crypto build in one file, every locale inlined. */
async function oneFile(): Promise<number> {
  const result = await build({
    entryPoints: [serverEntry('web.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return gzipped(result.outputFiles[0]?.contents ?? new Uint8Array());
}

async function bundleWithEsbuild(entry: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    outdir: join(entry, '..', 'esbuild'),
    metafile: true,
    logLevel: 'silent',
  });
  const bundle: Bundle = { chunks: new Map(), core: '', locales: new Map() };
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    bundle.chunks.set(file, {
      bytes: gzipped(readFileSync(file)),
      imports: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
    });
    if (output.entryPoint === undefined) continue;
    const locale = chunkLocale(output.entryPoint);
    if (output.entryPoint === relative(process.cwd(), entry)) bundle.core = file;
    else if (locale !== undefined) addLocaleChunk(bundle, locale, file);
  }
  return bundle;
}

async function bundleWithRolldown(entry: string): Promise<Bundle> {
  const input = await rolldown({ input: entry, platform: 'node', logLevel: 'silent' });
  const { output } = await input.generate({ format: 'esm', minify: true });
  const bundle: Bundle = { chunks: new Map(), core: '', locales: new Map() };
  for (const file of output) {
    if (file.type !== 'chunk') continue;
    bundle.chunks.set(file.fileName, { bytes: gzipped(file.code), imports: file.imports });
    const locale = chunkLocale(file.facadeModuleId);
    if (file.isEntry) bundle.core = file.fileName;
    else if (locale !== undefined) addLocaleChunk(bundle, locale, file.fileName);
  }
  return bundle;
}

/** What loading a chunk costs: its size and that of every chunk it imports statically. */
function loadedSize({ chunks }: Bundle, files: string[]): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
  };
  files.forEach(visit);
  return [...seen].reduce((sum, file) => sum + (chunks.get(file)?.bytes ?? 0), 0);
}

/** Measures one bundler's output: the core, core + French, and every locale. */
function sizesOf(bundle: Bundle) {
  const core = loadedSize(bundle, [bundle.core]);
  const locales = [...bundle.locales]
    .map(([locale, files]) => ({ locale, bytes: loadedSize(bundle, files) }))
    .sort((a, b) => a.locale.localeCompare(b.locale));
  const french = (variants: string[]) =>
    core +
    loadedSize(
      bundle,
      variants.flatMap((locale) => bundle.locales.get(locale) ?? []),
    );
  return {
    sizes: {
      core,
      'core + fr-FR question': french(['fr-FR']),
      'core + fr-FR answers': french(['fr-FR', 'fr-BE']),
      'largest locale': Math.max(...locales.map((l) => l.bytes)),
    },
    locales,
  };
}

/** Bundles createCaptcha with both bundlers and measures everything the budgets name. */
async function measure() {
  const entry = serverEntry('index.js');
  return {
    esbuild: sizesOf(await bundleWithEsbuild(entry)),
    rolldown: sizesOf(await bundleWithRolldown(entry)),
    'one file, every locale': await oneFile(),
    'browser module': gzipped(readFileSync(join(DIST, 'browser.js'))),
  };
}

const measured = await measure();
const bundlers = ['esbuild', 'rolldown'] as const;
console.log('locale chunks with the n2words helpers they share, gzipped (esbuild / rolldown):');
const rolldownLocales = new Map(measured.rolldown.locales.map((l) => [l.locale, l.bytes]));
const cells = measured.esbuild.locales.map(
  ({ locale, bytes }) => `${locale.padEnd(11)}${bytes} / ${rolldownLocales.get(locale)} B`,
);
for (let row = 0; row < cells.length; row += 4) {
  console.log(`  ${cells.slice(row, row + 4).join('    ')}`);
}
const checks: [string, number, number][] = bundlers.flatMap((bundler) =>
  Object.entries(BUDGETS[bundler]).map(([name, budget]): [string, number, number] => [
    `${bundler} ${name}`,
    measured[bundler].sizes[name as keyof (typeof measured)[typeof bundler]['sizes']],
    budget,
  ]),
);
for (const name of ['one file, every locale', 'browser module'] as const) {
  checks.push([name, measured[name], BUDGETS[name]]);
}
let over = false;
for (const [name, size, budget] of checks) {
  over ||= size > budget;
  console.log(`${size > budget ? 'OVER' : 'ok  '} ${name}: ${size} B of ${budget} B`);
}
if (over) {
  console.error(
    'size budget exceeded: shrink the code or, deliberately, the budget in scripts/size.ts',
  );
  process.exit(1);
}
