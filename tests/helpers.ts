import { readDigits } from '../src/digits.ts';
import { type CaptchaOptions, createCaptcha } from '../src/index.ts';
import type { Locale } from '../src/locales.ts';
import type { RandomSource } from '../src/random.ts';
import { loadSpeller } from '../src/spelling.ts';

/** A secret for tests (never use a readable one for real). */
export const SECRET = 'calcha tests: thirty-two bytes or more, never for real use';
export const OTHER_SECRET = 'another secret for tests, also over thirty-two bytes';

/** A clock that only moves when the test says so. */
export function fixedClock(start = 1_800_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
    set(ms: number) {
      time = ms;
    },
  };
}

/** A repeatable 32-bit random source (mulberry32), for question rules over many draws. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const SYMBOL_TO_OPERATION = {
  '+': (a: number, b: number) => a + b,
  '\u2212': (a: number, b: number) => a - b,
  '\u00d7': (a: number, b: number) => a * b,
  '\u00f7': (a: number, b: number) => a / b,
} as const;

/** Solves a question written with ASCII digits only, such as "15 − 4 =". */
export function solve(question: string): number {
  const match = /^(\d+) (.) (\d+) =$/.exec(question);
  if (match === null) throw new Error(`not a digits-only question: ${question}`);
  const [, left, symbol, right] = match;
  return SYMBOL_TO_OPERATION[symbol as keyof typeof SYMBOL_TO_OPERATION](
    Number(left),
    Number(right),
  );
}

/** The operators of a question, as printed. */
export const SYMBOLS = ['+', '\u2212', '\u00d7', '\u00f7'] as const;

/** Splits "left op right =" into its three parts. */
export function questionParts(question: string): [string, string, string] {
  const body = question.replace(/ =$/, '');
  const symbol = SYMBOLS.find((s) => body.includes(` ${s} `)) ?? '?';
  const [left = '', right = ''] = body.split(` ${symbol} `);
  return [left, symbol, right];
}

/** Solves a question of any locale and mode by reading its operands back (digits or words). */
export async function solveQuestion(locale: Locale, question: string): Promise<number> {
  const speller = await loadSpeller(locale);
  const [left, symbol, right] = questionParts(question);
  const read = (text: string) => readDigits(text) ?? speller.read(text) ?? Number.NaN;
  const [a, b] = [read(left), read(right)];
  return (
    { '+': a + b, '\u2212': a - b, '\u00d7': a * b, '\u00f7': a / b }[
      symbol as (typeof SYMBOLS)[number]
    ] ?? Number.NaN
  );
}

/** The question, its locale and the token of a page holding a renderHtml fragment. */
export function readRenderedForm(html: string): {
  locale: Locale;
  question: string;
  token: string;
} {
  const question = /class="calcha-question" lang="([^"]+)"[^>]*>([^<]+)</.exec(html);
  const token = /name="calcha_token" value="([^"]+)"/.exec(html)?.[1];
  if (question === null || token === undefined) throw new Error(`no calcha form in: ${html}`);
  return { locale: question[1] as Locale, question: question[2] ?? '', token };
}

/**
 * A captcha with digits-only questions (easy to solve in a test) and a fixed
 * clock; `challenge(scope)` returns a fresh challenge with its answer.
 */
export function solvableCaptcha(options: Partial<CaptchaOptions> = {}) {
  const clock = fixedClock();
  const captcha = createCaptcha({
    secret: SECRET,
    words: 'digits',
    digits: 'latin',
    now: clock.now,
    ...options,
  });
  const challenge = async (scope: string) => {
    const c = await captcha.generate({ scope });
    return { ...c, answer: String(solve(c.question)) };
  };
  return { clock, captcha, challenge };
}
