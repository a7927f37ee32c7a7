/**
 * The size budget: `npm run size` (part of `npm test`). Bundles what a server
 * ships, as a bundler would (minified, code split per locale), gzips it, and
 * fails when a budget is exceeded. Needs dist/ (npm run build).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Budgets in gzipped bytes. */
export const BUDGETS = {
  /** createCaptcha alone: questions, tokens, verification, locale handling. */
  core: 6_600,
  /**
   * createCaptcha with its French spelling: n2words fr-FR, fr-BE (the Belgian and
   * Swiss variants) and their shared helpers, about 4 KB of the total.
   */
  'core + fr-FR': 10_800,
  /** The largest locale, with the n2words helpers it shares with others. */
  'largest locale': 3_500,
  /** calcha/browser. */
  'browser module': 1_024,
};

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export async function measure() {
  const dir = mkdtempSync(join(tmpdir(), 'calcha-size-'));
  const entry = join(dir, 'server.js');
  writeFileSync(
    entry,
    `import { createCaptcha } from ${JSON.stringify(join(DIST, 'index.js'))};\nexport { createCaptcha };\n`,
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    outdir: join(dir, 'out'),
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const size = new Map(Object.keys(outputs).map((path) => [path, gzipped(path)]));
  /** A chunk with every chunk it imports statically: what loading it costs. */
  const withImports = (path: string, seen = new Set<string>()): Set<string> => {
    seen.add(path);
    for (const { path: imported, kind } of outputs[path]?.imports ?? []) {
      if (kind === 'import-statement' && !seen.has(imported)) withImports(imported, seen);
    }
    return seen;
  };
  const paths = Object.keys(outputs);
  const serverPath = paths.find((p) => basename(p) === 'server.js') ?? '';
  const core = size.get(serverPath) ?? 0;
  const localePaths = paths.filter((p) =>
    /^[a-z]{2,3}-[A-Za-z-]+-[A-Z0-9]{8}\.js$/.test(basename(p)),
  );
  const locales = localePaths
    .map((path) => ({
      name: basename(path),
      bytes: [...withImports(path)].reduce((sum, p) => sum + (size.get(p) ?? 0), 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const frenchPaths = new Set(
    localePaths.filter((p) => /^fr-(FR|BE)-/.test(basename(p))).flatMap((p) => [...withImports(p)]),
  );
  const french = [...frenchPaths].reduce((sum, p) => sum + (size.get(p) ?? 0), 0);
  return {
    core,
    locales,
    sizes: {
      core,
      'core + fr-FR': core + french,
      'largest locale': Math.max(...locales.map((c) => c.bytes)),
      'browser module': gzipped(join(DIST, 'browser.js')),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { core, locales, sizes } = await measure();
  console.log(`core (createCaptcha, minified + gzipped): ${core} B`);
  console.log(
    `locales with their shared helpers (${locales.length}): ${locales.map((c) => `${c.name.replace(/-[A-Z0-9]+\.js$/, '')} ${c.bytes}`).join(', ')}`,
  );
  let over = false;
  for (const [name, budget] of Object.entries(BUDGETS)) {
    const size = sizes[name as keyof typeof sizes];
    const ok = size <= budget;
    over ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${size} B of ${budget} B`);
  }
  if (over) {
    console.error(
      'size budget exceeded: shrink the code or, deliberately, the budget in scripts/size.ts',
    );
    process.exit(1);
  }
}
