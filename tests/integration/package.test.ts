/**
 * The published package, as users get it: packed into a tarball, installed in
 * a fresh project, and loaded by Node (require and import), Bun and Deno,
 * through both builds. `npm test` builds dist/ first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');

/** Verifies every committed vector, then generates and verifies an Arabic question in words. */
const CHECK = `
const vectors = JSON.parse(await (await import('node:fs/promises')).readFile(process.env.VECTORS, 'utf8')).vectors;
const out = [];
for (const v of vectors) {
  const c = calcha.createCaptcha({ secret: v.secret, now: () => v.issuedAt + 5000 });
  out.push((await c.verify(v.token, String(v.answer), { scope: v.scope })).ok);
}
const c = calcha.createCaptcha({ secret: calcha.generateSecret(), locale: 'ar', words: 'words', minSolveTime: 0 });
const g = await c.generate();
out.push(g.dir, (await c.verify(g.token, 'صفر')).reason);
console.log(JSON.stringify(out));
`;
const EXPECTED = JSON.stringify([true, true, true, 'rtl', 'wrong-answer']);

let consumer = '';
let files: string[] = [];

function run(command: string, args: string[]): string {
  return execFileSync(command, args, {
    cwd: consumer,
    encoding: 'utf8',
    env: { ...process.env, VECTORS: join(ROOT, 'tests/token/vectors.json'), NO_COLOR: '1' },
  }).trim();
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'calcha-package-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed?.files.map((f) => f.path).sort() ?? [];
  consumer = join(dir, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { calcha: `file:../${packed?.filename}` },
    }),
  );
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
    { cwd: consumer },
  );
  writeFileSync(join(consumer, 'index.mjs'), `import * as calcha from 'calcha';\n${CHECK}`);
  writeFileSync(join(consumer, 'web.mjs'), `import * as calcha from 'calcha/web';\n${CHECK}`);
  writeFileSync(
    join(consumer, 'require.cjs'),
    `const calcha = require('calcha');\n(async () => {${CHECK}})();`,
  );
}, 120_000);

describe('the packed tarball', () => {
  it('holds only dist/, the README, the LICENSE, the CHANGELOG and package.json', () => {
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    expect(files).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/web.js', 'dist/redis.js', 'dist/browser.js']),
    );
  });

  it('the Web Crypto build imports nothing from node:', () => {
    expect(readFileSync(join(ROOT, 'dist/web.js'), 'utf8')).not.toMatch(
      /from\s+["']node:|require\(["']node:/,
    );
  });

  it('the browser module is at most 1 KB gzipped and imports nothing', async () => {
    const { gzipSync } = await import('node:zlib');
    const source = readFileSync(join(ROOT, 'dist/browser.js'));
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(1024);
    expect(source.toString()).not.toMatch(/\bimport\s*[{(*"']/);
  });
});

describe('runs where users run it', () => {
  it("Node: import 'calcha'", () => {
    expect(run(process.execPath, ['index.mjs'])).toBe(EXPECTED);
  });

  it("Node: require('calcha') (Node ≥ 20.19: ESM without top-level await)", () => {
    expect(run(process.execPath, ['require.cjs'])).toBe(EXPECTED);
  });

  it("Node: import 'calcha/web' (the Web Crypto build)", () => {
    expect(run(process.execPath, ['web.mjs'])).toBe(EXPECTED);
  });

  it("Node: import 'calcha/redis'", () => {
    expect(
      run(process.execPath, [
        '--input-type=module',
        '-e',
        "import { redisStore } from 'calcha/redis'; console.log(typeof redisStore)",
      ]),
    ).toBe('function');
  });

  it.each(['index.mjs', 'web.mjs'])('Bun: %s', (script) => {
    expect(run(join(BIN, 'bun'), [script])).toBe(EXPECTED);
  });

  it.each(['index.mjs', 'web.mjs'])('Deno: %s', (script) => {
    expect(run(join(BIN, 'deno'), ['run', '--allow-read', '--allow-env', script])).toBe(EXPECTED);
  });
});
