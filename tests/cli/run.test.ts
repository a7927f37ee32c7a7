import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { SECRET, solve } from '../helpers.ts';

/** Runs the CLI in process, as `calcha ...args` with only `env` in the environment. */
async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}

const env = { CALCHA_SECRET: SECRET };

describe('the calcha command (src/cli/run.ts)', () => {
  it('generate prints question<TAB>token lines and warns on stderr about the one-off secret', async () => {
    const { code, stdout, stderr } = await cli(['generate', '--count', '3']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^.+ [+\u2212] .+ =\t[A-Za-z0-9_-]{68}$/);
    expect(stderr).toMatch(/CALCHA_SECRET is not set.*one-off secret/);
    expect(stderr).toContain('export CALCHA_SECRET=$(npx calcha secret)');
  });

  it('generate --json with settings, then verify the answer with the same secret', async () => {
    const generated = await cli(
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
    expect(generated).toMatchObject({ code: 0, stderr: '' });
    const challenge = JSON.parse(generated.stdout);
    expect(challenge).toMatchObject({ locale: 'en-GB', dir: 'ltr' });
    expect(challenge.question).toMatch(/^\d+ × \d+ =$/);
    const answer = String(solve(challenge.question));

    const early = await cli(['verify', challenge.token, answer, '--scope', 'cli'], env);
    expect(early).toMatchObject({ code: 1, stdout: 'refused: too-soon\n' });
    const wrongScope = await cli(
      ['verify', challenge.token, answer, '--scope', 'other', '--min-solve-time', '0'],
      env,
    );
    expect(wrongScope).toMatchObject({ code: 1, stdout: 'refused: bad-signature\n' });
    const ok = await cli(
      ['verify', challenge.token, answer, '--scope', 'cli', '--min-solve-time', '0'],
      env,
    );
    expect(ok).toMatchObject({ code: 0, stdout: 'ok\n' });
    const wrong = await cli(
      ['verify', challenge.token, `${answer}1`, '--scope', 'cli', '--min-solve-time', '0'],
      env,
    );
    expect(wrong).toMatchObject({ code: 1, stdout: 'refused: wrong-answer\n' });
  });

  it('--locale EN_us is read as en-US', async () => {
    const { code, stdout } = await cli(['generate', '--json', '--locale', 'EN_us'], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ locale: 'en-US' });
  });

  it('a negative answer is an answer, not an unknown option', async () => {
    const { stdout } = await cli(['generate', '--json'], env);
    const { token } = JSON.parse(stdout);
    expect(await cli(['verify', token, '-3', '--min-solve-time', '0'], env)).toMatchObject({
      code: 1,
      stdout: 'refused: wrong-answer\n',
    });
  });

  it('verify without CALCHA_SECRET says how to make one, with exit code 2', async () => {
    const { code, stderr } = await cli(['verify', 'x'.repeat(68), '3']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/set CALCHA_SECRET \(make one with `npx calcha secret`\)/);
  });

  it('verify of a mangled token says malformed', async () => {
    expect(await cli(['verify', 'nonsense', '3'], env)).toMatchObject({
      code: 1,
      stdout: 'refused: malformed\n',
    });
  });

  it('locales lists every supported tag; secret prints a usable secret', async () => {
    const locales = await cli(['locales']);
    expect(locales.code).toBe(0);
    expect(locales.stdout.trim().split('\n')).toHaveLength(73);
    expect(locales.stdout).toContain('fr-FR\n');
    const secret = await cli(['secret']);
    expect(secret.code).toBe(0);
    expect(secret.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
  });

  it('--help, each command --help, and --version', async () => {
    expect(await cli(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: calcha <command>'),
    });
    for (const command of ['generate', 'verify', 'locales', 'secret']) {
      const help = await cli([command, '--help']);
      expect(help).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toMatch(new RegExp(`^Usage: calcha ${command}`));
    }
    expect((await cli(['generate', '-h'])).stdout).toContain('--count <n>');
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate".'],
    [['generate', '--bogus'], 'unknown option --bogus for generate; see `calcha generate --help`.'],
    [['generate', 'extra'], 'generate takes no arguments, got "extra".'],
    [['generate', '--max'], '--max needs a value.'],
    [['generate', '--max', 'lots'], '--max must be a whole number, got "lots".'],
    [['generate', '--max', '-5'], '--max must be a whole number from 5 to 1000, got -5.'],
    [['generate', '--count', '-1'], '--count must be from 1 to 1000, got -1.'],
    [
      ['verify', 'x', '1', '--min-solve-time', '-1'],
      '--min-solve-time must be a whole number from 0 to 1799999, got -1.',
    ],
    [['generate', '--ops', '/', '--max', '5'], /^no question uses '\/' with max 5; raise max/],
    [['generate', '--locale', 'xx'], /^--locale "xx" is not a supported locale/],
    [['verify', 'only-a-token'], 'verify takes exactly two arguments: <token> <answer>.'],
  ])('usage error %j exits 2 with one message, in one casing', async (args, message) => {
    const { code, stdout, stderr } = await cli(args, env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const first = stderr.split('\n')[0] ?? '';
    expect(first).toMatch(/^calcha: [a-z-]/);
    const text = first.replace(/^calcha: /, '');
    if (typeof message === 'string') expect(text).toBe(message);
    else expect(text).toMatch(message);
  });

  it('a usage error comes alone, without the missing-secret warning', async () => {
    const { code, stderr } = await cli(['generate', '--max', '3']);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/CALCHA_SECRET/);
  });

  it('no command prints the usage on stderr and exits 2', async () => {
    expect(await cli([])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Usage/) });
  });
});
