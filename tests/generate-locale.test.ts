/**
 * generate({ acceptLanguage }): the reader's language when calcha speaks it, the captcha's own
 * locale otherwise (issue 11: a site in English must not show French to readers who send no
 * Accept-Language). Beside tests/captcha.test.ts so that file's rewrite cannot lose it.
 */
import { describe, expect, it } from 'vitest';
import { createCaptcha } from '../src/index.ts';
import { fixedClock, SECRET, solveQuestion } from './helpers.ts';

const english = () => createCaptcha({ secret: SECRET, locale: 'en-GB' });

describe('generate({ acceptLanguage })', () => {
  it("falls back to the captcha's own locale when the header is missing, empty or names nothing calcha speaks", async () => {
    const captcha = english();
    for (const acceptLanguage of [undefined, '', 'xx, tlh;q=0.5', '*', 'de;q=0']) {
      const challenge = await captcha.generate({ acceptLanguage });
      expect(challenge.locale, String(acceptLanguage)).toBe('en-GB');
      expect(challenge.dir).toBe('ltr');
    }
    expect((await captcha.generate()).locale).toBe('en-GB');
    expect((await captcha.generate({ acceptLanguage: ['de'] as never })).locale).toBe('en-GB');
  });

  it("follows the reader's header, by q-value", async () => {
    const captcha = english();
    expect((await captcha.generate({ acceptLanguage: 'de-CH,de;q=0.9,en;q=0.8' })).locale).toBe(
      'de-DE',
    );
    expect((await captcha.generate({ acceptLanguage: 'en-US;q=0.5, ar;q=0.9' })).locale).toBe(
      'ar-SA',
    );
    expect((await captcha.generate({ acceptLanguage: 'ar' })).dir).toBe('rtl');
  });

  it("keeps the library's default, fr-FR, for a captcha without a locale", async () => {
    const captcha = createCaptcha({ secret: SECRET });
    expect((await captcha.generate({ acceptLanguage: undefined })).locale).toBe('fr-FR');
    expect((await captcha.generate({ acceptLanguage: 'ja' })).locale).toBe('ja-JP');
  });

  it('lets an explicit locale win over the header', async () => {
    const captcha = english();
    const challenge = await captcha.generate({ locale: 'it', acceptLanguage: 'de-DE' });
    expect(challenge.locale).toBe('it-IT');
  });

  it("verifies an answer in words in the negotiated locale's language", async () => {
    const clock = fixedClock();
    const captcha = createCaptcha({ secret: SECRET, locale: 'en-GB', now: clock.now });
    const challenge = await captcha.generate({ acceptLanguage: 'nl-BE,nl;q=0.9' });
    expect(challenge.locale).toBe('nl-NL');
    const answer = await solveQuestion(challenge.locale, challenge.question);
    clock.advance(5_000);
    expect(await captcha.verify(challenge.token, String(answer))).toEqual({ ok: true });
  });
});
