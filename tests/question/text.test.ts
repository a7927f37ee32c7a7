import { describe, expect, it } from 'vitest';
import { loadSpeller } from '../../src/language/spelling.ts';
import { questionText, wordSides } from '../../src/question/text.ts';
import { seededRandom } from '../helpers.ts';

const question = { left: 15, operation: '-', right: 14, answer: 1 } as const;

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
    const product = { left: 3, operation: '*', right: 4, answer: 12 } as const;
    const quotient = { left: 12, operation: '/', right: 4, answer: 3 } as const;
    expect(questionText(product, 'none', ar, 'locale')).toBe('٣ × ٤ =');
    expect(questionText(quotient, 'none', ar, 'latin')).toBe('12 ÷ 4 =');
  });
});

describe('wordSides', () => {
  it("'words' is both, 'digits' none, 'mixed' either side, each about half the time", () => {
    const random = seededRandom(7);
    expect(wordSides('words', random)).toBe('both');
    expect(wordSides('digits', random)).toBe('none');
    const counts = { left: 0, right: 0 } as Record<string, number>;
    for (let i = 0; i < 2_000; i++) {
      const side = wordSides('mixed', random);
      counts[side] = (counts[side] ?? 0) + 1;
    }
    expect(Object.keys(counts).sort()).toEqual(['left', 'right']);
    expect(counts.left).toBeGreaterThan(900);
    expect(counts.right).toBeGreaterThan(900);
  });
});
