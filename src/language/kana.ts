/**
 * The hiragana readings of the Japanese numbers 0..1000, which readers type
 * with a kana keyboard (じゅうご for 十五) and no speller writes. Every reading
 * in use is given (よん and し for 4, なな and しち for 7, きゅう and く for 9),
 * with the sound changes of the hundreds (さんびゃく, ろっぴゃく, はっぴゃく).
 * Katakana readings are folded into these (folding.ts).
 */

/** The readings of 0..9 on their own, and as the last digit of a number. */
const DIGITS: readonly (readonly string[])[] = [
  ['れい', 'ぜろ'],
  ['いち'],
  ['に'],
  ['さん'],
  ['よん', 'し'],
  ['ご'],
  ['ろく'],
  ['なな', 'しち'],
  ['はち'],
  ['きゅう', 'く'],
];
/** 10, 20, … 90. */
const TENS: readonly (readonly string[])[] = [
  [''],
  ['じゅう'],
  ['にじゅう'],
  ['さんじゅう'],
  ['よんじゅう'],
  ['ごじゅう'],
  ['ろくじゅう'],
  ['ななじゅう', 'しちじゅう'],
  ['はちじゅう'],
  ['きゅうじゅう'],
];
/** 100, 200, … 900. */
const HUNDREDS: readonly (readonly string[])[] = [
  [''],
  ['ひゃく'],
  ['にひゃく'],
  ['さんびゃく'],
  ['よんひゃく'],
  ['ごひゃく'],
  ['ろっぴゃく'],
  ['ななひゃく'],
  ['はっぴゃく'],
  ['きゅうひゃく'],
];

/** Every hiragana reading of a number in 0..1000. */
export function kanaReadings(value: number): string[] {
  if (value === 0) return [...(DIGITS[0] as string[])];
  if (value === 1000) return ['せん', 'いっせん'];
  const hundreds = HUNDREDS[Math.floor(value / 100)] as string[];
  const tens = TENS[Math.floor(value / 10) % 10] as string[];
  const units = value % 10 === 0 ? [''] : (DIGITS[value % 10] as string[]);
  return hundreds.flatMap((h) => tens.flatMap((t) => units.map((u) => `${h}${t}${u}`)));
}
