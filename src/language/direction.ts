import type { Locale } from './locales.js';

/**
 * The supported locales written right to left: those in the Arabic or Hebrew
 * script. A table rather than `Intl.Locale#maximize`, whose first call loads
 * ICU's data (issue 12); a test checks it against each locale's script. Not
 * `Intl.Locale#textInfo` either, which is not in every runtime and calls
 * Biblical Hebrew (`hbo`) left to right.
 */
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set<Locale>([
  'ar-SA',
  'fa-IR',
  'hbo-IL',
  'he-IL',
  'ur-PK',
]);

/** The writing direction of a supported locale. */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}
