/**
 * The exact distribution of the questions the drawing procedure returns: one try of
 * `tryQuestion` is run on every sequence of random whole numbers it can draw (each `draw(random,
 * min, max)` branches into its max − min + 1 equally likely values, as `randomInt` is exactly
 * uniform), each leaf weighted by the product of 1/(max − min + 1). A rejection loop returns the
 * first accepted try, so a question is distributed as one try conditioned on acceptance. No
 * sampling: every mass is a BigInt. Used by tests/question/rates.test.ts and by the abuse
 * suite's optimal bot.
 */
import { type Draw, type Question, tryQuestion } from '../../src/question/draw.ts';
import type { Operation } from '../../src/types.ts';

/** An exact fraction, in lowest terms. */
export interface Fraction {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
export const fraction = (n: bigint, d: bigint): Fraction => {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};

/** The source `tryQuestion` passes to `draw`, which this enumeration never reads. */
const unused = () => 0;

/** Every question one try can return, with its probability mass (over `total`). */
export function distribution(operation: Operation, max: number) {
  const choices: number[] = [];
  const sizes: number[] = [];
  const leaves: { question: Question; den: bigint }[] = [];
  const denominators = new Set<bigint>();
  for (;;) {
    let position = 0;
    const draw: Draw = (_random, min, top) => {
      const size = top - min + 1;
      if (position === choices.length) {
        choices.push(0);
        sizes.push(size);
      } else if (sizes[position] !== size) throw new Error('a try must be deterministic');
      return min + (choices[position++] as number);
    };
    const question = tryQuestion(operation, max, unused, draw);
    const den = sizes.slice(0, position).reduce((p, s) => p * BigInt(s), 1n);
    denominators.add(den);
    if (question !== undefined) leaves.push({ question, den });
    // The next sequence: raise the last choice that can be, drop those after it.
    choices.length = sizes.length = position;
    let j = position - 1;
    while (j >= 0 && choices[j] === (sizes[j] as number) - 1) j--;
    if (j < 0) break;
    choices[j] = (choices[j] as number) + 1;
    choices.length = sizes.length = j + 1;
  }
  const common = [...denominators].reduce((l, d) => (l / gcd(l, d)) * d, 1n);
  const outcomes = leaves.map(({ question, den }) => ({ question, mass: common / den }));
  const total = outcomes.reduce((s, o) => s + o.mass, 0n);
  /** The chance that one try is kept: the cost of a question is its inverse, in tries. */
  const acceptance = fraction(total, common);
  return { outcomes, total, acceptance };
}
