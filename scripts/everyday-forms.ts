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
    locale: 'am-ET',
    forms: { 1000: ['ሺህ', 'አንድ ሺህ'] },
    source:
      'ሺህ, the dictionary spelling of 1000; n2words and ICU write ሺ (readers’ table, high; Kane’s Amharic-English Dictionary, from memory, not re-checked here)',
  },
  {
    locale: 'bn-BD',
    replace: { দুই: 'দু', ছয়: 'ছ', নয়: 'ন', শত: 'শো' },
    source:
      'দুশো, ছশো, নশো, the spoken 200, 600, 900 (also written দু’শো); the same swaps give দু, ছ, ন for 2, 6, 9, spoken short forms that name no other number (readers’ table, দুশো high; ছশো, নশো by the same pattern, medium)',
  },
  {
    locale: 'bn-BD',
    replace: { চৌদ্দ: 'চোদ্দ', বিশ: 'কুড়ি' },
    source:
      'চোদ্দ (14), the West Bengal spelling, and কুড়ি, the native word for 20 (readers’ table, medium)',
  },
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
    locale: 'mr-IN',
    forms: { 1000: ['हजार'] },
    source: 'हजार, 1000 said alone, without एक (readers’ table, high)',
  },
  {
    locale: 'mr-IN',
    forms: { 100: ['एकशे'] },
    source:
      'एकशे, the hundred of एकशे एक, also heard alone for 100; it can name no other number (readers’ table, low)',
  },
  {
    locale: 'nb-NO',
    replace: { tjue: 'tyve' },
    source: 'tyve, the official alternative to tjue in Bokmål (Språkrådet; readers’ table, medium)',
  },
  {
    locale: 'nb-NO',
    forms: {
      120: ['hundre og tyve'],
      220: ['to hundre og tyve'],
      320: ['tre hundre og tyve'],
      420: ['fire hundre og tyve'],
      520: ['fem hundre og tyve'],
      620: ['seks hundre og tyve'],
      720: ['sju hundre og tyve'],
      820: ['åtte hundre og tyve'],
      920: ['ni hundre og tyve'],
    },
    source:
      'tyve in the hundreds as questions show them (hundre og tyve), where the swap above, which applies to n2words’ spelling, does not reach (Språkrådet, medium)',
  },
  {
    locale: 'pa-IN',
    forms: { 100: ['ਸੌ'], 1000: ['ਹਜ਼ਾਰ'] },
    source: 'ਸੌ, ਹਜ਼ਾਰ: 100 and 1000 said alone, without ਇੱਕ (readers’ table, high)',
  },
  {
    locale: 'pa-IN',
    replace: { ਨਿਨਾਨਵੇਂ: 'ਨੜਿੰਨਵੇਂ' },
    source:
      'ਨੜਿੰਨਵੇਂ, the Punjabi 99; n2words writes ਨਿਨਾਨਵੇਂ, the Hindi word in Gurmukhi (readers’ table, low; shown-spelling review, medium)',
  },
  {
    locale: 'pt-PT',
    replace: { dezasseis: 'dezesseis', dezassete: 'dezessete', dezanove: 'dezenove' },
    source:
      'dezesseis, dezessete, dezenove: the Brazilian spelling (VOLP), typed by Brazilians on a European site (readers’ table, medium)',
  },
  {
    locale: 'ta-IN',
    forms: { 1000: ['ஓராயிரம்'] },
    source:
      'ஓராயிரம், one thousand with ஓர், the form of ஒரு before a vowel (readers’ table, literary, medium)',
  },
  {
    locale: 'te-IN',
    forms: { 100: ['నూరు'] },
    source: 'నూరు, the older word for 100, whose oblique నూట makes 101..199 (readers’ table, high)',
  },
  {
    locale: 'te-IN',
    forms: { 200: ['రెండొందలు'] },
    source:
      'రెండొందలు, the spoken 200 (రెండు + వందలు); the other round hundreds alike are not listed yet (readers’ table, low)',
  },
  {
    locale: 'te-IN',
    replace: { ఐదు: 'అయిదు' },
    source: 'అయిదు, a spelling of ఐదు (5) as common in print (readers’ table, medium)',
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
