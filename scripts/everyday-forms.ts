/**
 * Forms of a number that readers type and that neither n2words (with the
 * rewrites of src/language/spelling.ts) nor ICU's CLDR spellout writes:
 * variants a dictionary or academy lists, older spellings still met, the
 * other norm of a language. scripts/language-data.ts writes them into the
 * locale's data (src/language/data/), and stops when one of them names
 * another number. Each entry says where it comes from; a reviewer checked
 * each one against it (tests/language/readers.json holds the cases).
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
      'jeden tisíc, the explicit one thousand of documents and cheques (Internetová jazyková příručka)',
  },
  {
    locale: 'da-DK',
    replace: { ethundrede: 'hundred' },
    source: 'hundred, the variant of hundrede that Retskrivningsordbogen lists',
  },
  {
    locale: 'el-GR',
    replace: { δεκαέξι: 'δεκάξι' },
    source: 'δεκάξι, the everyday variant of δεκαέξι (Λεξικό της Κοινής Νεοελληνικής)',
  },
  {
    locale: 'fil-PH',
    replace: { isang: 'san' },
    source: 'sandaan, sanlibo: isang daan, isang libo contracted, as written and said (KWF)',
  },
  {
    locale: 'he-IL',
    replace: { שתים: 'שתיים' },
    source: 'שתיים עשרה: the plene spelling of the Academy’s שתים עשרה, very common in writing',
  },
  {
    locale: 'he-IL',
    forms: { 12: ['שנים עשר'] },
    source: 'שנים עשר, the masculine 12 (ICU writes the misspelt שניים עשר)',
  },
  {
    locale: 'hr-HR',
    replace: { dvjesto: 'dvjesta' },
    source: 'dvjesta beside dvjesto (Hrvatski jezični portal)',
  },
  {
    locale: 'it-IT',
    replace: { centotto: 'centootto' },
    source: 'centootto, the unelided variant of centotto, attested (Treccani lists both)',
  },
  {
    locale: 'nb-NO',
    replace: { tjue: 'tyve' },
    source: 'tyve, the official alternative to tjue in Bokmål (Språkrådet, Bokmålsordboka)',
  },
  {
    locale: 'pt-PT',
    replace: { dezasseis: 'dezesseis', dezassete: 'dezessete', dezanove: 'dezenove' },
    source:
      'dezesseis, dezessete, dezenove: the Brazilian spelling (VOLP), typed by Brazilians on a European site',
  },
  {
    locale: 'uk-UA',
    replace: { один: 'одно' },
    source: 'одно, the variant of the neuter одне that the dictionaries list (СУМ)',
  },
];

/** The everyday forms of one locale. */
export function everydayFormsOf(locale: Locale): EverydayForms[] {
  return EVERYDAY_FORMS.filter((entry) => entry.locale === locale);
}
