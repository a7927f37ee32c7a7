/**
 * The supported locales: every locale n2words 4 spells, and Brazilian
 * Portuguese and Swiss French, each loaded on first use through its own
 * literal `import()` so that bundlers split them.
 *
 * The order of this table is part of token format v1 (a token records its
 * locale by position): new locales are appended, never inserted or removed.
 */

/**
 * n2words' `toCardinal` of one locale: the only part of its module calcha uses.
 * Each loader destructures it inside `.then(({ toCardinal }) => …)`, the form
 * Rollup and Rolldown (Vite) read to drop the module's other exports.
 */
export type Cardinal = (value: number, options?: Record<string, unknown>) => string;

/**
 * Types a table of loaders by its tags alone, so that the declarations calcha
 * publishes do not name n2words' modules: the build bundles n2words into
 * calcha's own files, and a site installs no n2words to type-check.
 */
function cardinalLoaders<const Tag extends string>(
  table: Record<Tag, () => Promise<unknown>>,
): Readonly<Record<Tag, () => Promise<Cardinal>>> {
  return table as Record<Tag, () => Promise<Cardinal>>;
}

const loaders = cardinalLoaders({
  'am-ET': () => import('n2words/am-ET').then(({ toCardinal }) => toCardinal),
  'am-Latn-ET': () => import('n2words/am-Latn-ET').then(({ toCardinal }) => toCardinal),
  'ar-SA': () => import('n2words/ar-SA').then(({ toCardinal }) => toCardinal),
  'az-AZ': () => import('n2words/az-AZ').then(({ toCardinal }) => toCardinal),
  'bn-BD': () => import('n2words/bn-BD').then(({ toCardinal }) => toCardinal),
  'cs-CZ': () => import('n2words/cs-CZ').then(({ toCardinal }) => toCardinal),
  'da-DK': () => import('n2words/da-DK').then(({ toCardinal }) => toCardinal),
  'de-DE': () => import('n2words/de-DE').then(({ toCardinal }) => toCardinal),
  'el-GR': () => import('n2words/el-GR').then(({ toCardinal }) => toCardinal),
  'en-AU': () => import('n2words/en-AU').then(({ toCardinal }) => toCardinal),
  'en-BD': () => import('n2words/en-BD').then(({ toCardinal }) => toCardinal),
  'en-CA': () => import('n2words/en-CA').then(({ toCardinal }) => toCardinal),
  'en-GB': () => import('n2words/en-GB').then(({ toCardinal }) => toCardinal),
  'en-GH': () => import('n2words/en-GH').then(({ toCardinal }) => toCardinal),
  'en-IE': () => import('n2words/en-IE').then(({ toCardinal }) => toCardinal),
  'en-IN': () => import('n2words/en-IN').then(({ toCardinal }) => toCardinal),
  'en-KE': () => import('n2words/en-KE').then(({ toCardinal }) => toCardinal),
  'en-MY': () => import('n2words/en-MY').then(({ toCardinal }) => toCardinal),
  'en-NG': () => import('n2words/en-NG').then(({ toCardinal }) => toCardinal),
  'en-NZ': () => import('n2words/en-NZ').then(({ toCardinal }) => toCardinal),
  'en-PH': () => import('n2words/en-PH').then(({ toCardinal }) => toCardinal),
  'en-PK': () => import('n2words/en-PK').then(({ toCardinal }) => toCardinal),
  'en-SG': () => import('n2words/en-SG').then(({ toCardinal }) => toCardinal),
  'en-US': () => import('n2words/en-US').then(({ toCardinal }) => toCardinal),
  'en-ZA': () => import('n2words/en-ZA').then(({ toCardinal }) => toCardinal),
  'es-ES': () => import('n2words/es-ES').then(({ toCardinal }) => toCardinal),
  'es-MX': () => import('n2words/es-MX').then(({ toCardinal }) => toCardinal),
  'es-US': () => import('n2words/es-US').then(({ toCardinal }) => toCardinal),
  'fa-IR': () => import('n2words/fa-IR').then(({ toCardinal }) => toCardinal),
  'fi-FI': () => import('n2words/fi-FI').then(({ toCardinal }) => toCardinal),
  'fil-PH': () => import('n2words/fil-PH').then(({ toCardinal }) => toCardinal),
  'fr-BE': () => import('n2words/fr-BE').then(({ toCardinal }) => toCardinal),
  'fr-FR': () => import('n2words/fr-FR').then(({ toCardinal }) => toCardinal),
  'gu-IN': () => import('n2words/gu-IN').then(({ toCardinal }) => toCardinal),
  'ha-NG': () => import('n2words/ha-NG').then(({ toCardinal }) => toCardinal),
  'hbo-IL': () => import('n2words/hbo-IL').then(({ toCardinal }) => toCardinal),
  'he-IL': () => import('n2words/he-IL').then(({ toCardinal }) => toCardinal),
  'hi-IN': () => import('n2words/hi-IN').then(({ toCardinal }) => toCardinal),
  'hr-HR': () => import('n2words/hr-HR').then(({ toCardinal }) => toCardinal),
  'hu-HU': () => import('n2words/hu-HU').then(({ toCardinal }) => toCardinal),
  'id-ID': () => import('n2words/id-ID').then(({ toCardinal }) => toCardinal),
  'it-IT': () => import('n2words/it-IT').then(({ toCardinal }) => toCardinal),
  'ja-JP': () => import('n2words/ja-JP').then(({ toCardinal }) => toCardinal),
  'ka-GE': () => import('n2words/ka-GE').then(({ toCardinal }) => toCardinal),
  'kn-IN': () => import('n2words/kn-IN').then(({ toCardinal }) => toCardinal),
  'ko-KR': () => import('n2words/ko-KR').then(({ toCardinal }) => toCardinal),
  'lt-LT': () => import('n2words/lt-LT').then(({ toCardinal }) => toCardinal),
  'lv-LV': () => import('n2words/lv-LV').then(({ toCardinal }) => toCardinal),
  'mr-IN': () => import('n2words/mr-IN').then(({ toCardinal }) => toCardinal),
  'ms-MY': () => import('n2words/ms-MY').then(({ toCardinal }) => toCardinal),
  'nb-NO': () => import('n2words/nb-NO').then(({ toCardinal }) => toCardinal),
  'nl-NL': () => import('n2words/nl-NL').then(({ toCardinal }) => toCardinal),
  'pa-IN': () => import('n2words/pa-IN').then(({ toCardinal }) => toCardinal),
  'pl-PL': () => import('n2words/pl-PL').then(({ toCardinal }) => toCardinal),
  'pt-PT': () => import('n2words/pt-PT').then(({ toCardinal }) => toCardinal),
  'ro-RO': () => import('n2words/ro-RO').then(({ toCardinal }) => toCardinal),
  'ru-RU': () => import('n2words/ru-RU').then(({ toCardinal }) => toCardinal),
  'sr-Cyrl-RS': () => import('n2words/sr-Cyrl-RS').then(({ toCardinal }) => toCardinal),
  'sr-Latn-RS': () => import('n2words/sr-Latn-RS').then(({ toCardinal }) => toCardinal),
  'sv-SE': () => import('n2words/sv-SE').then(({ toCardinal }) => toCardinal),
  'sw-KE': () => import('n2words/sw-KE').then(({ toCardinal }) => toCardinal),
  'ta-IN': () => import('n2words/ta-IN').then(({ toCardinal }) => toCardinal),
  'te-IN': () => import('n2words/te-IN').then(({ toCardinal }) => toCardinal),
  'th-TH': () => import('n2words/th-TH').then(({ toCardinal }) => toCardinal),
  'tr-TR': () => import('n2words/tr-TR').then(({ toCardinal }) => toCardinal),
  'uk-UA': () => import('n2words/uk-UA').then(({ toCardinal }) => toCardinal),
  'ur-PK': () => import('n2words/ur-PK').then(({ toCardinal }) => toCardinal),
  'vi-VN': () => import('n2words/vi-VN').then(({ toCardinal }) => toCardinal),
  'yo-NG': () => import('n2words/yo-NG').then(({ toCardinal }) => toCardinal),
  'zh-Hans-CN': () => import('n2words/zh-Hans-CN').then(({ toCardinal }) => toCardinal),
  'zh-Hant-TW': () => import('n2words/zh-Hant-TW').then(({ toCardinal }) => toCardinal),
  // Appended in 0.2.0. n2words has neither: Brazilian spelling comes from CLDR data over
  // n2words' Portuguese, Swiss French from its Belgian French (spelling.ts).
  'pt-BR': () => import('n2words/pt-PT').then(({ toCardinal }) => toCardinal),
  'fr-CH': () => import('n2words/fr-FR').then(({ toCardinal }) => toCardinal),
});

/** A BCP 47 tag of a supported locale, such as `'fr-FR'` or `'zh-Hans-CN'`. */
export type Locale = keyof typeof loaders;

/**
 * Every supported locale tag (73 of them).
 *
 * @example
 * ```ts
 * import { locales } from 'calcha';
 * locales.includes('fr-FR'); // true
 * ```
 */
export const locales: readonly Locale[] = Object.freeze(Object.keys(loaders) as Locale[]);

/** Loads n2words' `toCardinal` for a locale. */
export function loadCardinal(locale: Locale): Promise<Cardinal> {
  return loaders[locale]();
}

/** The locale's position in {@link locales}, as recorded in a token. */
export function localeId(locale: Locale): number {
  return locales.indexOf(locale);
}

/** The locale at a position recorded in a token, or `undefined`. */
export function localeFromId(id: number): Locale | undefined {
  return locales[id];
}
