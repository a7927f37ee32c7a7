import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/language/direction.ts';
import { locales } from '../../src/language/locales.ts';

describe('textDirection', () => {
  it('is rtl for Arabic, Hebrew, Persian and Urdu, ltr elsewhere', () => {
    const rtl = locales.filter((l) => textDirection(l) === 'rtl');
    expect(rtl).toEqual(['ar-SA', 'fa-IR', 'hbo-IL', 'he-IL', 'ur-PK']);
  });

  it("is rtl exactly where the locale's script, from Intl.Locale#maximize, is written right to left", () => {
    const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);
    for (const locale of locales) {
      const script = new Intl.Locale(locale).maximize().script ?? '';
      expect([locale, textDirection(locale)]).toEqual([
        locale,
        rightToLeftScripts.has(script) ? 'rtl' : 'ltr',
      ]);
    }
  });
});
