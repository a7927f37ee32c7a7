/**
 * Forms of a number that readers type and that neither n2words (with the
 * rewrites of src/language/spelling.ts) nor ICU's CLDR spellout writes:
 * variants a dictionary or academy lists, older spellings still met, the
 * other norm of a language. scripts/language-data.ts writes them into the
 * locale's data (src/language/data/), and stops when one of them names
 * another number. Each entry says where it comes from and how sure the
 * reviewer was (tests/language/readers.json holds the cases; the reviewers
 * were not native speakers).
 */
import type { Locale } from '../src/language/locales.ts';

/** Everyday forms of one locale: word swaps, or whole forms by value. */
export interface EverydayForms {
  locale: Locale;
  /**
   * Words of the spelling questions are built from (n2words', as corrected in
   * spelling.ts) swapped for the everyday word, in every number that has them.
   */
  replace?: Readonly<Record<string, string>>;
  /** Whole forms, by value, where no word swap writes them. */
  forms?: Readonly<Record<number, readonly string[]>>;
  source: string;
}

export const EVERYDAY_FORMS: readonly EverydayForms[] = [
  {
    locale: 'cs-CZ',
    replace: { tisíc: 'jeden tisíc' },
    source:
      'jeden tisíc, the explicit one thousand of documents and cheques (readers’ table, medium confidence)',
  },
  {
    locale: 'da-DK',
    replace: { ethundrede: 'hundred' },
    source:
      'hundred, a variant of hundrede listed in Retskrivningsordbogen (readers’ table, medium)',
  },
  {
    locale: 'el-GR',
    replace: { δεκαέξι: 'δεκάξι' },
    source:
      'δεκάξι, a variant of δεκαέξι listed in the Λεξικό της Κοινής Νεοελληνικής (readers’ table, medium)',
  },
  {
    locale: 'fil-PH',
    replace: { isang: 'san' },
    source:
      'sandaan, sanlibo: isang daan, isang libo contracted, in common use (readers’ table, high)',
  },
  {
    locale: 'he-IL',
    replace: { שתים: 'שתיים' },
    source:
      'שתיים עשרה: the common plene spelling of the Academy’s שתים עשרה (readers’ table, medium)',
  },
  {
    locale: 'he-IL',
    forms: { 12: ['שנים עשר'] },
    source: 'שנים עשר, the masculine 12; ICU writes שניים עשר (readers’ table, high)',
  },
  {
    locale: 'hr-HR',
    replace: { dvjesto: 'dvjesta' },
    source: 'dvjesta, a variant of dvjesto (readers’ table, medium)',
  },
  {
    locale: 'it-IT',
    replace: { centotto: 'centootto' },
    source: 'centootto, an attested unelided variant of centotto (readers’ table, medium)',
  },
  {
    locale: 'nb-NO',
    replace: { tjue: 'tyve' },
    source: 'tyve, the official alternative to tjue in Bokmål (Språkrådet; readers’ table, medium)',
  },
  {
    locale: 'pt-PT',
    replace: { dezasseis: 'dezesseis', dezassete: 'dezessete', dezanove: 'dezenove' },
    source:
      'dezesseis, dezessete, dezenove: the Brazilian spelling (VOLP), typed by Brazilians on a European site (readers’ table, medium)',
  },
  {
    locale: 'uk-UA',
    replace: { один: 'одно' },
    source: 'одно, a less common neuter variant of одне (readers’ table, low)',
  },
];

/** The everyday forms of one locale. */
export function everydayFormsOf(locale: Locale): EverydayForms[] {
  return EVERYDAY_FORMS.filter((entry) => entry.locale === locale);
}
