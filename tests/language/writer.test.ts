import { describe, expect, it, vi } from 'vitest';
import { locales } from '../../src/language/locales.ts';

/** spelling.ts as a first import: no speller loaded yet (unit tests share module state). */
async function freshSpelling() {
  vi.resetModules();
  return import('../../src/language/spelling.ts');
}

describe('loadWriter', () => {
  it("spells every number of every locale as the locale's speller does", async () => {
    const { LARGEST_SPELLED, loadSpeller, loadWriter } = await freshSpelling();
    const writers = await Promise.all(locales.map((locale) => loadWriter(locale)));
    const differ: string[] = [];
    for (const writer of writers) {
      const speller = await loadSpeller(writer.locale);
      expect(speller).not.toBe(writer);
      for (let value = 0; value <= LARGEST_SPELLED; value++) {
        if (writer.spell(value) !== speller.spell(value)) differ.push(`${writer.locale} ${value}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it("is the locale's speller once that is loaded", async () => {
    const { loadSpeller, loadWriter } = await freshSpelling();
    const speller = await loadSpeller('de-DE');
    expect(await loadWriter('de-DE')).toBe(speller);
  });
});
