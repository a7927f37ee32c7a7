/**
 * The optimal digits-only bot's answers, computed exactly from the drawing procedure as
 * tests/question/rates.test.ts does: `tryQuestion` is run on every sequence of random whole
 * numbers it can draw, each weighted by its probability; for each view a bot has (operation,
 * side of the digit operand, its value) the likeliest answer is kept.
 */
import { type Draw, type Question, tryQuestion } from '../../../src/question/draw.ts';
import type { Operation } from '../../../src/types.ts';

/** Every question one try can return, with its probability mass (a common denominator). */
function outcomes(operation: Operation, max: number): { question: Question; mass: bigint }[] {
  const choices: number[] = [];
  const sizes: number[] = [];
  const leaves: { question: Question; den: bigint }[] = [];
  for (;;) {
    let position = 0;
    const draw: Draw = (min, top) => {
      if (position === choices.length) {
        choices.push(0);
        sizes.push(top - min + 1);
      }
      return min + (choices[position++] as number);
    };
    const question = tryQuestion(operation, max, draw);
    const den = sizes.slice(0, position).reduce((p, s) => p * BigInt(s), 1n);
    if (question !== undefined) leaves.push({ question, den });
    choices.length = sizes.length = position;
    let j = position - 1;
    while (j >= 0 && choices[j] === (sizes[j] as number) - 1) j--;
    if (j < 0) break;
    choices[j] = (choices[j] as number) + 1;
    choices.length = sizes.length = j + 1;
  }
  const common = leaves.reduce((l, { den }) => (l % den === 0n ? l : l * den), 1n);
  return leaves.map(({ question, den }) => ({ question, mass: common / den }));
}

/** What a digits-only bot reads: the operation, which side is in digits, and that digit. */
export const viewKey = (operation: Operation, digitSide: 'left' | 'right', digit: number) =>
  `${operation}:${digitSide}:${digit}`;

/**
 * The optimal bot's answer for every view, and its exact pass rate (the mean over the
 * operations, drawn evenly) as a numerator and denominator.
 */
export function optimalBot(operations: Operation[], max: number) {
  const answers = new Map<string, number>();
  let rate = 0;
  for (const operation of operations) {
    const byView = new Map<string, Map<number, bigint>>();
    let total = 0n;
    for (const { question: q, mass } of outcomes(operation, max)) {
      const digitSide = q.wordSide === 'left' ? 'right' : 'left';
      const key = viewKey(operation, digitSide, digitSide === 'left' ? q.left : q.right);
      const masses = byView.get(key) ?? new Map<number, bigint>();
      byView.set(key, masses);
      masses.set(q.answer, (masses.get(q.answer) ?? 0n) + mass);
      total += mass;
    }
    let best = 0n;
    for (const [key, masses] of byView) {
      const [answer, mass] = [...masses].reduce((m, x) => (x[1] > m[1] ? x : m));
      answers.set(key, answer);
      best += mass;
    }
    rate += Number(best) / Number(total) / operations.length;
  }
  return { answers, rate };
}
