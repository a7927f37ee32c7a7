/**
 * calcha against an independent reference nobody here wrote: ICU's CLDR
 * spellout (Debian's python3-icu, through scripts/cldr-spellout.py). Every
 * nominative cardinal form ICU writes for 0..1000, in every rule set (genders,
 * numbering, Korean native numerals, Chinese 两, financial numerals…) and every
 * locale ICU knows, is accepted as its number — or kept out by a committed,
 * commented entry of scripts/cldr-exceptions.ts. The dump is kept between runs
 * (scripts/cldr-dump.ts), keyed by the ICU that wrote it and the script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CldrDump, cldrSpellout, icuAvailable } from '../../scripts/cldr-dump.ts';
import { CLDR_EXCEPTIONS, exceptionFor } from '../../scripts/cldr-exceptions.ts';
import { generateLanguageData } from '../../scripts/language-data.ts';
import { ROOT } from '../../scripts/paths.ts';
import { type Locale, locales } from '../../src/language/locales.ts';
import { LARGEST_SPELLED, loadSpeller } from '../../src/language/spelling.ts';
import { programAvailable } from './program.ts';

const available = programAvailable('python3-icu', icuAvailable(), 'python3-icu');
let cldr: CldrDump;
beforeAll(() => {
  if (available) cldr = cldrSpellout();
}, 60_000);

const known = (locale: Locale) => Boolean(cldr.locales[locale]?.icuLocale);

describe.runIf(available)('CLDR spellout (ICU) is accepted', () => {
  it('ICU knows most calcha locales (and says which it does not)', () => {
    const unknown = locales.filter((l) => !known(l));
    expect(unknown).toEqual([
      'am-Latn-ET',
      'bn-BD',
      'gu-IN',
      'ha-NG',
      'hbo-IL',
      'kn-IN',
      'mr-IN',
      'pa-IN',
      'te-IN',
      'ur-PK',
      'yo-NG',
    ]);
  });

  it.each(locales)(
    '%s: every ICU form of 0..1000 is read as its number, or listed as wrong',
    async (locale) => {
      if (!known(locale)) return;
      const speller = await loadSpeller(locale);
      const refused: string[] = [];
      let checked = 0;
      for (const [ruleSet, forms] of Object.entries(cldr.locales[locale]?.ruleSets ?? {})) {
        forms.slice(0, LARGEST_SPELLED + 1).forEach((form, value) => {
          checked++;
          if (speller.read(form) === value || exceptionFor(locale, ruleSet, form)) return;
          refused.push(`${ruleSet} ${value}: ${form} (read as ${speller.read(form)})`);
        });
      }
      expect(checked).toBeGreaterThan(1000);
      expect(refused.slice(0, 20)).toEqual([]);
    },
  );

  it('every exception still matches a form ICU writes (none is stale)', () => {
    const stale = CLDR_EXCEPTIONS.filter(
      (exception) =>
        !exception.locales.some((locale) =>
          Object.entries(cldr.locales[locale]?.ruleSets ?? {}).some(([ruleSet, forms]) =>
            forms.some((form) => exceptionFor(locale, ruleSet, form) === exception),
          ),
        ),
    );
    expect(stale.map((e) => e.reason)).toEqual([]);
  });

  it('src/language/data is what scripts/language-data.ts makes from this ICU', async () => {
    const { files, problems } = await generateLanguageData(cldr);
    expect(problems).toEqual([]);
    const stale = [...files].filter(
      ([name, text]) => readFileSync(join(ROOT, 'src/language/data', name), 'utf8') !== text,
    );
    expect(stale.map(([name]) => name)).toEqual([]);
  }, 60_000);
});
