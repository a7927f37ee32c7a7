import type { DigitStyle } from '../types.js';
import type { Locale } from './locales.js';

/**
 * The zero of each supported locale whose numbering system is not Latin: ICU's
 * default for the locale (`١٥` for ar-SA), written here so that no question
 * calls `Intl.NumberFormat`, whose first call loads ICU's data (a third of a
 * cold first `generate`, issue 12). A test checks it against
 * `Intl.NumberFormat` for every locale.
 */
const NATIVE_ZERO: Partial<Record<Locale, number>> = {
  'ar-SA': 0x660,
  'bn-BD': 0x9e6,
  'fa-IR': 0x6f0,
  'mr-IN': 0x966,
};

/**
 * Writes a number in digits: the locale's own numbering system (`١٥` for
 * ar-SA), or ASCII digits.
 */
export function formatDigits(value: number, locale: Locale, style: DigitStyle): string {
  const zero = style === 'locale' ? NATIVE_ZERO[locale] : undefined;
  const ascii = String(value);
  if (zero === undefined) return ascii;
  return ascii.replace(/\d/g, (digit) => String.fromCharCode(zero + Number(digit)));
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;
const ASCII_ZERO = 0x30;
/** The most digits read; any answer longer is wrong anyway. */
const MAX_DIGITS = 7;
/** 1 000, 1,000, 1.000, 1'000: a group separator followed by exactly three digits. */
const GROUPED = /^\d{1,3}(?:[\s,.'\u2019\u066c]\d{3})+$/;

/**
 * The value of one decimal digit of any script, or -1 for any other character.
 * Unicode keeps every script's digits 0..9 in one contiguous run, so the value
 * is the distance from the start of the run, modulo 10.
 */
function digitValue(codePoint: number): number {
  if (codePoint >= ASCII_ZERO && codePoint <= ASCII_ZERO + 9) return codePoint - ASCII_ZERO;
  if (!DECIMAL_DIGIT.test(String.fromCodePoint(codePoint))) return -1;
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (codePoint - start) % 10;
}

/**
 * Reads a whole number written in decimal digits of any Unicode script
 * (ASCII, full-width, Arabic-Indic, Devanagari, …), with optional group
 * separators. `undefined` when the text is anything else.
 */
export function readDigits(text: string): number | undefined {
  let ascii = '';
  for (const char of text) {
    const value = digitValue(char.codePointAt(0) as number);
    ascii += value === -1 ? char : String.fromCharCode(ASCII_ZERO + value);
  }
  const plain = /^\d+$/.test(ascii) ? ascii : GROUPED.test(ascii) ? ascii.replace(/\D/g, '') : '';
  const significant = plain.replace(/^0+(?=\d)/, '');
  if (significant === '' || significant.length > MAX_DIGITS) return undefined;
  return Number(significant);
}
