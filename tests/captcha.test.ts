import { describe, expect, it } from 'vitest';
import { type CaptchaOptions, createCaptcha, locales, type ReplayStore } from '../src/index.ts';
import { formatDigits } from '../src/language/digits.ts';
import { loadSpeller } from '../src/language/spelling.ts';
import {
  fixedClock,
  OTHER_SECRET,
  questionParts as parts,
  SECRET,
  SYMBOLS,
  solvableCaptcha,
  solveQuestion as solveAny,
} from './helpers.ts';

const SCOPE = 'comment-form:post-42';

/** A solvable captcha whose challenges default to this file's scope. */
function setup(options: Partial<CaptchaOptions> = {}) {
  const { challenge, ...rest } = solvableCaptcha(options);
  return { ...rest, challenge: (scope = SCOPE) => challenge(scope) };
}

describe('verify: each reason, by value', () => {
  it('accepts the right answer after minSolveTime', async () => {
    const { clock, captcha, challenge } = setup();
    const c = await challenge();
    clock.advance(2_000);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
  });

  it('malformed: not a token', async () => {
    const { captcha } = setup();
    expect(await captcha.verify('hello', '3')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('bad-signature: signed with another secret', async () => {
    const { clock, challenge } = setup({ secret: OTHER_SECRET });
    const c = await challenge();
    clock.advance(5_000);
    const { captcha } = setup({ now: clock.now });
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('bad-signature: another scope, or none', async () => {
    const { clock, captcha, challenge } = setup();
    const c = await challenge();
    clock.advance(5_000);
    expect(await captcha.verify(c.token, c.answer, { scope: 'comment-form:post-43' })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(await captcha.verify(c.token, c.answer)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
  });

  it('too-soon: faster than minSolveTime, and the token stays usable', async () => {
    const { clock, captcha, challenge } = setup();
    const c = await challenge();
    clock.advance(1_900);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'too-soon',
    });
    clock.advance(100);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
  });

  it('minSolveTime 0 accepts at once', async () => {
    const { captcha, challenge } = setup({ minSolveTime: 0 });
    const c = await challenge();
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
  });

  it('replayed: a solved token is accepted once', async () => {
    const { clock, captcha, challenge } = setup();
    const c = await challenge();
    clock.advance(3_000);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('wrong-answer burns the token: one guess per token', async () => {
    const { clock, captcha, challenge } = setup();
    const c = await challenge();
    clock.advance(3_000);
    const wrong = String(Number(c.answer) + 1);
    expect(await captcha.verify(c.token, wrong, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'wrong-answer',
    });
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('store-error: a store that throws or rejects refuses the answer (fail closed)', async () => {
    const failure = new Error('redis is down');
    for (const store of [
      {
        consume: () => {
          throw failure;
        },
      },
      { consume: () => Promise.reject(failure) },
    ] satisfies ReplayStore[]) {
      const { clock, captcha, challenge } = setup({ store });
      const c = await challenge();
      clock.advance(3_000);
      expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
        ok: false,
        reason: 'store-error',
        error: failure,
      });
    }
  });

  it('a store answering anything but true is a replay', async () => {
    const { clock, captcha, challenge } = setup({
      store: { consume: () => 'OK' as unknown as boolean },
    });
    const c = await challenge();
    clock.advance(3_000);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });
});

describe('verify: time', () => {
  it('accepts until expiry plus clockSkew, then says expired', async () => {
    const { clock, captcha, challenge } = setup({ ttl: 60_000, clockSkew: 5_000, store: false });
    const c = await challenge();
    clock.set(c.expiresAt + 5_000);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    clock.set(c.expiresAt + 5_001);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('a token issued in the future beyond clockSkew is bad-signature; within it, accepted', async () => {
    const issuer = setup({ minSolveTime: 0 });
    const c = await issuer.challenge();
    const verifier = setup({ minSolveTime: 0, clockSkew: 30_000 });
    verifier.clock.set(issuer.clock.now() - 30_001);
    expect(await verifier.captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    verifier.clock.set(issuer.clock.now() - 30_000);
    expect(await verifier.captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: true,
    });
  });

  it('checks the signature before the time: a forged old token is bad-signature, not expired', async () => {
    const { clock, challenge } = setup({ secret: OTHER_SECRET });
    const c = await challenge();
    clock.advance(365 * 86_400_000);
    const { captcha } = setup({ now: clock.now });
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });
});

describe('verify: key rotation', () => {
  it('the first secret signs, every secret verifies, a retired one is refused', async () => {
    const old = setup({ secret: OTHER_SECRET });
    const oldToken = await old.challenge();
    const both = setup({ secret: [SECRET, OTHER_SECRET], now: old.clock.now });
    const newToken = await both.challenge();
    old.clock.advance(3_000);
    expect(await both.captcha.verify(oldToken.token, oldToken.answer, { scope: SCOPE })).toEqual({
      ok: true,
    });
    const onlyNew = setup({ secret: SECRET, now: old.clock.now });
    expect(await onlyNew.captcha.verify(newToken.token, newToken.answer, { scope: SCOPE })).toEqual(
      { ok: true },
    );
    const oldToken2 = await old.challenge();
    old.clock.advance(3_000);
    expect(
      await onlyNew.captcha.verify(oldToken2.token, oldToken2.answer, { scope: SCOPE }),
    ).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('secrets given as bytes and as the same string agree', async () => {
    const text = setup({ secret: SECRET });
    const c = await text.challenge();
    text.clock.advance(3_000);
    const bytes = setup({ secret: new TextEncoder().encode(SECRET), now: text.clock.now });
    expect(await bytes.captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
  });
});

describe('verify: store', () => {
  it('with store false a solved token can be replayed until it expires', async () => {
    const { clock, captcha, challenge } = setup({ store: false });
    const c = await challenge();
    clock.advance(3_000);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
  });

  it('concurrent verifications of one token: exactly one succeeds', async () => {
    const { clock, captcha, challenge } = setup();
    const c = await challenge();
    clock.advance(3_000);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => captcha.verify(c.token, c.answer, { scope: SCOPE })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'replayed')).toHaveLength(49);
  });

  it('consumes the nonce until expiry plus twice clockSkew (the lifetime rule)', async () => {
    const calls: Array<[string, number]> = [];
    const { clock, captcha, challenge } = setup({
      clockSkew: 1_000,
      store: { consume: (id, expiresAt) => calls.push([id, expiresAt]) > 0 },
    });
    const c = await challenge();
    clock.advance(3_000);
    await captcha.verify(c.token, c.answer, { scope: SCOPE });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(calls[0]?.[1]).toBe(c.expiresAt + 2_000);
  });

  it('with the default memory store, a used token is refused at its last accepted millisecond', async () => {
    const { clock, captcha, challenge } = setup({ ttl: 60_000, clockSkew: 5_000 });
    const c = await challenge();
    clock.advance(3_000);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    clock.set(c.expiresAt + 5_000);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    clock.set(c.expiresAt + 5_001);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('minSolveTime is at least what was asked, whatever the millisecond of issue', async () => {
    for (const offset of [0, 1, 99, 567, 999]) {
      const { clock, captcha, challenge } = setup();
      clock.advance(offset);
      const c = await challenge();
      clock.advance(1_999);
      expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
        ok: false,
        reason: 'too-soon',
      });
      clock.advance(1);
      expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    }
  });
});

describe('verify: hostile input never throws', () => {
  const inputs: unknown[] = [
    undefined,
    null,
    0,
    Number.NaN,
    12n,
    true,
    Symbol('x'),
    {},
    [],
    ['token'],
    () => 'token',
    new Uint8Array(84),
    new Uint8Array(68),
    {
      toString: () => {
        throw new Error('boom');
      },
    },
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    ),
    'A'.repeat(10_000_000),
    '\u0000'.repeat(84),
    '\u0000'.repeat(68),
    '\ud800'.repeat(84),
    '١٥٠٠', // digits of another script, never an answer (max is 20)
    '😀'.repeat(42),
  ];

  it.each(inputs.map((input, i) => [i, input]))('token #%i is malformed', async (_, input) => {
    const { captcha } = setup();
    expect(await captcha.verify(input, '3')).toEqual({ ok: false, reason: 'malformed' });
  });

  it.each(inputs.map((input, i) => [i, input]))(
    'answer #%i is a wrong answer that burns the token',
    async (_, input) => {
      const { clock, captcha, challenge } = setup();
      // '١٥' is 15 in Arabic digits: a right answer when the question's is 15.
      let c = await challenge();
      while (c.answer === '15') c = await challenge();
      clock.advance(3_000);
      expect(await captcha.verify(c.token, input, { scope: SCOPE })).toEqual({
        ok: false,
        reason: 'wrong-answer',
      });
      expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
        ok: false,
        reason: 'replayed',
      });
    },
  );

  it('a scope that is not a string is misuse: TypeError', async () => {
    const { captcha } = setup();
    await expect(captcha.verify('x', '1', { scope: 42 as unknown as string })).rejects.toThrow(
      TypeError,
    );
    await expect(captcha.generate({ scope: 'x'.repeat(513) })).rejects.toThrow(/scope/);
  });
});

describe('generate', () => {
  it('returns the question, token, locale, direction and expiry', async () => {
    const clock = fixedClock(1_800_000_000_000);
    const captcha = createCaptcha({ secret: SECRET, now: clock.now });
    const c = await captcha.generate({ scope: 'x' });
    expect(Object.keys(c).sort()).toEqual(['dir', 'expiresAt', 'locale', 'question', 'token']);
    expect(c.locale).toBe('fr-FR');
    expect(c.dir).toBe('ltr');
    expect(c.expiresAt).toBe(1_800_000_000_000 + 30 * 60_000);
    expect(c.question).toMatch(/^\S.* [+\u2212] .*\S =$/);
  });

  it("'mixed' writes exactly one operand in words, on either side, with every operation", async () => {
    const captcha = createCaptcha({
      secret: SECRET,
      operations: ['+', '-', '*', '/'],
      max: 100,
      digits: 'latin',
    });
    const sides = new Set<string>();
    const operations = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const [left, symbol, right] = parts((await captcha.generate()).question);
      const leftIsDigits = /^\d+$/.test(left);
      expect(leftIsDigits).not.toBe(/^\d+$/.test(right));
      sides.add(leftIsDigits ? 'right in words' : 'left in words');
      operations.add(symbol);
    }
    expect([...sides].sort()).toEqual(['left in words', 'right in words']);
    expect([...operations].sort()).toEqual([...SYMBOLS].sort());
  });

  it("'words' writes both operands in words, 'digits' none", async () => {
    const words = createCaptcha({ secret: SECRET, words: 'words', locale: 'en' });
    const digits = createCaptcha({
      secret: SECRET,
      words: 'digits',
      digits: 'latin',
      locale: 'en',
    });
    for (let i = 0; i < 50; i++) {
      expect((await words.generate()).question).toMatch(/^[a-z-]+ [+\u2212] [a-z-]+ =$/);
      expect((await digits.generate()).question).toMatch(/^\d+ [+\u2212] \d+ =$/);
    }
  });

  it("digits follow the locale's numbering system: ١٥ in ar-SA, 15 with digits 'latin'", async () => {
    const local = createCaptcha({ secret: SECRET, locale: 'ar-SA', words: 'digits', max: 100 });
    const latin = createCaptcha({
      secret: SECRET,
      locale: 'ar-SA',
      words: 'digits',
      digits: 'latin',
      max: 100,
    });
    expect((await local.generate()).question).toMatch(/^[٠-٩]+ [+\u2212] [٠-٩]+ =$/);
    expect((await latin.generate()).question).toMatch(/^\d+ [+\u2212] \d+ =$/);
    expect((await local.generate()).dir).toBe('rtl');
  });

  it('a per-call locale overrides the captcha locale and verifies in that locale', async () => {
    const clock = fixedClock();
    const captcha = createCaptcha({ secret: SECRET, now: clock.now, locale: 'fr-FR' });
    const c = await captcha.generate({ locale: 'de-CH' });
    expect(c.locale).toBe('de-DE');
    const answer = await solveAny('de-DE', c.question);
    clock.advance(3_000);
    expect(await captcha.verify(c.token, (await loadSpeller('de-DE')).spell(answer))).toEqual({
      ok: true,
    });
  });
});

describe('all 71 locales generate and verify', () => {
  it.each(locales)('%s: in words and in its own digits', async (locale) => {
    const clock = fixedClock();
    const captcha = createCaptcha({
      secret: SECRET,
      locale,
      words: 'words',
      operations: ['+', '-', '*', '/'],
      max: 1000,
      now: clock.now,
    });
    const speller = await loadSpeller(locale);
    for (let i = 0; i < 4; i++) {
      const inWords = await captcha.generate();
      const inDigits = await captcha.generate();
      expect(inWords.locale).toBe(locale);
      const answer = await solveAny(locale, inWords.question);
      const answer2 = await solveAny(locale, inDigits.question);
      clock.advance(2_000);
      expect(await captcha.verify(inWords.token, speller.spell(answer))).toEqual({ ok: true });
      expect(await captcha.verify(inDigits.token, formatDigits(answer2, locale, 'locale'))).toEqual(
        { ok: true },
      );
    }
  });
});

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
    const answer = await solveAny(challenge.locale, challenge.question);
    clock.advance(5_000);
    expect(await captcha.verify(challenge.token, String(answer))).toEqual({ ok: true });
  });
});
