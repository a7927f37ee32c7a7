/**
 * The exact pass rates of bots that do not read numbers in words, computed from the drawing
 * procedure itself: one try of `tryQuestion` is run on every sequence of random whole numbers it
 * can draw (each `draw(min, max)` branches into its max − min + 1 equally likely values, as
 * `randomInt` is exactly uniform), each leaf weighted by the product of 1/(max − min + 1). A
 * rejection loop returns the first accepted try, so a question is distributed as one try
 * conditioned on acceptance. No sampling: every rate is a fraction of BigInts.
 *
 * The operation is drawn uniformly from the configured ones and every bot sees it, so a rate over
 * several operations is the mean of the per-operation rates. docs/security.md publishes these.
 */
import { describe, expect, it } from 'vitest';
import { type Question, SMALLEST_MAX } from '../../src/question/draw.ts';
import type { Operation } from '../../src/types.ts';
import { distribution, type Fraction, fraction } from './distribution.ts';

const text = ({ n, d }: Fraction) => `${n}/${d}`;
const add = (x: Fraction, y: Fraction) => fraction(x.n * y.d + y.n * x.d, x.d * y.d);
const mean = (xs: Fraction[]): Fraction => {
  const sum = xs.reduce(add, fraction(0n, 1n));
  return fraction(sum.n, sum.d * BigInt(xs.length));
};

const apply = (operation: Operation, a: number, b: number) =>
  ({ '+': a + b, '-': a - b, '*': a * b, '/': a / b })[operation];

/** The digit a bot reads in 'mixed' mode: the operand not written in words. */
const digitOf = (q: Question) => (q.wordSide === 'left' ? q.right : q.left);

/** Each bot's exact pass rate against one operation. */
function rates(operation: Operation, max: number) {
  const { outcomes, total } = distribution(operation, max);
  const byView = new Map<string, Map<number, bigint>>();
  const byAnswer = new Map<number, bigint>();
  let digit = 0n;
  let twice = 0n;
  for (const { question: q, mass } of outcomes) {
    const view = `${q.wordSide}:${digitOf(q)}`;
    const answers = byView.get(view) ?? new Map<number, bigint>();
    byView.set(view, answers);
    answers.set(q.answer, (answers.get(q.answer) ?? 0n) + mass);
    byAnswer.set(q.answer, (byAnswer.get(q.answer) ?? 0n) + mass);
    if (q.answer === digitOf(q)) digit += mass;
    if (q.answer === apply(operation, digitOf(q), digitOf(q))) twice += mass;
  }
  const top = (masses: Iterable<bigint>) => [...masses].reduce((m, x) => (x > m ? x : m), 0n);
  let bayes = 0n;
  let fewestAnswers = Number.POSITIVE_INFINITY;
  let bestView = fraction(0n, 1n);
  for (const answers of byView.values()) {
    bayes += top(answers.values());
    fewestAnswers = Math.min(fewestAnswers, answers.size);
    const seen = [...answers.values()].reduce((sum, x) => sum + x, 0n);
    const here = fraction(top(answers.values()), seen);
    if (here.n * bestView.d > bestView.n * here.d) bestView = here;
  }
  const inRange = outcomes.every(({ question: q }) => q.answer >= 1 && q.answer <= max);
  return {
    /** A uniform guess in 1..max: exactly 1/max, as every answer is in 1..max. */
    random: inRange ? fraction(1n, BigInt(max)) : fraction(0n, 1n),
    /** Answers the operand shown in digits. */
    digit: fraction(digit, total),
    /** Assumes both operands equal the digit one. */
    twice: fraction(twice, total),
    /** The optimal bot that sees the operator, the digit operand and its side. */
    bayes: fraction(bayes, total),
    /** 'words' mode (the same questions): the optimal bot that sees only the operator. */
    words: fraction(top(byAnswer.values()), total),
    /** A bot that fetches challenges until it sees the digit it likes best, then answers. */
    bestView,
    fewestAnswers,
  };
}

function ratesOf(operations: Operation[], max: number) {
  const each = operations.map((op) => rates(op, max));
  const pick = (key: 'random' | 'digit' | 'twice' | 'bayes' | 'words') =>
    text(mean(each.map((r) => r[key])));
  return {
    random: pick('random'),
    digit: pick('digit'),
    twice: pick('twice'),
    bayes: pick('bayes'),
    words: pick('words'),
    bestView: text(each.map((r) => r.bestView).reduce((m, x) => (x.n * m.d > m.n * x.d ? x : m))),
    fewestAnswers: Math.min(...each.map((r) => r.fewestAnswers)),
  };
}

describe('digits-only bots, exact rates from the drawing procedure', () => {
  it('at the defaults (max 20, + and −, mixed) the best digits-only bot passes 39/560 ≈ 6.96%', () => {
    const r = ratesOf(['+', '-'], 20);
    expect(r).toEqual({
      random: '1/20',
      digit: '0/1',
      twice: '19/560',
      bayes: '39/560',
      words: '103/1520',
      bestView: '1/10',
      fewestAnswers: 10,
    });
    expect(39 / 560).toBeLessThanOrEqual(0.1);
  });

  it.each([
    [['+'], 20, { bayes: '19/280', words: '19/280', twice: '19/280' }],
    [['-'], 20, { bayes: '1/14', words: '9/133', twice: '0/1' }],
    [['+', '-'], 10, { bayes: '1107/7540', words: '521/3770', twice: '9/130' }],
    [['+', '-'], 100, { bayes: '199/14800', words: '19601/1465200', twice: '99/14800' }],
    [['*'], 20, { bayes: '1/6', words: '1/6', twice: '1/6' }],
    [['/'], 20, { bayes: '9/34', words: '4/17', twice: '0/1' }],
    [['+', '-', '*', '/'], 20, { bayes: '8149/57120', words: '20833/155040', twice: '197/3360' }],
    [['*', '/'], 100, { bayes: '12697/137385', words: '3614/45795', twice: '17/710' }],
    // Odd max, and max not a multiple of 4: the cut-offs' rounding matters there.
    [['+', '-'], 21, { bayes: '121/1829', words: '121/1829', twice: '1/31' }],
    [
      ['+', '-', '*', '/'],
      30,
      { bayes: '67018237/628469940', words: '5484839/59854280', twice: '1783/43860' },
    ],
  ] as const)('operations %j with max %i', (operations, max, expected) => {
    const { bayes, words, twice, digit, fewestAnswers } = ratesOf([...operations], max);
    expect({ bayes, words, twice }).toEqual(expected);
    expect(digit).toBe('0/1');
    expect(fewestAnswers).toBeGreaterThanOrEqual(2);
  });

  it('no digit fixes the answer, at the smallest max of each operation and at 1000 for × and ÷', () => {
    for (const op of ['+', '-', '*', '/'] as const) {
      for (const max of new Set([Math.max(5, SMALLEST_MAX[op]), 6, 7, 8, 9, 12, 15, 31])) {
        expect(rates(op, max).fewestAnswers, `${op} ${max}`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(rates('*', 1000).fewestAnswers).toBeGreaterThanOrEqual(2);
    expect(rates('/', 1000).fewestAnswers).toBeGreaterThanOrEqual(2);
  });

  it('keeps a known share of tries (the cost of a question), exactly', () => {
    const kept = (['+', '-', '*', '/'] as const).map((op) => text(distribution(op, 20).acceptance));
    expect(kept).toEqual(['140/361', '7/18', '1/3', '17/54']);
  });
});
