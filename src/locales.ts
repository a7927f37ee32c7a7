/**
 * The supported locales: every locale n2words 4 spells, each loaded on first
 * use through its own literal `import()` so that bundlers split them.
 *
 * The order of this table is part of token format v1 (a token records its
 * locale by position): new locales are appended, never inserted or removed.
 */

/** The part of an n2words locale module that calcha uses. */
export interface CardinalModule {
  toCardinal(value: number, options?: Record<string, unknown>): string;
}

const loaders = {
  'am-ET': () => import('n2words/am-ET'),
  'am-Latn-ET': () => import('n2words/am-Latn-ET'),
  'ar-SA': () => import('n2words/ar-SA'),
  'az-AZ': () => import('n2words/az-AZ'),
  'bn-BD': () => import('n2words/bn-BD'),
  'cs-CZ': () => import('n2words/cs-CZ'),
  'da-DK': () => import('n2words/da-DK'),
  'de-DE': () => import('n2words/de-DE'),
  'el-GR': () => import('n2words/el-GR'),
  'en-AU': () => import('n2words/en-AU'),
  'en-BD': () => import('n2words/en-BD'),
  'en-CA': () => import('n2words/en-CA'),
  'en-GB': () => import('n2words/en-GB'),
  'en-GH': () => import('n2words/en-GH'),
  'en-IE': () => import('n2words/en-IE'),
  'en-IN': () => import('n2words/en-IN'),
  'en-KE': () => import('n2words/en-KE'),
  'en-MY': () => import('n2words/en-MY'),
  'en-NG': () => import('n2words/en-NG'),
  'en-NZ': () => import('n2words/en-NZ'),
  'en-PH': () => import('n2words/en-PH'),
  'en-PK': () => import('n2words/en-PK'),
  'en-SG': () => import('n2words/en-SG'),
  'en-US': () => import('n2words/en-US'),
  'en-ZA': () => import('n2words/en-ZA'),
  'es-ES': () => import('n2words/es-ES'),
  'es-MX': () => import('n2words/es-MX'),
  'es-US': () => import('n2words/es-US'),
  'fa-IR': () => import('n2words/fa-IR'),
  'fi-FI': () => import('n2words/fi-FI'),
  'fil-PH': () => import('n2words/fil-PH'),
  'fr-BE': () => import('n2words/fr-BE'),
  'fr-FR': () => import('n2words/fr-FR'),
  'gu-IN': () => import('n2words/gu-IN'),
  'ha-NG': () => import('n2words/ha-NG'),
  'hbo-IL': () => import('n2words/hbo-IL'),
  'he-IL': () => import('n2words/he-IL'),
  'hi-IN': () => import('n2words/hi-IN'),
  'hr-HR': () => import('n2words/hr-HR'),
  'hu-HU': () => import('n2words/hu-HU'),
  'id-ID': () => import('n2words/id-ID'),
  'it-IT': () => import('n2words/it-IT'),
  'ja-JP': () => import('n2words/ja-JP'),
  'ka-GE': () => import('n2words/ka-GE'),
  'kn-IN': () => import('n2words/kn-IN'),
  'ko-KR': () => import('n2words/ko-KR'),
  'lt-LT': () => import('n2words/lt-LT'),
  'lv-LV': () => import('n2words/lv-LV'),
  'mr-IN': () => import('n2words/mr-IN'),
  'ms-MY': () => import('n2words/ms-MY'),
  'nb-NO': () => import('n2words/nb-NO'),
  'nl-NL': () => import('n2words/nl-NL'),
  'pa-IN': () => import('n2words/pa-IN'),
  'pl-PL': () => import('n2words/pl-PL'),
  'pt-PT': () => import('n2words/pt-PT'),
  'ro-RO': () => import('n2words/ro-RO'),
  'ru-RU': () => import('n2words/ru-RU'),
  'sr-Cyrl-RS': () => import('n2words/sr-Cyrl-RS'),
  'sr-Latn-RS': () => import('n2words/sr-Latn-RS'),
  'sv-SE': () => import('n2words/sv-SE'),
  'sw-KE': () => import('n2words/sw-KE'),
  'ta-IN': () => import('n2words/ta-IN'),
  'te-IN': () => import('n2words/te-IN'),
  'th-TH': () => import('n2words/th-TH'),
  'tr-TR': () => import('n2words/tr-TR'),
  'uk-UA': () => import('n2words/uk-UA'),
  'ur-PK': () => import('n2words/ur-PK'),
  'vi-VN': () => import('n2words/vi-VN'),
  'yo-NG': () => import('n2words/yo-NG'),
  'zh-Hans-CN': () => import('n2words/zh-Hans-CN'),
  'zh-Hant-TW': () => import('n2words/zh-Hant-TW'),
} as const;

/** A BCP 47 tag of a supported locale, such as `'fr-FR'` or `'zh-Hans-CN'`. */
export type Locale = keyof typeof loaders;

/**
 * Every supported locale tag (71 of them).
 *
 * @example
 * ```ts
 * import { locales } from 'calcha';
 * locales.includes('fr-FR'); // true
 * ```
 */
export const locales: readonly Locale[] = Object.freeze(Object.keys(loaders) as Locale[]);

/** Loads the n2words module of a locale. */
export function loadCardinalModule(locale: Locale): Promise<CardinalModule> {
  return loaders[locale]() as Promise<CardinalModule>;
}

/** The locale's position in {@link locales}, as recorded in a token. */
export function localeId(locale: Locale): number {
  return locales.indexOf(locale);
}

/** The locale at a position recorded in a token, or `undefined`. */
export function localeFromId(id: number): Locale | undefined {
  return locales[id];
}
