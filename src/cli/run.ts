/**
 * The command-line tool, `npx calcha <command>`: generate and verify challenges,
 * list locales, make a secret. `runCli` takes the arguments and where to write,
 * and returns the exit code, so tests run it in process; src/cli.ts is the `bin`.
 *
 * Exit codes: 0 done or accepted, 1 refused (the reason is printed), 2 usage error.
 * Every message on stderr is `calcha: ` and one lower-case sentence.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
// The public API only: the built CLI imports it from dist/index.js rather than a copy.
import {
  type CaptchaOptions,
  createCaptcha,
  generateSecret,
  locales,
  type Operation,
} from '../index.js';

/** Where the CLI writes, and the environment it reads (process's, in the bin). */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

const USAGE = `Usage: calcha <command> [options]
  (npx calcha … in your project; npm run cli -- … in a clone of calcha)

Commands:
  generate                 print challenges: the question, a tab, the token
  verify <token> <answer>  check an answer; prints ok or the reason it is refused
  locales                  list the supported locale tags
  secret                   print a fresh random secret

Run \`calcha <command> --help\` for a command's options.
The secret comes from CALCHA_SECRET. Exit codes: 0 ok, 1 refused, 2 usage error.`;

const GENERATE_USAGE = `Usage: calcha generate [options]

Prints challenges, one a line: the question, a tab, the token.
  --locale <tag>         BCP 47 tag, e.g. fr, en-GB, ar-SA, pt_BR    (default fr-FR)
  --count <n>            how many, 1..1000                          (default 1)
  --ops <list>           operations, e.g. +,-,*,/                   (default +,-)
  --max <n>              largest operand and answer, 5..1000        (default 20)
  --words <mode>         mixed | words | digits                     (default mixed)
  --digits <style>       locale | latin                             (default locale)
  --scope <text>         what the token is for                      (default '')
  --json                 one JSON object per line

The secret comes from CALCHA_SECRET; without it the tokens use a one-off secret
(said on stderr) and cannot be verified later.`;

const VERIFY_USAGE = `Usage: calcha verify <token> <answer> [options]

Checks an answer; prints ok (exit 0) or refused: <reason> (exit 1).
  --scope <text>         the scope the token was generated with     (default '')
  --min-solve-time <ms>  how soon an answer is accepted             (default 2000)

Needs CALCHA_SECRET, the secret the token was made with. Each run is a new
process, so the CLI cannot refuse a replayed token: a server keeps a store for that.`;

const LOCALES_USAGE = 'Usage: calcha locales\n\nLists the supported locale tags, one a line.';
const SECRET_USAGE =
  'Usage: calcha secret\n\nPrints a fresh random secret (32 bytes, base64url) for CALCHA_SECRET.';

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** The CLI's flags for the option names the library's messages use. */
const FLAG_NAMES: Record<string, string> = {
  minSolveTime: '--min-solve-time',
  operations: '--ops',
  max: '--max',
  words: '--words',
  digits: '--digits',
  locale: '--locale',
};

/** One casing for every message: `calcha: `, a lower-case start, a full stop. */
function sentence(message: string): string {
  let text = message.replace(/^calcha: /, '').trim();
  text = text.replace(/^(\w+)(?= )/, (word) => FLAG_NAMES[word] ?? word);
  if (/^[A-Z][a-z]/.test(text)) text = text[0]?.toLowerCase() + text.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

const SECRET_HINT = 'make one with `npx calcha secret`';

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

/**
 * parseArgs with negative numbers: `--max -5` is read as `--max=-5`, and a
 * positional `-3` (an answer) as a positional, not as an unknown option.
 */
function parse(command: string, args: string[], options: OptionSpec, positionals: boolean) {
  const negatives: string[] = [];
  const prepared: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (arg === '--') {
      prepared.push(...args.slice(i));
      break;
    }
    if (name !== undefined && options[name]?.type === 'string' && /^-\d/.test(next ?? '')) {
      prepared.push(`${arg}=${next}`);
      i++;
    } else if (/^-\d/.test(arg)) {
      prepared.push(`\0${negatives.push(arg) - 1}`);
    } else {
      prepared.push(arg);
    }
  }
  try {
    const parsed = parseArgs({
      args: prepared,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: positionals,
    });
    return {
      values: parsed.values as Record<string, string | boolean | undefined>,
      positionals: parsed.positionals.map((p) =>
        p.startsWith('\0') ? (negatives[Number(p.slice(1))] as string) : p,
      ),
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = (error as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1] ?? '';
      fail(`unknown option ${option} for ${command}; see \`calcha ${command} --help\``);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? 'an option';
      fail(`${option} needs a value`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const extra = /'([^']*)'/.exec(message)?.[1] ?? '';
      fail(`${command} takes no arguments, got ${JSON.stringify(extra)}`);
    }
    throw error;
  }
}

