/**
 * `npm run cli` in this repository is the package's `calcha` command (src/cli.ts)
 * run from source; tests/cli/ tests the command in process, and
 * tests/integration/runtimes/ runs it from the packed package with `npx calcha`.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/paths.ts';
import { SECRET, solve } from '../helpers.ts';

function npmRunCli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync('npm', ['run', '-s', 'cli', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CALCHA_SECRET: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run cli', () => {
  it('generates with the settings given, and verifies, with the exit codes of the command', () => {
    const env = { CALCHA_SECRET: SECRET };
    const generated = npmRunCli(
      ['generate', '--json', '--locale', 'EN_gb', '--words', 'digits', '--digits', 'latin'],
      env,
    );
    expect(generated).toMatchObject({ code: 0, stderr: '' });
    const { token, question, locale } = JSON.parse(generated.stdout);
    expect(locale).toBe('en-GB');
    const answer = String(solve(question));
    expect(npmRunCli(['verify', token, answer, '--min-solve-time', '0'], env)).toMatchObject({
      code: 0,
      stdout: 'ok\n',
    });
  }, 60_000);

  it('a usage error exits 2 with one message', () => {
    expect(npmRunCli(['generate', '--max', '-5'])).toMatchObject({
      code: 2,
      stderr: 'calcha: --max must be a whole number from 5 to 1000, got -5.\nTry: calcha --help\n',
    });
  }, 60_000);
});
