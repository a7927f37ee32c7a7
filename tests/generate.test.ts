import { describe, expect, it } from 'vitest';
import { formatDigits } from '../src/digits.ts';
import { createCaptcha, locales } from '../src/index.ts';
import { loadSpeller } from '../src/spelling.ts';
import {
  fixedClock,
  questionParts as parts,
  SECRET,
  SYMBOLS,
  solveQuestion as solveAny,
} from './helpers.ts';

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
