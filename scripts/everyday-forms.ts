/**
 * Everyday forms of numbers that readers type and that neither n2words nor
 * ICU's CLDR spellout writes (ICU 72 has no rules for most Indic languages).
 * scripts/language-data.ts writes them into the locale's data with the CLDR
 * forms, and stops if one would name two numbers. A reviewed list, not a
 * grammar: each entry is a word or a whole form, with its source (mostly the
 * readers' review behind tests/language/readers.json; none of us is a native
 * reader) and how sure we are: high (references give it plainly), medium
 * (common in writing, but regional, dated or colloquial), low (our best
 * judgement; accepted because it cannot name another number).
 */

/** Forms of some numbers of `locales` that readers may also type. */
export interface EverydayForms {
  locales: readonly string[];
  /** Whole forms, by value. */
  forms?: Readonly<Record<number, readonly string[]>>;
  /** Words of the spelling questions show, and how readers also write each one (all at once). */
  words?: Readonly<Record<string, string>>;
  reason: string;
  source: string;
  confidence: 'high' | 'medium' | 'low';
}

export const EVERYDAY_FORMS: readonly EverydayForms[] = [
  {
    locales: ['am-ET'],
    forms: { 1000: ['ሺህ', 'አንድ ሺህ'] },
    reason: 'ሺህ is the dictionary spelling of 1000; n2words and ICU write ሺ',
    source:
      'readers\' review ("dictionary spelling"); the headword of Kane\'s Amharic-English Dictionary, from memory, not re-checked here',
    confidence: 'high',
  },
  {
    locales: ['bn-BD'],
    words: { দুই: 'দু', ছয়: 'ছ', নয়: 'ন', শত: 'শো' },
    reason:
      "the spoken multipliers of 200, 600, 900: দুশো, ছশো, নশো (also written দু'শো); elsewhere the same words give দু, ছ, ন for 2, 6, 9, spoken short forms that name no other number",
    source: 'readers\' review (দুশো, "everyday form"); ছশো, নশো by the same pattern, our judgement',
    confidence: 'medium',
  },
  {
    locales: ['bn-BD'],
    words: { চৌদ্দ: 'চোদ্দ', বিশ: 'কুড়ি' },
    reason: 'West Bengal and spoken forms: চোদ্দ for 14, the native কুড়ি for 20',
    source: 'readers\' review ("West Bengal spelling", "native word for 20")',
    confidence: 'medium',
  },
  {
    locales: ['pa-IN'],
    forms: { 100: ['ਸੌ'], 1000: ['ਹਜ਼ਾਰ'] },
    reason: '100 and 1000 said alone, without ਇੱਕ',
    source: 'readers\' review (ਸੌ "100 alone", high); ਹਜ਼ਾਰ alone by the same pattern',
    confidence: 'high',
  },
  {
    locales: ['pa-IN'],
    words: { ਨਿਨਾਨਵੇਂ: 'ਨੜਿੰਨਵੇਂ' },
    reason: 'ਨੜਿੰਨਵੇਂ, the Punjabi 99; n2words writes ਨਿਨਾਨਵੇਂ, the Hindi word in Gurmukhi',
    source:
      'readers\' review (low) and the shown-spelling review (medium: "ਨਿਨਾਨਵੇਂ is the Hindi word transliterated")',
    confidence: 'low',
  },
  {
    locales: ['ta-IN'],
    forms: { 1000: ['ஓராயிரம்'] },
    reason: '"one thousand" with ஓர், the form of ஒரு before a vowel (literary)',
    source: 'readers\' review ("literary one thousand")',
    confidence: 'medium',
  },
  {
    locales: ['te-IN'],
    forms: { 100: ['నూరు'] },
    reason: 'నూరు, the older word for 100, whose oblique నూట makes 101..199',
    source: 'readers\' review ("100, literary/standard")',
    confidence: 'high',
  },
  {
    locales: ['te-IN'],
    forms: { 200: ['రెండొందలు'] },
    reason:
      'రెండొందలు, the spoken 200 (రెండు + వందలు); the other round hundreds alike are not listed yet',
    source: 'readers\' review ("colloquial joined form")',
    confidence: 'low',
  },
  {
    locales: ['te-IN'],
    words: { ఐదు: 'అయిదు' },
    reason: 'అయిదు, a spelling of ఐదు (5) as common in print',
    source: 'readers\' review ("variant spelling of ఐదు")',
    confidence: 'medium',
  },
];

/** The everyday forms of `locale`. */
export function everydayFormsOf(locale: string): readonly EverydayForms[] {
  return EVERYDAY_FORMS.filter((e) => e.locales.includes(locale));
}
