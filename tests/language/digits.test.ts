import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDigits, readDigits } from '../../src/language/digits.ts';
import { locales } from '../../src/language/locales.ts';
import { LARGEST_SPELLED } from '../../src/language/spelling.ts';

describe('readDigits', () => {
  it('reads every Unicode decimal digit as its value', () => {
    const wrong: string[] = [];
    let digits = 0;
    for (let cp = 0; cp < 0x110000; cp++) {
      const char = String.fromCodePoint(cp);
      if (!/\p{Nd}/u.test(char)) continue;
      digits++;
      // Every script's digits run 0..9 in code point order.
      let zero = cp;
      while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
      if (readDigits(char) !== (cp - zero) % 10) wrong.push(cp.toString(16));
    }
    expect(digits).toBeGreaterThan(600);
    expect(wrong).toEqual([]);
  });

  it('reads whole numbers of up to seven digits, plain or in groups of three', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom(' ', ',', '.', "'"),
        (n, sep) => {
          expect(readDigits(String(n))).toBe(n);
          expect(readDigits(n.toLocaleString('en-US').replace(/,/g, sep))).toBe(n);
        },
      ),
    );
    expect(readDigits('12345678')).toBeUndefined();
    expect(readDigits('1,00')).toBeUndefined();
  });
});

describe('formatDigits', () => {
  it('writes digits in the locale numbering system, or Latin on request', () => {
    expect(formatDigits(15, 'ar-SA', 'locale')).toBe('١٥');
    expect(formatDigits(15, 'fa-IR', 'locale')).toBe('۱۵');
    expect(formatDigits(1000, 'bn-BD', 'locale')).toBe('১০০০');
    expect(formatDigits(1000, 'fr-FR', 'locale')).toBe('1000');
    expect(formatDigits(15, 'ar-SA', 'latin')).toBe('15');
  });

  it("writes every locale's digits as Intl.NumberFormat does, without calling it", () => {
    const differ: string[] = [];
    for (const locale of locales) {
      const intl = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
      for (let value = 0; value <= LARGEST_SPELLED; value++) {
        const written = formatDigits(value, locale, 'locale');
        if (written !== intl.format(value)) differ.push(`${locale} ${value}: ${written}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
