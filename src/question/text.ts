/**
 * A drawn question as the reader sees it: each operand in words or in digits
 * as the `words` mode says, and the operator's symbol.
 */
import { formatDigits } from '../language/digits.js';
import type { Writer } from '../language/spelling.js';
import type { DigitStyle, Operation, WordsMode } from '../types.js';
import type { Question } from './draw.js';

/** How each operation is printed in a question (U+2212 for minus). */
export const OPERATION_SYMBOLS: Readonly<Record<Operation, string>> = {
  '+': '+',
  '-': '\u2212',
  '*': '\u00d7',
  '/': '\u00f7',
};

/** Which operand is written in words: both, neither, or one of the two. */
export type WordSides = 'both' | 'none' | 'left' | 'right';

/**
 * The operands a `words` mode writes in words. 'mixed' writes the side drawn with the question
 * (`drawQuestion` chooses it so that the operand left in digits never fixes the answer).
 */
export function wordSides(words: WordsMode, question: Question): WordSides {
  if (words === 'words') return 'both';
  if (words === 'digits') return 'none';
  return question.wordSide;
}

/** The question's text, such as `"15 − quatorze ="`. */
export function questionText(
  { left, operation, right }: Pick<Question, 'left' | 'operation' | 'right'>,
  sides: WordSides,
  writer: Writer,
  digits: DigitStyle,
): string {
  const write = (value: number, inWords: boolean) =>
    inWords ? writer.spell(value) : formatDigits(value, writer.locale, digits);
  const leftText = write(left, sides === 'both' || sides === 'left');
  const rightText = write(right, sides === 'both' || sides === 'right');
  return `${leftText} ${OPERATION_SYMBOLS[operation]} ${rightText} =`;
}
