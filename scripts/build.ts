/**
 * `npm run build`: builds dist/ with tsup, unless nothing it is built from
 * changed since the last build (src/, the configs, package.json and the lock
 * file, hashed). `npm test`, `npm start` and `npm pack` each build; only the
 * first one after a change pays for it. `npm run build -- --force` always builds.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE, ROOT } from './paths.ts';

const STAMP = join(CACHE, 'build-inputs.sha256');
const INPUTS = ['package.json', 'package-lock.json', 'tsup.config.ts', 'tsconfig.json'];
const OUTPUTS = ['index.js', 'index.d.ts', 'web.js', 'web.d.ts', 'redis.js', 'redis.d.ts'];
const MORE_OUTPUTS = ['browser.js', 'browser.d.ts', 'cli.js'];

function inputsHash(): string {
  const hash = createHash('sha256');
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => `src/${file}`)
    .filter((file) => file.endsWith('.ts'))
    .sort();
  for (const file of [...INPUTS, ...sources]) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * Fails the build when a file of dist/ imports a relative path that is not there: the library
 * builds name the lazily loaded modules (`import("./n2words/fr-FR.js")`) as files that another
 * build of tsup.config.ts writes, and nothing else checks that the two agree.
 */
function checkRelativeImports(): void {
  const dist = join(ROOT, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  );
  for (const file of files) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, path] of code.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      if (!existsSync(join(dist, dirname(file), path as string))) {
        throw new Error(`dist/${file} imports ${path}, which the build did not write`);
      }
    }
  }
}

const hash = inputsHash();
const built = [...OUTPUTS, ...MORE_OUTPUTS].every((file) => existsSync(join(ROOT, 'dist', file)));
const force = process.argv.includes('--force');
if (!force && built && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) {
  console.log('dist/ is up to date (nothing it is built from changed).');
} else {
  rmSync(STAMP, { force: true });
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  execFileSync(join(ROOT, 'node_modules/.bin/tsup'), ['--silent'], { cwd: ROOT, stdio: 'inherit' });
  checkRelativeImports();
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, hash);
}
