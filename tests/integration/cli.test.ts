import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SECRET, solve } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run cli -- ...args` the way a user does (node + tsx, no build). */
function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'examples/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CALCHA_SECRET: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('examples/cli.ts', () => {
  it('generate prints question<TAB>token lines and warns on stderr about the one-off secret', () => {
    const { code, stdout, stderr } = cli(['generate', '--count', '3']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^.+ [+\u2212] .+ =\t[A-Za-z0-9_-]{68}$/);
    expect(stderr).toMatch(/CALCHA_SECRET is not set.*one-off secret/);
  });

  it('generate --json with settings, then verify the answer with the same secret', () => {
    const env = { CALCHA_SECRET: SECRET };
    const generated = cli(
      [
        'generate',
        '--json',
        '--locale',
        'en-GB',
        '--ops',
        '*',
        '--max',
        '50',
        '--words',
        'digits',
        '--digits',
        'latin',
        '--scope',
        'cli',
      ],
      env,
    );
    expect(generated.code).toBe(0);
    expect(generated.stderr).toBe('');
    const challenge = JSON.parse(generated.stdout);
    expect(challenge).toMatchObject({ locale: 'en-GB', dir: 'ltr' });
    expect(challenge.question).toMatch(/^\d+ × \d+ =$/);
    const answer = String(solve(challenge.question));

    const early = cli(['verify', challenge.token, answer, '--scope', 'cli'], env);
    expect(early).toMatchObject({ code: 1, stdout: 'refused: too-soon\n' });
    const wrongScope = cli(
      ['verify', challenge.token, answer, '--scope', 'other', '--min-solve-time', '0'],
      env,
    );
    expect(wrongScope).toMatchObject({ code: 1, stdout: 'refused: bad-signature\n' });
    const ok = cli(
      ['verify', challenge.token, answer, '--scope', 'cli', '--min-solve-time', '0'],
      env,
    );
    expect(ok).toMatchObject({ code: 0, stdout: 'ok\n' });
    const wrong = cli(
      ['verify', challenge.token, `${answer}1`, '--scope', 'cli', '--min-solve-time', '0'],
      env,
    );
    expect(wrong).toMatchObject({ code: 1, stdout: 'refused: wrong-answer\n' });
  });

  it('verify without CALCHA_SECRET fails with a clear message and exit code 2', () => {
    const { code, stderr } = cli(['verify', 'x'.repeat(84), '3']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/set CALCHA_SECRET/);
  });

  it('verify of a mangled token says malformed', () => {
    expect(cli(['verify', 'nonsense', '3'], { CALCHA_SECRET: SECRET })).toMatchObject({
      code: 1,
      stdout: 'refused: malformed\n',
    });
  });

  it('locales lists every supported tag; secret prints a usable secret', () => {
    const locales = cli(['locales']);
    expect(locales.code).toBe(0);
    expect(locales.stdout.trim().split('\n')).toHaveLength(73);
    expect(locales.stdout).toContain('fr-FR\n');
    const secret = cli(['secret']);
    expect(secret.code).toBe(0);
    expect(secret.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
  });

  it('--help and --version', () => {
    expect(cli(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: npm run cli'),
    });
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [[], /Usage/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['generate', '--bogus'], /Unknown option '--bogus'/],
    [['generate', '--max', 'lots'], /--max must be a whole number/],
    [['generate', '--ops', '/', '--max', '5'], /raise max to at least 6/],
    [['generate', '--locale', 'xx'], /not a supported locale/],
    [['verify', 'only-a-token'], /exactly two arguments/],
  ])('usage error %j exits 2', (args, message) => {
    const { code, stderr } = cli(args, { CALCHA_SECRET: SECRET });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
