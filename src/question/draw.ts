/**
 * Drawing a question, including which operand is written in words in 'mixed' mode, so that the
 * operand left in digits never fixes the answer and a bot that reads only the digits passes as
 * rarely as the range allows (the exact rates are computed in tests/question/rates.test.ts and
 * published in docs/security.md).
 *
 * The procedure, in one sentence: draw a question uniformly among those the rules allow, toss a
 * coin for the side written in words, and start again if the operand left in digits is not
 * allowed to be shown. What is kept is uniform over the allowed (question, word side) pairs.
 *
 * Which operand may be shown in digits (B is a cut-off per operation, see `rightLimit`):
 * - the right operand, when it is at most B: a small addend, subtrahend, factor or divisor leaves
 *   many possible answers;
 * - the left operand, when it is also the left operand of some question whose right operand is
 *   above B: such a question can only be shown with its left operand in digits, so that left
 *   operand has to be allowed, and then it is allowed in all its questions.
 * Every question thus has at least one side it may be shown with (a draw keeps at least half the
 * coin tosses), and a digit shown on a side is shown with every question that has it there: given
 * what a bot reads, the answer is uniform over every answer the rules leave (at least 2).
 *
 * Pure: the only input of randomness is the `RandomSource`, through `randomInt`.
 */
import { type RandomSource, randomInt } from '../random.js';
import type { Operation } from '../types.js';

/** Which operand of a question. */
export type Side = 'left' | 'right';

/** One question: `left operation right = answer`. */
export interface Question {
  left: number;
  operation: Operation;
  right: number;
  answer: number;
  /**
   * The operand written in words in 'mixed' mode (the other one is in digits). The 'words' and
   * 'digits' modes ignore it and show the same questions.
   */
  wordSide: Side;
}

/**
 * The smallest `max` at which an operation has a question that keeps every rule, the new one
 * included. Only × changes within calcha's range of max (5..1000): with max 4 or 5 its one
 * question `2 × 2` gives its answer away from either digit, so × needs max ≥ 6.
 * (+ and − would need 3 and 4, below calcha's 5.)
 */
export const SMALLEST_MAX: Readonly<Record<Operation, number>> = {
  '+': 3,
  '-': 4,
  '*': 6,
  '/': 6,
};

/**
 * Draws a question for one operation. Operands and answer are whole numbers in 1..max; the
 * answer never equals an operand; − is never negative, ÷ is exact, × and ÷ never use 1; and the
 * operand on the other side from `wordSide` never fixes the answer by itself.
 * The caller guarantees `max >= SMALLEST_MAX[operation]`.
 */
export function drawQuestion(operation: Operation, max: number, random: RandomSource): Question {
  for (;;) {
    const question = tryQuestion(operation, max, random);
    if (question !== undefined) return question;
  }
}

/** `randomInt`'s signature: a whole number in `[min, max]`, each equally likely. */
export type Draw = (random: RandomSource, min: number, max: number) => number;

/**
 * One try of `drawQuestion`: a question uniform over the old rules, then the word side by a coin;
 * `undefined` when either is rejected. `draw` is there for tests/question/distribution.ts, which
 * enumerates every value each draw can take; calcha itself always uses `randomInt`. (The source
 * is passed down rather than bound in a closure per call: a fresh closure per question kept V8
 * from inlining the draws, and made drawing about twice as slow.)
 */
export function tryQuestion(
  operation: Operation,
  max: number,
  random: RandomSource,
  draw: Draw = randomInt,
): Question | undefined {
  const operands = tryOperands(operation, max, random, draw);
  if (operands === undefined) return undefined;
  const [left, right, answer] = operands;
  const wordSide: Side = draw(random, 0, 1) === 0 ? 'left' : 'right';
  const shown =
    wordSide === 'left'
      ? rightMayBeDigits(operation, max, right)
      : leftMayBeDigits(operation, max, left);
  return shown ? { left, operation, right, answer, wordSide } : undefined;
}

/**
 * One try at `[left, right, answer]`, uniform over every question the old rules allow
 * (undefined when the try falls outside them). About half the tries are kept for + and −; for ×
 * and ÷, from about 56% (max 20) down to about 17% (max 1000).
 */
function tryOperands(
  operation: Operation,
  max: number,
  random: RandomSource,
  draw: Draw,
): [number, number, number] | undefined {
  switch (operation) {
    case '+': {
      const left = draw(random, 1, max - 1);
      const right = draw(random, 1, max - 1);
      return left + right <= max ? [left, right, left + right] : undefined;
    }
    case '-': {
      // a − b = b would give the answer away (8 − 4).
      const left = draw(random, 3, max);
      const right = draw(random, 1, max - 1);
      return right < left && left !== 2 * right ? [left, right, left - right] : undefined;
    }
    case '*': {
      const pair = tryFactorPair(max, random, draw);
      return pair && [pair[0], pair[1], pair[0] * pair[1]];
    }
    case '/': {
      // (a·b) ÷ a = b; b = a would give the answer away (9 ÷ 3).
      const pair = tryFactorPair(max, random, draw);
      if (pair === undefined || pair[0] === pair[1]) return undefined;
      const [divisor, answer] = pair;
      return [divisor * answer, divisor, answer];
    }
  }
}

/**
 * One try at an ordered pair of whole numbers ≥ 2 whose product is at most max, uniform over all
 * such pairs. The smaller number is at most √max, so it is drawn from 2..√max and the larger from
 * 2..max/2; a coin orders them (a pair of equal numbers is kept on one face only).
 */
function tryFactorPair(
  max: number,
  random: RandomSource,
  draw: Draw,
): [number, number] | undefined {
  const small = draw(random, 2, Math.floor(Math.sqrt(max)));
  const large = draw(random, 2, Math.floor(max / 2));
  const swap = draw(random, 0, 1) === 1;
  if (large < small || small * large > max || (swap && small === large)) return undefined;
  return swap ? [large, small] : [small, large];
}

/**
 * The largest right operand that may be shown in digits (B). Each value was chosen because it
 * gives the lowest digits-only pass rate among procedures of this kind (rates.ts checks it
 * against the exact optimum); with it a digit on the right leaves at least
 * + ⌈max/2⌉, − about max/2, × about √max, ÷ at least 2 possible answers.
 */
export function rightLimit(operation: Operation, max: number): number {
  switch (operation) {
    case '+':
      return Math.floor(max / 2);
    case '-':
      return Math.floor((max - 1) / 2);
    case '*':
      return Math.floor(Math.sqrt(max));
    case '/':
      return Math.floor(max / 4);
  }
}

/** Whether the right operand may be shown in digits (the left one then in words). */
export function rightMayBeDigits(operation: Operation, max: number, right: number): boolean {
  return right <= rightLimit(operation, max);
}

/**
 * Whether the left operand may be shown in digits: when it is also the left operand of a
 * question whose right operand `r` is above the limit, as such a question can be shown in no
 * other way.
 */
export function leftMayBeDigits(operation: Operation, max: number, left: number): boolean {
  const r = rightLimit(operation, max) + 1;
  switch (operation) {
    case '+':
      return left + r <= max; // left + r
    case '-':
      return left > r; // left − r, or left − (r + 1) when left = 2r
    case '*':
      return left * r <= max; // left × r
    case '/':
      return left / smallestFactor(left) >= r; // left ÷ its largest proper divisor
  }
}

/** The smallest factor ≥ 2 of n ≥ 2 (n itself when n is prime): at most √1000 ≈ 31 steps. */
function smallestFactor(n: number): number {
  for (let f = 2; f * f <= n; f++) if (n % f === 0) return f;
  return n;
}
