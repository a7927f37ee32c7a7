import { calchaError } from '../errors.js';
import { type Locale, locales } from './locales.js';

/** Where a language has several supported regions, the one a bare language tag picks. */
const LANGUAGE_DEFAULTS: Readonly<Record<string, Locale>> = {
  en: 'en-US',
  es: 'es-ES',
  fr: 'fr-FR',
};

/** Language subtags that Intl does not fold into a supported one. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  no: 'nb',
  nn: 'nb',
};

/** The longest Accept-Language header read; the rest is ignored. */
const MAX_ACCEPT_LANGUAGE_LENGTH = 4096;
/**
 * The most ranges read from it: browsers send a handful, and each unknown tag
 * costs a look-up, so a header of thousands of fresh tags costs no more than this.
 */
const MAX_ACCEPT_LANGUAGE_RANGES = 32;
/** A q-value as RFC 9110 writes it: 0 to 1, at most three decimals. */
const Q_VALUE = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i;

interface Subtags {
  language: string;
  script: string;
  region: string;
}

function subtagsOf(tag: string): Subtags | undefined {
  try {
    const maximized = new Intl.Locale(tag).maximize();
    const language = LANGUAGE_ALIASES[maximized.language] ?? maximized.language;
    return { language, script: maximized.script ?? '', region: maximized.region ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * Every supported locale's subtags, computed on the first tag that is not a
 * supported one as written: `Intl.Locale#maximize` over 71 locales took 8–12 ms
 * of `import('calcha')` when it ran at module load (issue 12).
 */
let supported: Array<Subtags & { locale: Locale }> | undefined;
const supportedSubtags = () => {
  supported ??= locales.map((locale) => ({ locale, ...(subtagsOf(locale) as Subtags) }));
  return supported;
};
const byLowerCaseTag = new Map<string, Locale>(locales.map((l) => [l.toLowerCase(), l]));
const resolved = new Map<string, Locale | undefined>();

/**
 * Maps a BCP 47 tag to the supported locale that fits it best, or `undefined`.
 * The same language and script are required; the region is matched when it can
 * be, else the language's usual locale is taken (`'fr-CA'` → `'fr-FR'`).
 *
 * @example
 * ```ts
 * import { resolveLocale } from 'calcha';
 * resolveLocale('fr');    // 'fr-FR'
 * resolveLocale('de-CH'); // 'de-DE'
 * resolveLocale('zh-HK'); // 'zh-Hant-TW'
 * resolveLocale('xx');    // undefined
 * ```
 */
export function resolveLocale(tag: string): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const key = tag.trim().toLowerCase();
  const exact = byLowerCaseTag.get(key);
  if (exact !== undefined) return exact;
  if (resolved.has(key)) return resolved.get(key);
  const wanted = key.length <= 64 ? subtagsOf(key) : undefined;
  let match: Locale | undefined;
  if (wanted !== undefined) {
    const candidates = supportedSubtags().filter(
      (s) => s.language === wanted.language && s.script === wanted.script,
    );
    match =
      candidates.find((s) => s.region === wanted.region)?.locale ??
      candidates.find((s) => s.locale === LANGUAGE_DEFAULTS[wanted.language])?.locale ??
      candidates[0]?.locale;
  }
  // Remember only well-formed tags, so hostile input cannot grow the cache.
  if (wanted !== undefined && resolved.size < 1024) resolved.set(key, match);
  return match;
}

/**
 * Picks the best supported locale for an HTTP `Accept-Language` header,
 * honouring q-values (`q=0` excludes a tag); `undefined` when none fits, so
 * the site chooses what a reader who sends no known language sees (give a
 * `fallback` to get a locale in every case).
 *
 * @param acceptLanguage - The header value; anything else fits no locale.
 *
 * @example
 * ```ts
 * import { negotiateLocale } from 'calcha';
 * negotiateLocale('de-CH,de;q=0.9,en;q=0.8'); // 'de-DE'
 * negotiateLocale('xx, tlh;q=0.5');           // undefined
 * negotiateLocale(undefined) ?? 'en-GB';      // 'en-GB'
 * ```
 */
export function negotiateLocale(acceptLanguage: unknown): Locale | undefined;
/**
 * Picks the best supported locale for an HTTP `Accept-Language` header,
 * honouring q-values (`q=0` excludes a tag); `fallback` when none fits, as a
 * site in English gives `'en-GB'` or `'en-US'`.
 *
 * @param acceptLanguage - The header value; anything else yields the fallback.
 * @param fallback - A supported tag (resolved with {@link resolveLocale}).
 * @throws RangeError when `fallback` is not a supported locale.
 *
 * @example
 * ```ts
 * import { negotiateLocale } from 'calcha';
 * negotiateLocale('de-CH,de;q=0.9,en;q=0.8', 'en-GB'); // 'de-DE'
 * negotiateLocale('xx, tlh;q=0.5', 'en-GB');           // 'en-GB'
 * ```
 */
export function negotiateLocale(acceptLanguage: unknown, fallback: string): Locale;
export function negotiateLocale(acceptLanguage: unknown, fallback?: string): Locale | undefined {
  const fallbackLocale = fallback === undefined ? undefined : resolveLocale(fallback);
  if (fallback !== undefined && fallbackLocale === undefined) {
    throw calchaError(
      RangeError,
      'ERR_CALCHA_LOCALE',
      `negotiateLocale fallback ${JSON.stringify(fallback)} is not a supported locale; pick one of \`locales\`.`,
    );
  }
  if (typeof acceptLanguage !== 'string') return fallbackLocale;
  const ranges = acceptLanguage
    .slice(0, MAX_ACCEPT_LANGUAGE_LENGTH)
    .split(',', MAX_ACCEPT_LANGUAGE_RANGES)
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      // No q is 1; a q that is not a q-value (q=high, q=2) rules the range out.
      const qParam = params.find((p) => /^\s*q\s*=/i.test(p));
      const q = qParam === undefined ? 1 : Number(Q_VALUE.exec(qParam)?.[1] ?? 0);
      return { tag: tag.trim(), q, index };
    })
    .filter((r) => r.q > 0 && r.tag !== '' && r.tag !== '*')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const locale = resolveLocale(range.tag);
    if (locale !== undefined) return locale;
  }
  return fallbackLocale;
}
