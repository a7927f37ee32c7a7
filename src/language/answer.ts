import { readDigits } from './digits.js';
import type { Speller } from './spelling.js';

/** The longest answer read, in UTF-16 code units; anything longer is wrong without being read. */
export const MAX_ANSWER_LENGTH = 64;

/** "= 15", "15.", "quinze !": an equals sign before, punctuation after. */
const SURROUNDING = /^[\s=]+|[\s\p{P}]+$/gu;

/**
 * Reads what a person typed as a whole number: digits of any script, or the
 * number in words in the speller's locale. `undefined` when it is neither.
 *
 * With `expected` (the answer a token carries), words are compared with the
 * forms of that number alone, and the result is `expected` or `undefined`:
 * since no accepted form names two numbers, that is what reading them gives,
 * without spelling every number up to 1000 first (a cold first read of an
 * unreadable answer took 50–60 ms, issue 12).
 */
export async function readAnswer(
  input: unknown,
  speller: () => Promise<Speller>,
  expected?: number,
): Promise<number | undefined> {
  if (typeof input !== 'string' || input.length > MAX_ANSWER_LENGTH) return undefined;
  const text = input.replace(SURROUNDING, '');
  if (text === '') return undefined;
  const digits = readDigits(text);
  if (digits !== undefined) return digits;
  const words = await speller();
  if (expected === undefined) return words.read(text);
  return words.names(text, expected) ? expected : undefined;
}
