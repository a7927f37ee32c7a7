/**
 * The forms of ICU 72's CLDR spellout that calcha does NOT accept, because
 * ICU is wrong there for that language. scripts/language-data.ts leaves them
 * out of the generated data, and the CLDR acceptance test
 * (tests/integration/cldr-spellout.test.ts) lets exactly these through; a
 * test also fails when an entry matches no form any more.
 *
 * Each entry says why, and how sure we are: high (a dictionary or style
 * guide says so plainly), medium (the form exists but is dated, regional or
 * non-standard, and readers would not type it), low (our best judgement).
 */

/** A pattern of ICU forms (soft hyphens removed) that calcha refuses, with the reason. */
export interface CldrException {
  locales: readonly string[];
  /** Only in this rule set; every rule set when absent. */
  ruleSet?: string;
  form: RegExp;
  reason: string;
  confidence: 'high' | 'medium' | 'low';
}

export const CLDR_EXCEPTIONS: readonly CldrException[] = [
  {
    locales: ['am-ET'],
    form: /\S+ አስር( |$)/,
    reason: 'ICU writes the tens as "two ten" (ሁለት አስር); Amharic has ሃያ, ሰላሳ, አርባ …',
    confidence: 'high',
  },
  {
    locales: ['am-ET'],
    form: /(^| )አስር \S/,
    reason: 'ICU writes 11..19 as አስር N; the teens are አስራ N (አስራ አንድ)',
    confidence: 'high',
  },
  {
    locales: ['am-ET'],
    form: /^ባዶ$/,
    reason: 'ICU writes 0 as ባዶ ("empty"); the number is ዜሮ',
    confidence: 'low',
  },
  {
    locales: ['ar-SA'],
    form: /(ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة) مائة/,
    reason: 'ICU splits the hundreds with the masculine digit (ثلاثة مائة); it is ثلاثمائة',
    confidence: 'high',
  },
  {
    locales: ['ar-SA'],
    form: /إثن/,
    reason: 'ICU puts a hamza on the connecting alif of اثنان (إثنان); it has none',
    confidence: 'high',
  },
  {
    locales: ['ar-SA'],
    form: /إحدى عشر(?!ة)/,
    reason: 'ICU mixes genders in 11 (إحدى عشر); it is أحد عشر or إحدى عشرة',
    confidence: 'high',
  },
  {
    locales: ['az-AZ'],
    form: /bir (yüz|min)/,
    reason: 'ICU writes "bir yüz", "bir min"; the standard forms are yüz, min',
    confidence: 'medium',
  },
  {
    locales: ['az-AZ'],
    form: /atmış/,
    reason: 'ICU writes 60 as atmış (colloquial); the standard spelling is altmış',
    confidence: 'high',
  },
  {
    locales: ['az-AZ'],
    form: /səqsən/,
    reason: 'ICU writes 80 as səqsən; the spelling is səksən',
    confidence: 'high',
  },
  {
    locales: ['cs-CZ'],
    form: /^jedna tisíc$/,
    reason: 'ICU writes 1000 as "jedna tisíc"; tisíc is masculine (tisíc, jeden tisíc)',
    confidence: 'high',
  },
  {
    locales: ['el-GR'],
    form: /εννενήντα/,
    reason: 'ICU writes 90 as εννενήντα, a common misspelling of ενενήντα',
    confidence: 'high',
  },
  {
    locales: ['fil-PH'],
    form: /pû/,
    reason:
      'ICU writes the tens the archaic way (dalawáng pû); today they are dalawampu, tatlumpu …',
    confidence: 'medium',
  },
  {
    locales: ['hu-HU'],
    ruleSet: '%spellout-cardinal-verbose',
    form: /kettőszáz|kettőezer/,
    reason: 'ICU\'s verbose set writes "kettőszáz"; before száz it is két (kétszáz)',
    confidence: 'high',
  },
  {
    locales: ['ka-GE'],
    form: /თრვამეტ/,
    reason: 'ICU misspells 18 (თრვამეტი); it is თვრამეტი',
    confidence: 'high',
  },
  {
    locales: ['ro-RO'],
    form: /patrusprezece|[șş]asesprezece|[șş]asezeci/,
    reason:
      'ICU writes the full forms patrusprezece, șasesprezece, șasezeci; DOOM has paisprezece, șaisprezece, șaizeci',
    confidence: 'medium',
  },
  {
    locales: ['ro-RO'],
    form: /una (sută|mie)/,
    reason: 'ICU writes "una sută", "una mie"; it is o sută, o mie',
    confidence: 'high',
  },
  {
    locales: ['sr-Cyrl-RS'],
    form: /^једна хиљаду$/,
    reason:
      'ICU writes 1000 as "једна хиљаду", mixing nominative and accusative (хиљаду, једна хиљада)',
    confidence: 'high',
  },
  {
    locales: ['sr-Latn-RS'],
    form: /^jedna hiljadu$/,
    reason:
      'ICU writes 1000 as "jedna hiljadu", mixing nominative and accusative (hiljadu, jedna hiljada)',
    confidence: 'high',
  },
  {
    locales: ['ta-IN'],
    form: /(?<!\u0bcd)[தற]\u0bc1 \S/,
    reason:
      'ICU puts citation forms side by side (நூறு இருபது மூன்று); before another number Tamil joins them (நூற்று இருபத்து மூன்று)',
    confidence: 'high',
  },
  {
    locales: ['ta-IN'],
    form: /நாநூறூ/,
    reason: 'ICU misspells 400 (நாநூறூ); it is நானூறு',
    confidence: 'high',
  },
  {
    locales: ['ta-IN'],
    form: /^ஒன்று ஆயிரம்$/,
    reason: 'ICU writes 1000 as "ஒன்று ஆயிரம்"; it is ஆயிரம் (or ஓராயிரம்)',
    confidence: 'high',
  },
];

/** The exception that keeps `form` of `locale` out, if any. */
export function exceptionFor(
  locale: string,
  ruleSet: string,
  form: string,
): CldrException | undefined {
  const plain = form.replace(/[\u00ad\u200b]/g, '');
  return CLDR_EXCEPTIONS.find(
    (e) =>
      e.locales.includes(locale) &&
      (e.ruleSet === undefined || e.ruleSet === ruleSet) &&
      e.form.test(plain),
  );
}
