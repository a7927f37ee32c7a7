/**
 * The reviewed everyday forms (scripts/everyday-forms.ts) that the generator
 * writes into the language data: each is read as its number once the data is
 * loaded, so the data and the list cannot drift apart unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { EVERYDAY_FORMS } from '../../scripts/everyday-forms.ts';
import {
  LARGEST_SPELLED,
  loadSpeller,
  loadSpellerWithoutData,
  substituteWords,
} from '../../src/language/spelling.ts';

describe('everyday forms', () => {
  it.each(EVERYDAY_FORMS.filter((e) => e.forms !== undefined))(
    '$locale: whole forms are read as their number ($source)',
    async ({ locale, forms }) => {
      const speller = await loadSpeller(locale);
      const misread = Object.entries(forms ?? {}).flatMap(([value, written]) =>
        written.filter((form) => speller.read(form) !== Number(value)),
      );
      expect(misread).toEqual([]);
    },
  );

  it.each(EVERYDAY_FORMS.filter((e) => e.replace !== undefined))(
    // A swap applies to n2words' spelling (before CLDR's corrections), as the generator checks it.
    "$locale: n2words' spelling with $replace swapped is read as its number",
    async ({ locale, replace }) => {
      const speller = await loadSpeller(locale);
      const n2words = await loadSpellerWithoutData(locale);
      const misread: string[] = [];
      let swapped = 0;
      for (let value = 0; value <= LARGEST_SPELLED; value++) {
        const form = substituteWords(n2words.spell(value), replace ?? {});
        if (form === n2words.spell(value)) continue;
        swapped++;
        if (speller.read(form) !== value) misread.push(`${value}: ${form}`);
      }
      expect(swapped).toBeGreaterThan(0);
      expect(misread).toEqual([]);
    },
  );

  it('says for each entry where it comes from and how sure the reviewer was', () => {
    for (const { locale, source } of EVERYDAY_FORMS) {
      expect(source, locale).toMatch(/\((.*, )?(high|medium|low)[^)]*\)$/);
    }
  });
});
