import { describe, expect, it } from 'vitest';
import { type Challenge, HONEYPOT_CSS, renderHtml } from '../../src/index.ts';
import { MAX_ANSWER_LENGTH } from '../../src/language/answer.ts';

const challenge: Challenge = {
  question: '15 − quatorze =',
  token: 'AfUgAAQw4jQAAAQw4npQAAECAwQFBgcICQoLDA0OD6ye4F4wap6cVRT2RFKtBAlGcqRoUJn3s5Qcui2Nvcuw',
  locale: 'fr-FR',
  dir: 'ltr',
  expiresAt: Date.now() + 60_000,
};

describe('renderHtml', () => {
  it('renders a label tied to the answer, the question with lang and dir, the token and a honeypot', () => {
    const html = renderHtml(challenge, { labelBefore: 'Question anti-spam :' });
    expect(html).toBe(
      '<div class="calcha">' +
        '<label for="calcha-answer">Question anti-spam : <span class="calcha-question" lang="fr-FR" dir="ltr">15 − quatorze =</span></label> ' +
        '<input id="calcha-answer" class="calcha-answer" name="calcha_answer" type="text" dir="ltr" required maxlength="64" autocomplete="off" autocapitalize="off" spellcheck="false">' +
        `<input type="hidden" class="calcha-token" name="calcha_token" value="${challenge.token}">` +
        '<div class="calcha-hp" aria-hidden="true"><label for="calcha-hp">Laissez ce champ vide</label>' +
        '<input id="calcha-hp" name="calcha_website" type="text" value="" tabindex="-1" autocomplete="off"></div>' +
        '</div>',
    );
  });

  it('escapes every value it writes', () => {
    const html = renderHtml(
      { ...challenge, question: '<script>alert(1)</script>', locale: 'x"y' as Challenge['locale'] },
      {
        idPrefix: '"><img src=x>',
        labelBefore: '<b>',
        labelAfter: "'&",
        endpoint: '/c?a=1&b="2"',
        fields: { answer: '"a', token: '<t>', honeypot: "'h" },
      },
    );
    expect(html).not.toMatch(/<script|<img|<b>|="[^"]*"[^ >]*"/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-calcha-src="/c?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('name="&#39;h"');
  });

  it('has no inline script or style, and the honeypot is hidden by a class, not type=hidden', () => {
    const html = renderHtml(challenge);
    expect(html).not.toMatch(/<script|style=|on[a-z]+=/i);
    expect(html).toMatch(
      /<div class="calcha-hp" aria-hidden="true">.*name="calcha_website" type="text"/,
    );
    expect(HONEYPOT_CSS).toMatch(/^\.calcha-hp\{position:absolute;left:-10000px/);
  });

  it('renders rtl questions with dir="rtl"', () => {
    const html = renderHtml({
      ...challenge,
      question: '١٥ − أربعة عشر =',
      locale: 'ar-SA',
      dir: 'rtl',
    });
    expect(html).toContain(
      '<span class="calcha-question" lang="ar-SA" dir="rtl">١٥ − أربعة عشر =</span>',
    );
  });

  it('for cached pages: an empty fragment with the endpoint for the browser module', () => {
    expect(renderHtml(null, { endpoint: '/calcha/challenge' })).toBe(
      '<div class="calcha" data-calcha-src="/calcha/challenge">' +
        '<label for="calcha-answer"><span class="calcha-question" dir="auto">…</span></label> ' +
        '<input id="calcha-answer" class="calcha-answer" name="calcha_answer" type="text" dir="auto" required maxlength="64" autocomplete="off" autocapitalize="off" spellcheck="false">' +
        '<input type="hidden" class="calcha-token" name="calcha_token" value="">' +
        '<div class="calcha-hp" aria-hidden="true"><label for="calcha-hp">Leave this field empty</label>' +
        '<input id="calcha-hp" name="calcha_website" type="text" value="" tabindex="-1" autocomplete="off"></div>' +
        '</div>',
    );
  });

  it('without a challenge nor an endpoint, throws ERR_CALCHA_OPTION', () => {
    expect(() => renderHtml(null)).toThrow(
      expect.objectContaining({ name: 'TypeError', code: 'ERR_CALCHA_OPTION' }),
    );
    expect(() => renderHtml(null)).toThrow(/endpoint/);
  });

  it("with both a challenge and an endpoint, says when to refresh, by the captcha's clock", () => {
    const now = challenge.expiresAt - 42_000;
    expect(renderHtml(challenge, { endpoint: '/c', now })).toContain(
      'data-calcha-expires-in="42000"',
    );
    expect(renderHtml(challenge, { endpoint: '/c', now: challenge.expiresAt + 1 })).toContain(
      'data-calcha-expires-in="0"',
    );
  });

  it('limits the answer input to the longest answer verify reads', () => {
    expect(renderHtml(challenge)).toContain(`maxlength="${MAX_ANSWER_LENGTH}"`);
  });

  it('leaves the honeypot out when its field is false', () => {
    const html = renderHtml(challenge, { fields: { honeypot: false } });
    expect(html).not.toContain('calcha-hp');
    expect(html).toMatch(/ value="[^"]*"><\/div>$/);
  });

  it("writes only 'ltr' or 'rtl' as the direction; anything else is 'auto'", () => {
    for (const dir of ['"><script>alert(1)</script>', 'RTL', 'ttb', '', undefined, 7, null]) {
      const html = renderHtml({ ...challenge, dir: dir as never });
      expect(html, String(dir)).toContain('lang="fr-FR" dir="auto">');
      expect(html, String(dir)).toContain('type="text" dir="auto" required');
      expect(html).not.toContain('<script');
    }
    expect(renderHtml({ ...challenge, dir: 'rtl' })).toContain('type="text" dir="rtl" required');
    expect(renderHtml(null, { endpoint: '/c' })).toContain('dir="auto"');
  });

  it("labels the honeypot in the question's language by default, or as told", () => {
    const label = (html: string) => /<label for="calcha-hp">([^<]*)<\/label>/.exec(html)?.[1];
    expect(label(renderHtml(challenge))).toBe('Laissez ce champ vide');
    expect(label(renderHtml({ ...challenge, locale: 'de-DE' }))).toBe('Dieses Feld leer lassen');
    expect(label(renderHtml({ ...challenge, locale: 'zh-Hant-TW' }))).toBe('請將此欄位留空');
    expect(label(renderHtml({ ...challenge, locale: 'sv-SE' }))).toBe('Leave this field empty');
    expect(label(renderHtml(null, { endpoint: '/c' }))).toBe('Leave this field empty');
    expect(label(renderHtml(challenge, { honeypotLabel: 'Leave this field empty' }))).toBe(
      'Leave this field empty',
    );
  });

  it('renders a challenge read back from JSON with fields of the wrong type, without throwing', () => {
    const odd = {
      question: 42,
      token: { toString: () => '<x>' },
      locale: ['fr-FR'],
      dir: 'ltr',
      expiresAt: 'soon',
    } as unknown as Challenge;
    const html = renderHtml(odd, { endpoint: '/c', now: 0 });
    expect(html).toContain('<span class="calcha-question" lang="" dir="ltr">…</span>');
    expect(html).toContain('class="calcha-token" name="calcha_token" value=""');
    expect(html).toContain('data-calcha-expires-in="0"');
    expect(renderHtml({ ...challenge, expiresAt: 1.5 }, { endpoint: '/c', now: 0 })).toContain(
      'data-calcha-expires-in="2"',
    );
    expect(renderHtml({ ...challenge, expiresAt: 1e21 }, { endpoint: '/c', now: 0 })).toContain(
      `data-calcha-expires-in="${Number.MAX_SAFE_INTEGER}"`,
    );
  });

  it('writes the text after the question inside the label, escaped', () => {
    expect(renderHtml(challenge, { labelAfter: '(en chiffres & lettres)' })).toContain(
      '15 − quatorze =</span> (en chiffres &amp; lettres)</label>',
    );
  });
});
