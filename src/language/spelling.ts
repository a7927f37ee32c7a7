import { type Cardinal, type Locale, loadCardinal } from './locales.js';

/** The largest number the word tables cover (the largest `max`). */
export const LARGEST_SPELLED = 1000;

/**
 * One way a number is written in a locale: n2words' output for `locale`
 * (default: the locale being spelled) with `options`, optionally rewritten.
 */
interface Spelling {
  locale?: Locale;
  options?: Record<string, unknown>;
  rewrite?: (words: string) => string;
}

const BOTH_GENDERS: Spelling[] = [
  { options: { gender: 'masculine' } },
  { options: { gender: 'feminine' } },
];
const ENGLISH: Spelling[] = [{ locale: 'en-US' }, { locale: 'en-US', options: { and: true } }];
/** Belgian spelling (quatre-vingt-un) to Swiss (huitante et un), like septante et un. */
function swissEighty(words: string, eighty: string): string {
  return words.replace(/quatre-vingt-un$/, `${eighty} et un`).replace(/quatre-vingts?/, eighty);
}
const FRENCH: Spelling[] = [
  // "une" (vingt et une), and "quatre-vingt"/"deux cent" without the plural s.
  { rewrite: (w) => w.replace(/(^|[\s-])un$/, '$1une') },
  { rewrite: (w) => w.replace(/(vingt|cent)s$/, '$1') },
  // Belgian and Swiss: septante, nonante; huitante and octante for 80..89.
  { locale: 'fr-BE' },
  { locale: 'fr-BE', rewrite: (w) => swissEighty(w, 'huitante') },
  { locale: 'fr-BE', rewrite: (w) => swissEighty(w, 'octante') },
  { locale: 'fr-FR' },
];
const CHINESE: Spelling[] = [
  // Everyday numerals (十四) in questions; the financial ones (壹拾肆) are accepted.
  { options: { formal: false }, rewrite: (w) => w.replace(/^一十/, '十') },
  { options: { formal: false } },
  { options: { formal: true } },
];

/**
 * Spellings per locale beyond n2words' default. The first one, when given,
 * is the spelling shown in questions; all of them are accepted as answers.
 * Spaces, hyphens, case and Latin accents need no entry: answers are compared
 * without them (see {@link wordKey}).
 */
const SPELLINGS: Partial<Record<Locale, Spelling[]>> = {
  'ar-SA': BOTH_GENDERS,
  'de-DE': [
    {},
    { rewrite: (w) => w.replace(/^eins$/, 'ein').replace(/^ein(hundert|tausend)/, '$1') },
  ],
  'es-ES': BOTH_GENDERS,
  'es-MX': BOTH_GENDERS,
  'es-US': BOTH_GENDERS,
  'fr-BE': [{}, ...FRENCH],
  'fr-FR': [{}, ...FRENCH],
  'hbo-IL': BOTH_GENDERS,
  'hr-HR': BOTH_GENDERS,
  'lt-LT': BOTH_GENDERS,
  'lv-LV': BOTH_GENDERS,
  'nl-NL': [{}, { options: { includeOptionalAnd: true } }],
  'pl-PL': BOTH_GENDERS,
  'ro-RO': BOTH_GENDERS,
  'ru-RU': BOTH_GENDERS,
  'sr-Cyrl-RS': BOTH_GENDERS,
  'sr-Latn-RS': BOTH_GENDERS,
  // n2words 4.0.0 writes Ukrainian і as a Latin i (сiм); questions use the Cyrillic letter.
  'uk-UA': [{ rewrite: (w) => w.replace(/i/g, '\u0456') }, {}, ...BOTH_GENDERS],
  'zh-Hans-CN': CHINESE,
  'zh-Hant-TW': CHINESE,
};

function spellingsOf(locale: Locale): Spelling[] {
  return SPELLINGS[locale] ?? (locale.startsWith('en-') ? [{}, ...ENGLISH] : [{}]);
}

/** Letters with accents (Latin script only), followed by their marks. */
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
/** Spaces, hyphens, apostrophes, other punctuation and invisible format characters. */
const IGNORED = /[\p{P}\p{Z}\p{Cf}\s]+/gu;

/** Turkish and Azerbaijani dotless ı: "SIFIR" lower-cased without a Turkish locale is "sifir". */
const DOTLESS_I = /\u0131/g;
/** German ß: written "ss" in Switzerland and in capitals (DREISSIG). */
const SHARP_S = /\u00df/g;

/**
 * The form in which written numbers are compared: lower case, without Latin
 * accents (dotless ı counts as one; ß as ss), spaces, hyphens or punctuation. Marks of
 * other scripts stay (Arabic and Cyrillic marks change the word).
 */
export function wordKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS, '$1')
    .replace(DOTLESS_I, 'i')
    .replace(SHARP_S, 'ss')
    .replace(IGNORED, '')
    .normalize('NFC');
}

/** Spells numbers of one locale, and reads them back. */
export interface Speller {
  readonly locale: Locale;
  /** The number in words, as shown in questions. */
  spell(value: number): string;
  /** Every accepted way to write `value` (for tests and the docs). */
  variants(value: number): string[];
  /** The number written in words, or `undefined`. */
  read(words: string): number | undefined;
}

async function createSpeller(locale: Locale): Promise<Speller> {
  const spellings = spellingsOf(locale);
  const cardinals = new Map<Locale, Cardinal>();
  for (const { locale: source = locale } of spellings) {
    if (!cardinals.has(source)) cardinals.set(source, await loadCardinal(source));
  }
  const write = ({ locale: source = locale, options, rewrite }: Spelling, value: number) => {
    const words = (cardinals.get(source) as Cardinal)(value, options);
    return rewrite === undefined ? words : rewrite(words);
  };
  const shown = spellings[0] as Spelling;
  const variants = (value: number) => [...new Set(spellings.map((s) => write(s, value)))];
  let table: Map<string, number> | undefined;
  const buildTable = () => {
    const built = new Map<string, number>();
    for (let value = LARGEST_SPELLED; value >= 0; value--) {
      for (const words of variants(value)) built.set(wordKey(words), value);
    }
    return built;
  };
  return {
    locale,
    spell: (value) => write(shown, value),
    variants,
    read(words) {
      table ??= buildTable();
      return table.get(wordKey(words));
    },
  };
}

const spellers = new Map<Locale, Promise<Speller>>();

/** The speller of a locale, its n2words modules loaded on first use. */
export function loadSpeller(locale: Locale): Promise<Speller> {
  let speller = spellers.get(locale);
  if (speller === undefined) {
    speller = createSpeller(locale);
    spellers.set(locale, speller);
  }
  return speller;
}
