/**
 * The reviewed everyday forms (scripts/everyday-forms.ts) that the generator
 * writes into the language data: each is read as its number once the data is
 * loaded, so the data and the list cannot drift apart unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { EVERYDAY_FORMS } from '../../scripts/everyday-forms.ts';
import type { Locale } from '../../src/language/locales.ts';
import { LARGEST_SPELLED, loadSpeller, substituteWords } from '../../src/language/spelling.ts';

const entries = EVERYDAY_FORMS.flatMap((entry) =>
  entry.locales.map((locale) => ({ ...entry, locale: locale as Locale })),
);

describe('everyday forms', () => {
  it.each(entries.filter((e) => e.forms !== undefined))(
    '$locale: whole forms are read as their number ($reason)',
    async ({ locale, forms }) => {
      const speller = await loadSpeller(locale);
      const misread = Object.entries(forms ?? {}).flatMap(([value, written]) =>
        written.filter((form) => speller.read(form) !== Number(value)),
      );
      expect(misread).toEqual([]);
    },
  );

  it.each(entries.filter((e) => e.words !== undefined))(
    '$locale: the spelling shown with $words swapped is read as its number',
    async ({ locale, words }) => {
      const speller = await loadSpeller(locale);
      const misread: string[] = [];
      let swapped = 0;
      for (let value = 0; value <= LARGEST_SPELLED; value++) {
        const form = substituteWords(speller.spell(value), words ?? {});
        if (form === speller.spell(value)) continue;
        swapped++;
        if (speller.read(form) !== value) misread.push(`${value}: ${form}`);
      }
      expect(swapped).toBeGreaterThan(0);
      expect(misread).toEqual([]);
    },
  );

  it('says for each entry why, where from and how sure', () => {
    for (const entry of EVERYDAY_FORMS) {
      expect(entry.reason.length, entry.reason).toBeGreaterThan(10);
      expect(entry.source.length, entry.reason).toBeGreaterThan(10);
      expect(['high', 'medium', 'low']).toContain(entry.confidence);
    }
  });
});
