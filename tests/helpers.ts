import { type CaptchaOptions, createCaptcha } from '../src/index.ts';
import { readDigits } from '../src/language/digits.ts';
import type { Locale } from '../src/language/locales.ts';
import { loadSpeller } from '../src/language/spelling.ts';
import type { RandomSource } from '../src/random.ts';

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

/** Each operator as printed in questions, and what it computes. */
const ARITHMETIC = {
  '+': (a: number, b: number) => a + b,
  '\u2212': (a: number, b: number) => a - b,
  '\u00d7': (a: number, b: number) => a * b,
  '\u00f7': (a: number, b: number) => a / b,
} as const;

/** The operators of a question, as printed. */
export const SYMBOLS = Object.keys(ARITHMETIC) as (keyof typeof ARITHMETIC)[];

/** Splits "left op right =" into its three parts. */
export function questionParts(question: string): [string, string, string] {
  const body = question.replace(/ =$/, '');
  const symbol = SYMBOLS.find((s) => body.includes(` ${s} `)) ?? '?';
  const [left = '', right = ''] = body.split(` ${symbol} `);
  return [left, symbol, right];
}

/** Computes a question whose operands are already read as numbers (NaN for anything unreadable). */
function compute(question: string, read: (operand: string) => number | undefined): number {
  const [left, symbol, right] = questionParts(question);
  const operation = ARITHMETIC[symbol as keyof typeof ARITHMETIC];
  const [a = Number.NaN, b = Number.NaN] = [read(left), read(right)];
  return operation === undefined ? Number.NaN : operation(a, b);
}

/** Solves a question written with ASCII digits only, such as "15 − 4 =". */
export function solve(question: string): number {
  const answer = compute(question, (operand) =>
    /^\d+$/.test(operand) ? Number(operand) : undefined,
  );
  if (Number.isNaN(answer)) throw new Error(`not a digits-only question: ${question}`);
  return answer;
}

/** Solves a question of any locale and mode by reading its operands back (digits or words). */
export async function solveQuestion(locale: Locale, question: string): Promise<number> {
  const speller = await loadSpeller(locale);
  return compute(question, (operand) => readDigits(operand) ?? speller.read(operand));
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
