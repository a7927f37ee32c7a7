/**
 * The optimal digits-only bot's answers, computed exactly from the drawing procedure as
 * tests/question/rates.test.ts does (tests/question/distribution.ts): `tryQuestion` is run on every sequence of random whole
 * numbers it can draw, each weighted by its probability; for each view a bot has (operation,
 * side of the digit operand, its value) the likeliest answer is kept.
 */
import type { Operation } from '../../../src/types.ts';
import { distribution } from '../../question/distribution.ts';

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
    for (const { question: q, mass } of distribution(operation, max).outcomes) {
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
