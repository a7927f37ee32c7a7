/**
 * calcha on the command line: generate and verify challenges, list locales,
 * make a secret. Run it with `npm run cli -- <command>`; `--help` says more.
 *
 * Exit codes: 0 done or accepted, 1 refused (the reason is printed), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type CaptchaOptions,
  createCaptcha,
  generateSecret,
  locales,
  type Operation,
} from 'calcha';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  generate                 print challenges: the question, a tab, the token
    --locale <tag>         BCP 47 tag, e.g. fr, en-GB, ar-SA        (default fr-FR)
    --count <n>            how many                                  (default 1)
    --ops <list>           operations, e.g. +,-,*,/                  (default +,-)
    --max <n>              largest operand and answer, 5..1000       (default 20)
    --words <mode>         mixed | words | digits                    (default mixed)
    --digits <style>       locale | latin                            (default locale)
    --scope <text>         what the token is for                     (default '')
    --json                 one JSON object per line
  verify <token> <answer>  check an answer; prints ok or the reason it is refused
    --scope <text>         the scope the token was generated with    (default '')
    --min-solve-time <ms>  how soon an answer is accepted            (default 2000)
  locales                  list the supported locale tags
  secret                   print a fresh random secret

The secret comes from CALCHA_SECRET. Each run is a new process, so the CLI
cannot refuse a replayed token: a server keeps a store for that.

Exit codes: 0 ok, 1 refused, 2 usage error.`;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function wholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) fail(`--${name} must be a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
}

function secretFromEnvironment(command: string): string | undefined {
  const secret = process.env.CALCHA_SECRET;
  if (secret !== undefined && secret !== '') return secret;
  if (command === 'verify') {
    fail(
      'verify needs the secret the token was made with: set CALCHA_SECRET (make one with `npm run cli -- secret`)',
    );
  }
  return undefined;
}

async function generate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      locale: { type: 'string' },
      count: { type: 'string' },
      ops: { type: 'string' },
      max: { type: 'string' },
      words: { type: 'string' },
      digits: { type: 'string' },
      scope: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  let secret = secretFromEnvironment('generate');
  if (secret === undefined) {
    secret = generateSecret();
    process.stderr.write(
      'calcha: CALCHA_SECRET is not set, so these tokens use a one-off secret and cannot be verified later.\n' +
        '        Keep one with: export CALCHA_SECRET=$(npm run -s cli -- secret)\n',
    );
  }
  const options: CaptchaOptions = { secret };
  if (values.locale !== undefined) options.locale = values.locale;
  if (values.ops !== undefined) options.operations = values.ops.split(',') as Operation[];
  const max = wholeNumber('max', values.max);
  if (max !== undefined) options.max = max;
  if (values.words !== undefined) options.words = values.words as CaptchaOptions['words'] & string;
  if (values.digits !== undefined)
    options.digits = values.digits as CaptchaOptions['digits'] & string;
  const count = wholeNumber('count', values.count) ?? 1;
  if (count < 1 || count > 1000) fail('--count must be from 1 to 1000');

  const captcha = createCaptcha(options);
  for (let i = 0; i < count; i++) {
    const challenge = await captcha.generate({ scope: values.scope ?? '' });
    process.stdout.write(
      values.json
        ? `${JSON.stringify(challenge)}\n`
        : `${challenge.question}\t${challenge.token}\n`,
    );
  }
  return 0;
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { scope: { type: 'string' }, 'min-solve-time': { type: 'string' } },
  });
  const [token, answer, extra] = positionals;
  if (token === undefined || answer === undefined || extra !== undefined) {
    fail('verify takes exactly two arguments: <token> <answer>');
  }
  const minSolveTime = wholeNumber('min-solve-time', values['min-solve-time']);
  const captcha = createCaptcha({
    secret: secretFromEnvironment('verify') as string,
    ...(minSolveTime === undefined ? {} : { minSolveTime }),
  });
  const result = await captcha.verify(token, answer, { scope: values.scope ?? '' });
  if (result.ok) {
    process.stdout.write('ok\n');
    return 0;
  }
  process.stdout.write(`refused: ${result.reason}\n`);
  return 1;
}

function version(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return packageJson.version;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'generate':
      return generate(rest);
    case 'verify':
      return verify(rest);
    case 'locales':
      process.stdout.write(`${locales.join('\n')}\n`);
      return 0;
    case 'secret':
      process.stdout.write(`${generateSecret()}\n`);
      return 0;
    case '--version':
    case '-v':
      process.stdout.write(`${version()}\n`);
      return 0;
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case undefined:
      process.stderr.write(`${USAGE}\n`);
      return 2;
    default:
      return fail(`unknown command ${JSON.stringify(command)}`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Usage mistakes, unknown options (parseArgs) and refused settings (createCaptcha).
  const known =
    error instanceof UsageError || error instanceof TypeError || error instanceof RangeError;
  if (!known) throw error;
  process.stderr.write(
    `calcha: ${error.message.replace(/^calcha: /, '')}\nTry: npm run cli -- --help\n`,
  );
  process.exitCode = 2;
}
