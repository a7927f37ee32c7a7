/**
 * Typing habits: how people type a number's words in each script, folded away
 * so that every habit reads as the form it stands for. These are rules for
 * what no speller produces; every correct *form* of a number comes from the
 * spellers and their data instead (spelling.ts). Each fold is applied to the
 * spellers' forms and to what a reader typed alike, and the tests check that
 * no fold makes one form name two numbers.
 */
import type { Locale } from './locales.js';

/** Accents and other marks on Latin and Greek letters (Greek tonos and dialytika too). */
const LATIN_OR_GREEK_WITH_MARKS = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
/** Spaces, hyphens, apostrophes (the Ukrainian ʼ too), other punctuation and invisible format characters. */
const IGNORED = /[\p{P}\p{Z}\p{Cf}\s\u02bc\u02b9\u00b4`]+/gu;

/** One typing habit folded away. */
type Fold = (key: string) => string;

/** A fold that rewrites every match of `pattern` (in NFD, accents already gone) as `replacement`. */
const fold =
  (pattern: RegExp, replacement: string): Fold =>
  (key) =>
    key.replace(pattern, replacement);

/** A fold that moves every letter matching `pattern` by `offset` code points (a whole series). */
const moveLetters =
  (pattern: RegExp, offset: number): Fold =>
  (key) =>
    key.replace(pattern, (letter) => String.fromCharCode(letter.charCodeAt(0) + offset));

/** Folds every locale gets: they only touch letters that have one reading. */
const COMMON: readonly Fold[] = [
  // Turkish and Azerbaijani dotless ı: "SIFIR" lower-cased without a Turkish locale is "sifir".
  fold(/\u0131/g, 'i'),
  // German ß: written "ss" in Switzerland and in capitals (DREISSIG).
  fold(/\u00df/g, 'ss'),
  // Greek final sigma, so that capitals and unfinished words read alike.
  fold(/\u03c2/g, '\u03c3'),
  // Arabic script: hamza left off (NFD splits أ إ آ ؤ ئ into a letter and a mark), ٱ for ا,
  // ى for ي, tatweel and short vowels.
  fold(/[\u0640\u064b-\u065f\u0670]/g, ''),
  fold(/\u0671/g, '\u0627'),
  fold(/\u0649/g, '\u064a'),
  // Urdu gol he (ہ) and do-chashmi he (ھ) typed as the Arabic heh (ه): چه for چھ.
  fold(/[\u06be\u06c1]/g, '\u0647'),
  // Persian and Arabic yeh and kaf, typed with either keyboard.
  fold(/\u064a/g, '\u06cc'),
  fold(/\u0643/g, '\u06a9'),
  // Devanagari: nukta left off; chandrabindu typed as anusvara (पाँच, पांच).
  fold(/\u093c/g, ''),
  fold(/\u0901/g, '\u0902'),
  // Bengali chandrabindu left off (পাচ for পাঁচ).
  fold(/\u0981/g, ''),
  // Chinese and Japanese zero written as the digit-like 〇.
  fold(/\u3007/g, '零'),
];

/** Folds of one language, where the same letters mean something else elsewhere. */
const BY_LANGUAGE: Readonly<Record<string, readonly Fold[]>> = {
  ar: [
    // ة typed as ه; مائة as مئة (in NFD the hamza of ئ is gone, leaving the yeh: مایه, میه).
    fold(/\u0629/g, '\u0647'),
    fold(/\u0645\u0627\u06cc/g, '\u0645\u06cc'),
    // The oblique/nominative endings: اثنين/اثنان, عشرين/عشرون read alike.
    fold(/[\u0627\u0648\u06cc]\u0646(?=$|\s)/g, '\u0646'),
  ],
  // Amharic ሠ typed as ሰ, its homophone, as the spelling reform writes it (አሥር, ሦስት, ሠላሳ).
  am: [moveLetters(/[\u1220-\u1227]/g, 0x10)],
  // Bengali words written without their final ো, as before the Academy's spelling (এগার,
  // পনের, একশ for এগারো, পনেরো, একশো); ো is ে + া in NFD.
  bn: [fold(/\u09c7\u09be(?=\s|$)/g, '')],
  // Umlauts typed as ae, oe, ue (fuenf, zwoelf) once accents are gone (fünf → funf).
  de: [fold(/ae/g, 'a'), fold(/oe/g, 'o'), fold(/ue/g, 'u')],
  // Hausa's hooked ɗ typed as a plain d (dari biyu, daya): keyboards without it.
  ha: [fold(/\u0257/g, 'd')],
  // Katakana typed for hiragana readings (ジュウゴ, じゅうご).
  ja: [
    (key) =>
      key.replace(/[\u30a1-\u30f6]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60)),
  ],
  // Tamil sandhi written joined or apart: நூற்றொன்று as நூற்று ஒன்று (a final u before a vowel
  // merges with it), and நூற்றுப் பத்து as நூற்று பத்து (the doubled consonant before க ச த ப).
  ta: [
    (key) =>
      key
        .replace(/\u0bc1([\u0b95\u0b9a\u0ba4\u0baa])\u0bcd[\s-]*(?=\1)/g, '\u0bc1 ')
        // The vowel sign of ஆ … ஓ is the vowel's code point + 0x38; அ has none.
        .replace(/\u0bc1[\s-]+([\u0b85-\u0b93])/g, (_, vowel: string) =>
          vowel === '\u0b85' ? '' : String.fromCharCode(vowel.charCodeAt(0) + 0x38),
        ),
  ],
};

/**
 * The form in which written numbers are compared: lower case, without Latin
 * or Greek accents, spaces, hyphens, apostrophes or punctuation, and with the
 * typing habits of `locale`'s script folded. Marks of other scripts stay
 * (a Cyrillic й is not an и).
 */
export function wordKey(text: string, locale?: Locale): string {
  let key = text.toLowerCase().normalize('NFD').replace(LATIN_OR_GREEK_WITH_MARKS, '$1');
  for (const habit of COMMON) key = habit(key);
  for (const habit of BY_LANGUAGE[locale?.split('-')[0] ?? ''] ?? []) key = habit(key);
  return key.replace(IGNORED, '').normalize('NFC');
}
