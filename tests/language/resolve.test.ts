import { describe, expect, it } from 'vitest';
import { locales } from '../../src/language/locales.ts';
import { negotiateLocale, resolveLocale } from '../../src/language/resolve.ts';

describe('resolveLocale', () => {
  it.each([
    ['fr-FR', 'fr-FR'],
    ['fr', 'fr-FR'],
    ['fr-CA', 'fr-FR'],
    ['fr-BE', 'fr-BE'],
    ['FR-be', 'fr-BE'],
    ['de-CH', 'de-DE'],
    ['en', 'en-US'],
    ['en-GB', 'en-GB'],
    ['es-AR', 'es-ES'],
    ['zh', 'zh-Hans-CN'],
    ['zh-TW', 'zh-Hant-TW'],
    ['zh-HK', 'zh-Hant-TW'],
    ['sr', 'sr-Cyrl-RS'],
    ['sr-Latn', 'sr-Latn-RS'],
    ['am', 'am-ET'],
    ['iw', 'he-IL'],
    ['no', 'nb-NO'],
    ['tl', 'fil-PH'],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'], // CLDR's likely region for a bare pt, as for every language
    ['pt-AO', 'pt-PT'],
    ['fr-CH', 'fr-CH'],
    ['fr-LU', 'fr-FR'],
  ])('%s → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it.each(['xx', '', 'klingon', 'x-private', '-', 'fr_FR_x', 'a'.repeat(10_000)])(
    '%j → undefined',
    (tag) => {
      expect(resolveLocale(tag)).toBeUndefined();
    },
  );

  it('resolves every supported tag to itself', () => {
    expect(locales.map((l) => resolveLocale(l))).toEqual([...locales]);
  });
});

describe('negotiateLocale', () => {
  it('takes the best supported tag by q-value', () => {
    expect(negotiateLocale('de-CH,de;q=0.9,en;q=0.8')).toBe('de-DE');
    expect(negotiateLocale('xx, en;q=0.5, es;q=0.9')).toBe('es-ES');
    expect(negotiateLocale('en;q=0.5, es;q=0.5')).toBe('en-US');
  });

  it('skips q=0, unknown tags and the wildcard, then falls back', () => {
    expect(negotiateLocale('en;q=0, *;q=0.5, xx', 'en-GB')).toBe('en-GB');
    expect(negotiateLocale('en;q=0', 'ar')).toBe('ar-SA');
  });

  it('without a fallback, answers undefined when nothing fits: no language is chosen for the site', () => {
    expect(negotiateLocale('en;q=0, *;q=0.5, xx')).toBeUndefined();
    for (const header of [undefined, null, 42, ['en'], '', ';;;,,,', 'q=1']) {
      expect(negotiateLocale(header)).toBeUndefined();
    }
  });

  it('falls back on anything that is not a header', () => {
    for (const header of [undefined, null, 42, ['en'], '', ';;;,,,', 'q=1']) {
      expect(negotiateLocale(header, 'en-GB')).toBe('en-GB');
    }
  });

  it('reads only the first 32 ranges: a supported tag after them is not looked at', () => {
    const fresh = Array.from({ length: 32 }, (_, i) => `x${i.toString(36).padStart(2, 'a')}-zz`);
    expect(negotiateLocale([...fresh, 'de'].join(','), 'en-GB')).toBe('en-GB');
    expect(negotiateLocale([...fresh.slice(1), 'de'].join(','), 'en-GB')).toBe('de-DE');
  });

  it('rules out a range whose q is not a q-value, and takes a range without q as 1', () => {
    expect(negotiateLocale('de;q=high, it;q=0.5', 'en-GB')).toBe('it-IT');
    expect(negotiateLocale('de;q=2, it', 'en-GB')).toBe('it-IT');
    expect(negotiateLocale('de, it;q=0.9', 'en-GB')).toBe('de-DE');
  });

  it('reads a huge header in bounded time and falls back', () => {
    expect(negotiateLocale('xx;q=0.1,'.repeat(100_000))).toBeUndefined();
    expect(negotiateLocale('xx;q=0.1,'.repeat(100_000), 'en-GB')).toBe('en-GB');
  });

  it('refuses an unsupported fallback with a RangeError', () => {
    expect(() => negotiateLocale('en', 'xx')).toThrow(RangeError);
  });
});
