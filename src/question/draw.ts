import { type RandomSource, randomInt } from '../random.js';
import type { Operation } from '../types.js';

/**
 * The smallest `max` at which an operation has a question at all:
 * `1 + 1`, `3 − 1`, `2 × 2`, `6 ÷ 2` (`4 ÷ 2` gives its answer away).
 */
export const SMALLEST_MAX: Readonly<Record<Operation, number>> = {
  '+': 2,
  '-': 3,
  '*': 4,
  '/': 6,
};

/** One question: `left operation right = answer`. */
export interface Question {
  left: number;
  operation: Operation;
  right: number;
  answer: number;
}

/**
 * Draws a question for one operation. Operands and answer are whole numbers in
 * 1..max; the answer never equals an operand; × and ÷ never use 1.
 * The caller guarantees `max >= SMALLEST_MAX[operation]`.
 */
export function drawQuestion(operation: Operation, max: number, random: RandomSource): Question {
  switch (operation) {
    case '+': {
      // Uniform over the pairs with a + b ≤ max; about half the draws are kept.
      for (;;) {
        const left = randomInt(random, 1, max - 1);
        const right = randomInt(random, 1, max - 1);
        if (left + right <= max) return { left, operation, right, answer: left + right };
      }
    }
    case '-': {
      // a − b = b would give the answer away (8 − 4), so a = 2b is redrawn.
      for (;;) {
        const left = randomInt(random, 3, max);
        const right = randomInt(random, 1, left - 1);
        if (left !== 2 * right) return { left, operation, right, answer: left - right };
      }
    }
    case '*': {
      const left = randomInt(random, 2, Math.floor(max / 2));
      const right = randomInt(random, 2, Math.floor(max / left));
      return { left, operation, right, answer: left * right };
    }
    case '/': {
      // (a·b) ÷ a = b, redrawn when b = a (9 ÷ 3 would give its answer away).
      for (;;) {
        const divisor = randomInt(random, 2, Math.floor(max / 2));
        const answer = randomInt(random, 2, Math.floor(max / divisor));
        if (answer !== divisor) {
          return { left: divisor * answer, operation, right: divisor, answer };
        }
      }
    }
  }
}
