import { readDigits } from './digits.js';
import type { Speller } from './spelling.js';

/** The longest answer read, in UTF-16 code units; anything longer is wrong without being read. */
export const MAX_ANSWER_LENGTH = 64;

/** "= 15", "15.", "quinze !": an equals sign before, punctuation after. */
const SURROUNDING = /^[\s=]+|[\s\p{P}]+$/gu;

/**
 * Reads what a person typed as a whole number: digits of any script, or the
 * number in words in the speller's locale. `undefined` when it is neither.
 */
export async function readAnswer(
  input: unknown,
  speller: () => Promise<Speller>,
): Promise<number | undefined> {
  if (typeof input !== 'string' || input.length > MAX_ANSWER_LENGTH) return undefined;
  const text = input.replace(SURROUNDING, '');
  if (text === '') return undefined;
  return readDigits(text) ?? (await speller()).read(text);
}
