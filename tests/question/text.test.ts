import { describe, expect, it } from 'vitest';
import { loadSpeller } from '../../src/language/spelling.ts';
import { questionText, wordSides } from '../../src/question/text.ts';

const question = { left: 15, operation: '-', right: 14, answer: 1, wordSide: 'right' } as const;

describe('questionText', () => {
  it('writes the operands the sides say in words, the others in digits, with U+2212', async () => {
    const fr = await loadSpeller('fr-FR');
    expect(questionText(question, 'right', fr, 'locale')).toBe('15 \u2212 quatorze =');
    expect(questionText(question, 'left', fr, 'locale')).toBe('quinze \u2212 14 =');
    expect(questionText(question, 'both', fr, 'locale')).toBe('quinze \u2212 quatorze =');
    expect(questionText(question, 'none', fr, 'locale')).toBe('15 \u2212 14 =');
  });

  it("prints ×, ÷ and the locale's digits, or Latin ones on request", async () => {
    const ar = await loadSpeller('ar-SA');
    const product = { left: 3, operation: '*', right: 4, answer: 12, wordSide: 'left' } as const;
    const quotient = { left: 12, operation: '/', right: 4, answer: 3, wordSide: 'left' } as const;
    expect(questionText(product, 'none', ar, 'locale')).toBe('٣ × ٤ =');
    expect(questionText(quotient, 'none', ar, 'latin')).toBe('12 ÷ 4 =');
  });
});

describe('wordSides', () => {
  it("'words' is both, 'digits' none, 'mixed' the side drawn with the question", () => {
    expect(wordSides('words', question)).toBe('both');
    expect(wordSides('digits', question)).toBe('none');
    expect(wordSides('mixed', question)).toBe('right');
    expect(wordSides('mixed', { ...question, wordSide: 'left' })).toBe('left');
  });
});
