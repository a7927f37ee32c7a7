import { describe, expect, it } from 'vitest';
import { drawQuestion, SMALLEST_MAX } from '../../src/question/draw.ts';
import { OPERATIONS, type Operation } from '../../src/types.ts';
import { seededRandom } from '../helpers.ts';

const DRAWS = 5_000;

/** Every rule a question breaks, as readable strings (empty when it keeps them all). */
function brokenRules(operation: Operation, max: number, seed: number): string[] {
  const random = seededRandom(seed);
  const broken: string[] = [];
  for (let i = 0; i < DRAWS; i++) {
    const { left, right, answer } = drawQuestion(operation, max, random);
    const q = `${left} ${operation} ${right} = ${answer}`;
    const exact = { '+': left + right, '-': left - right, '*': left * right, '/': left / right }[
      operation
    ];
    if ([left, right, answer].some((v) => !Number.isInteger(v) || v < 1 || v > max))
      broken.push(`${q}: out of 1..${max}`);
    if (answer === left || answer === right) broken.push(`${q}: answer equals an operand`);
    if (answer !== exact) broken.push(`${q}: wrong answer`);
    if ((operation === '*' || operation === '/') && (left === 1 || right === 1))
      broken.push(`${q}: operand 1`);
  }
  return broken;
}

describe('questions', () => {
  for (const operation of OPERATIONS) {
    const maxes = new Set([SMALLEST_MAX[operation], 5, 6, 20, 100, 1000]);
    for (const max of [...maxes].filter((m) => m >= SMALLEST_MAX[operation])) {
      it(`'${operation}' with max ${max} keeps every rule over ${DRAWS} draws`, () => {
        expect(brokenRules(operation, max, max * 31 + operation.charCodeAt(0))).toEqual([]);
      });
    }
  }

  it('never gives the answer away at the smallest max: 4 − 2, 2 + 2 and 4 ÷ 2 never appear', () => {
    const random = seededRandom(7);
    const seen = new Set<string>();
    for (let i = 0; i < DRAWS; i++) {
      for (const op of ['+', '-', '/'] as const) {
        const q = drawQuestion(op, op === '/' ? 6 : 5, random);
        seen.add(`${q.left}${op}${q.right}`);
      }
    }
    expect(seen.has('4-2')).toBe(false);
    expect(seen.has('4/2')).toBe(false);
    expect(seen.has('6/3')).toBe(true);
    expect(seen.has('6/2')).toBe(true);
  });

  it('draws every valid subtraction with max 6 (uniform enough to reach them all)', () => {
    const random = seededRandom(11);
    const seen = new Set<string>();
    for (let i = 0; i < DRAWS; i++) {
      const q = drawQuestion('-', 6, random);
      seen.add(`${q.left}-${q.right}`);
    }
    expect([...seen].sort()).toEqual([
      '3-1',
      '3-2',
      '4-1',
      '4-3',
      '5-1',
      '5-2',
      '5-3',
      '5-4',
      '6-1',
      '6-2',
      '6-4',
      '6-5',
    ]);
  });

  it('never shows a digit that fixes the answer: no "19 + … = 20", no "… − 19 = 1" at max 20', () => {
    const random = seededRandom(19);
    const shown = new Set<string>();
    for (let i = 0; i < DRAWS; i++) {
      for (const op of ['+', '-'] as const) {
        const q = drawQuestion(op, 20, random);
        shown.add(q.wordSide === 'left' ? `${op} … ${q.right}` : `${op} ${q.left} …`);
      }
    }
    expect(shown.has('+ 19 …')).toBe(false);
    expect(shown.has('- … 19')).toBe(false);
    expect(shown.has('+ … 19')).toBe(false);
    expect(shown.has('- 20 …')).toBe(true); // 20 − x leaves 17 answers
    expect(shown.has('+ … 1')).toBe(true); // x + 1 leaves 18 answers
  });

  it('shows in digits the right operand up to the cut-off, and the left one only when a question needs it', () => {
    const random = seededRandom(23);
    const digits = { '+': { left: new Set<number>(), right: new Set<number>() } };
    for (let i = 0; i < DRAWS; i++) {
      const q = drawQuestion('+', 20, random);
      if (q.wordSide === 'left') digits['+'].right.add(q.right);
      else digits['+'].left.add(q.left);
    }
    // + at max 20: right ≤ 10 (max/2); left only with a right above 10, so left ≤ 9.
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect([...digits['+'].right].sort((a, b) => a - b)).toEqual(upTo(10));
    expect([...digits['+'].left].sort((a, b) => a - b)).toEqual(upTo(9));
  });

  it("writes either operand in words in 'mixed' mode, each side about as often", () => {
    const random = seededRandom(3);
    const sides = { left: 0, right: 0 };
    for (let i = 0; i < DRAWS; i++) sides[drawQuestion('+', 20, random).wordSide]++;
    expect(sides.left).toBeGreaterThan(DRAWS * 0.4);
    expect(sides.right).toBeGreaterThan(DRAWS * 0.4);
  });

  it('needs max 6 for × and ÷ (2 × 2 = 4 gives its answer away from either digit)', () => {
    expect(SMALLEST_MAX).toEqual({ '+': 3, '-': 4, '*': 6, '/': 6 });
  });
});
