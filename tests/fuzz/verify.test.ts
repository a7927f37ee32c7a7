/**
 * verify and generate under hostile input, through the public API only: a token, an answer or a
 * scope of any type and size gives a typed refusal in bounded time (a bad scope may throw its
 * documented TypeError, ERR_CALCHA_SCOPE, and nothing else), and no token but a real one, with
 * its answer, is ever accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock, SECRET, solveQuestion } from '../helpers.ts';
import { hostile, plain, runs, TIMEOUT } from './fuzz.ts';
import { createCaptcha, isCalchaError, REFUSAL_REASONS_FOR_FUZZ } from './public.ts';

const SCOPE = 'comment-form:post-42';

function setup() {
  const clock = fixedClock();
  const captcha = createCaptcha({ secret: SECRET, now: clock.now, words: 'digits' });
  return { clock, captcha };
}

/** A real challenge and its answer, old enough to be answered. */
async function solved(
  captcha: ReturnType<typeof setup>['captcha'],
  clock: ReturnType<typeof setup>['clock'],
) {
  const c = await captcha.generate({ scope: SCOPE });
  clock.advance(3_000);
  return { ...c, answer: String(await solveQuestion(c.locale, c.question)) };
}

/** Whether `error` is the one throw scope misuse may cause. */
const isScopeError = (error: unknown) =>
  error instanceof TypeError && isCalchaError(error, 'ERR_CALCHA_SCOPE');

describe('fuzz: verify', () => {
  it(
    'any token and any answer: a typed refusal, never a throw, never ok',
    async () => {
      const { captcha, clock } = setup();
      clock.advance(5_000);
      await fc.assert(
        fc.asyncProperty(hostile, hostile, async (token, answer) => {
          const value = await captcha.verify(token.value(), answer.value(), { scope: SCOPE });
          expect(value.ok).toBe(false);
          expect(REFUSAL_REASONS_FOR_FUZZ).toContain(value.ok ? 'ok' : value.reason);
        }),
        runs(3),
      );
    },
    TIMEOUT,
  );

  it(
    "a real token with any answer: a typed result; 'ok' only for the right answer",
    async () => {
      const { captcha, clock } = setup();
      await fc.assert(
        fc.asyncProperty(hostile, async (answer) => {
          const c = await solved(captcha, clock);
          const value = await captcha.verify(c.token, answer, { scope: SCOPE });
          if (value.ok) expect(String(answer).trim()).toBe(c.answer);
          else expect(value.reason).toBe('wrong-answer');
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    'a real token changed anywhere is never accepted, even with its right answer',
    async () => {
      const { captcha, clock } = setup();
      const stateless = createCaptcha({ secret: SECRET, now: clock.now, store: false });
      await fc.assert(
        fc.asyncProperty(
          fc.nat(),
          fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 3 }),
          async (at, insert) => {
            const c = await solved(captcha, clock);
            const i = at % c.token.length;
            const changed = c.token.slice(0, i) + insert + c.token.slice(i + insert.length);
            fc.pre(changed !== c.token);
            const result = await stateless.verify(changed, c.answer, { scope: SCOPE });
            expect(result.ok).toBe(false);
          },
        ),
        runs(2),
      );
    },
    TIMEOUT,
  );

  it(
    'any scope: a result, or the documented TypeError ERR_CALCHA_SCOPE; another scope never passes',
    async () => {
      const { captcha, clock } = setup();
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostile, plain(fc.string({ maxLength: 600 }))), async (input) => {
          const scope = input.value();
          const c = await solved(captcha, clock);
          try {
            const result = await captcha.verify(c.token, c.answer, { scope: scope as string });
            expect(result.ok).toBe(scope === SCOPE);
            if (!result.ok) expect(result.reason).toBe('bad-signature');
          } catch (error) {
            expect(isScopeError(error), String(error)).toBe(true);
          }
          try {
            const issued = await captcha.generate({ scope: scope as string });
            expect(scope === undefined || typeof scope === 'string').toBe(true);
            expect(typeof issued.token).toBe('string');
          } catch (error) {
            expect(isScopeError(error), String(error)).toBe(true);
          }
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    'any Accept-Language given to generate: a question in a supported locale',
    async () => {
      const { captcha } = setup();
      const { locales } = await import('./public.ts');
      await fc.assert(
        fc.asyncProperty(hostile, async (input) => {
          const c = await captcha.generate({ acceptLanguage: input.value() as string });
          expect(locales).toContain(c.locale);
        }),
        runs(0.5),
      );
    },
    TIMEOUT,
  );
});