function wholeNumber(flag: string, text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (!/^[+-]?\d+$/.test(text))
    fail(`--${flag} must be a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
}

const stringValue = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** `EN_us` → `EN-us`, which the library reads as en-US (tags are case-insensitive). */
const localeTag = (tag: string) => tag.replaceAll('_', '-');

function secretOf(io: CliIo): string | undefined {
  const secret = io.env.CALCHA_SECRET;
  return secret === undefined || secret === '' ? undefined : secret;
}

async function generate(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(
    'generate',
    args,
    {
      locale: { type: 'string' },
      count: { type: 'string' },
      ops: { type: 'string' },
      max: { type: 'string' },
      words: { type: 'string' },
      digits: { type: 'string' },
      scope: { type: 'string' },
      json: { type: 'boolean' },
    },
    false,
  );
  if (values.help) {
    io.stdout.write(`${GENERATE_USAGE}\n`);
    return 0;
  }
  const secret = secretOf(io);
  const options: CaptchaOptions = { secret: secret ?? generateSecret() };
  const locale = stringValue(values.locale);
  if (locale !== undefined) options.locale = localeTag(locale);
  const ops = stringValue(values.ops);
  if (ops !== undefined) options.operations = ops.split(',') as Operation[];
  const max = wholeNumber('max', values.max);
  if (max !== undefined) options.max = max;
  const words = stringValue(values.words);
  if (words !== undefined) options.words = words as CaptchaOptions['words'] & string;
  const digits = stringValue(values.digits);
  if (digits !== undefined) options.digits = digits as CaptchaOptions['digits'] & string;
  const count = wholeNumber('count', values.count) ?? 1;
  if (count < 1 || count > 1000) fail(`--count must be from 1 to 1000, got ${count}`);
  // Settings are checked here, so a usage error comes before the warning below.
  const captcha = createCaptcha(options);

  if (secret === undefined) {
    io.stderr.write(
      'calcha: CALCHA_SECRET is not set, so these tokens use a one-off secret and cannot be verified later.\n' +
        '        Keep one with: export CALCHA_SECRET=$(npx calcha secret)\n',
    );
  }
  const scope = stringValue(values.scope) ?? '';
  for (let i = 0; i < count; i++) {
    const challenge = await captcha.generate({ scope });
    io.stdout.write(
      values.json
        ? `${JSON.stringify(challenge)}\n`
        : `${challenge.question}\t${challenge.token}\n`,
    );
  }
  return 0;
}

async function verify(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'verify',
    args,
    { scope: { type: 'string' }, 'min-solve-time': { type: 'string' } },
    true,
  );
  if (values.help) {
    io.stdout.write(`${VERIFY_USAGE}\n`);
    return 0;
  }
  const [token, answer, extra] = positionals;
  if (token === undefined || answer === undefined || extra !== undefined) {
    fail('verify takes exactly two arguments: <token> <answer>');
  }
  const minSolveTime = wholeNumber('min-solve-time', values['min-solve-time']);
  const secret = secretOf(io);
  if (secret === undefined) {
    fail(`verify needs the secret the token was made with: set CALCHA_SECRET (${SECRET_HINT})`);
  }
  const captcha = createCaptcha({
    secret,
    ...(minSolveTime === undefined ? {} : { minSolveTime }),
  });
  const result = await captcha.verify(token, answer, { scope: stringValue(values.scope) ?? '' });
  if (result.ok) {
    io.stdout.write('ok\n');
    return 0;
  }
  io.stdout.write(`refused: ${result.reason}\n`);
  return 1;
}

/** A command without options: prints its help, or runs. */
function simple(command: string, usage: string, args: string[], io: CliIo, run: () => string) {
  const { values } = parse(command, args, {}, false);
  io.stdout.write(`${values.help ? usage : run()}\n`);
  return 0;
}

/** calcha's version, from the package.json above this file (in src/cli/ or in dist/). */
function version(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
      if (manifest.name === 'calcha') return String(manifest.version);
    } catch {}
  }
  return 'unknown';
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'generate':
      return generate(rest, io);
    case 'verify':
      return verify(rest, io);
    case 'locales':
      return simple('locales', LOCALES_USAGE, rest, io, () => locales.join('\n'));
    case 'secret':
      return simple('secret', SECRET_USAGE, rest, io, generateSecret);
    case '--version':
    case '-v':
      io.stdout.write(`${version()}\n`);
      return 0;
    case '--help':
    case '-h':
    case 'help':
      io.stdout.write(`${USAGE}\n`);
      return 0;
    case undefined:
      io.stderr.write(`${USAGE}\n`);
      return 2;
    default:
      return fail(`unknown command ${JSON.stringify(command)}`);
  }
}

/**
 * Runs the CLI with `argv` (the arguments after the program name) and returns
 * the exit code. Usage mistakes and refused settings are printed, not thrown.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch([...argv], io);
  } catch (error) {
    // Usage mistakes, and settings createCaptcha refuses (TypeError, RangeError).
    const known =
      error instanceof UsageError || error instanceof TypeError || error instanceof RangeError;
    if (!known) throw error;
    const message = sentence(error.message);
    const hint = message.includes('--help') ? '' : 'Try: calcha --help\n';
    io.stderr.write(`calcha: ${message}\n${hint}`);
    return 2;
  }
}
