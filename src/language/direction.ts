import type { Locale } from './locales.js';

/** Scripts written right to left, by ISO 15924 code. */
const RTL_SCRIPTS = new Set([
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Samr',
  'Mand',
]);

const directions = new Map<Locale, 'ltr' | 'rtl'>();

/**
 * The writing direction of a supported locale, from its script (Arabic,
 * Hebrew, …), worked out on first use. Not `Intl.Locale#textInfo`, which is
 * not in every runtime and calls Biblical Hebrew (`hbo`) left to right.
 */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  let direction = directions.get(locale);
  if (direction === undefined) {
    const script = new Intl.Locale(locale).maximize().script ?? '';
    direction = RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    directions.set(locale, direction);
  }
  return direction;
}
