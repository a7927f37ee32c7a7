/**
 * The form and the page under hostile input, through the public API only: verifyForm with any
 * body, renderHtml and toChallengeJson with any challenge read back from JSON, negotiateLocale
 * with any Accept-Language, describeRefusal with any locale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock, SECRET, solveQuestion } from '../helpers.ts';
import { hostile, plain, runs, TIMEOUT } from './fuzz.ts';
import {
  type Challenge,
  createCaptcha,
  DEFAULT_FIELDS,
  describeRefusal,
  FORM_REASONS_FOR_FUZZ,
  honeypotLabel,
  locales,
  negotiateLocale,
  renderHtml,
  toChallengeJson,
} from './public.ts';

const SCOPE = 'comments';
const FIELD_NAMES = [
  DEFAULT_FIELDS.token,
  DEFAULT_FIELDS.answer,
  DEFAULT_FIELDS.honeypot as string,
  'x',
];

/** A body as a server receives one: a plain object, URLSearchParams, FormData, or junk. */
const body = fc.oneof(
  hostile.map((input) => ({ make: () => input.value(), label: `${input}` })),
  fc
    .dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(hostile, plain(fc.string())))
    .map((fields) => ({
      label: `object ${Object.keys(fields)}`,
      make: () => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value()])),
    })),
  fc
    .array(fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.string({ unit: 'binary' })))
    .map((entries) => ({
      label: `URLSearchParams ${JSON.stringify(entries)}`,
      make: () => new URLSearchParams(entries),
    })),
  fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.string())).map((entries) => ({
    label: `FormData ${JSON.stringify(entries)}`,
    make: () => {
      const form = new FormData();
      for (const [k, v] of entries) form.append(k, v);
      return form;
    },
  })),
);

describe('fuzz: verifyForm', () => {
  it(
    'any body: a typed refusal, never a throw, never ok',
    async () => {
      const clock = fixedClock();
      const captcha = createCaptcha({ secret: SECRET, now: clock.now });
      clock.advance(5_000);
      await fc.assert(
        fc.asyncProperty(body, async ({ make }) => {
          const value = await captcha.verifyForm(make(), { scope: SCOPE });
          expect(value.ok).toBe(false);
          expect(FORM_REASONS_FOR_FUZZ).toContain(value.ok ? 'ok' : value.reason);
        }),
        runs(2),
      );
    },
    TIMEOUT,
  );

  it(
    'a real token in a body with any answer and honeypot: ok only with the right answer and an empty honeypot',
    async () => {
      const clock = fixedClock();
      const captcha = createCaptcha({ secret: SECRET, now: clock.now, words: 'digits' });
      await fc.assert(
        fc.asyncProperty(hostile, hostile, fc.boolean(), async (answerInput, trapInput, right) => {
          const c = await captcha.generate({ scope: SCOPE });
          clock.advance(3_000);
          const solution = String(await solveQuestion(c.locale, c.question));
          const answer = right ? solution : answerInput.value();
          const trap = trapInput.value();
          const result = await captcha.verifyForm(
            {
              [DEFAULT_FIELDS.token]: c.token,
              [DEFAULT_FIELDS.answer]: answer,
              [DEFAULT_FIELDS.honeypot as string]: trap,
            },
            { scope: SCOPE },
          );
          if (result.ok) {
            expect(trap).toBe('');
            expect(typeof answer === 'string' && answer.trim()).toBe(solution);
          } else {
            expect(FORM_REASONS_FOR_FUZZ).toContain(result.reason);
          }
        }),
        runs(),
      );
    },
    TIMEOUT,
  );
});

/** A challenge as JSON.parse could return it: every field of any JSON type. */
const jsonValue = fc.jsonValue();
const challengeLike = fc.record({
  question: fc.oneof(fc.string({ unit: 'binary' }), jsonValue),
  token: fc.oneof(fc.string({ unit: 'binary' }), jsonValue),
  locale: fc.oneof(fc.constantFrom(...locales), fc.string(), jsonValue),
  dir: fc.oneof(fc.constantFrom('ltr', 'rtl'), fc.string(), jsonValue),
  expiresAt: fc.oneof(fc.double(), fc.integer(), jsonValue),
});

/** The tags renderHtml writes: escaping holds if no value adds one, whatever it holds. */
const tags = (html: string) => html.match(/<[^<>]*>/g)?.length ?? 0;
const SAMPLE: Challenge = {
  question: '1 + un =',
  token: 't',
  locale: 'fr-FR',
  dir: 'ltr',
  expiresAt: 0,
};

describe('fuzz: the page', () => {
  it(
    'renderHtml with any challenge read from JSON and any text options: escaped, never a throw',
    () => {
      fc.assert(
        fc.property(
          challengeLike,
          fc.record(
            {
              idPrefix: fc.string({ unit: 'binary' }),
              labelBefore: fc.string({ unit: 'binary' }),
              labelAfter: fc.string({ unit: 'binary' }),
              honeypotLabel: fc.string({ unit: 'binary' }),
              endpoint: fc.string({ unit: 'binary' }),
              now: fc.oneof(fc.double(), fc.integer()),
            },
            { requiredKeys: [] },
          ),
          (challenge, options) => {
            const html = renderHtml(challenge as unknown as Challenge, options);
            const shape = renderHtml(
              SAMPLE,
              options.endpoint === undefined ? {} : { endpoint: '/c' },
            );
            expect(html.length).toBeGreaterThan(0);
            expect(tags(html)).toBe(tags(shape));
            expect(html.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]/);
            for (const [, dir] of html.matchAll(/ dir="([^"]*)"/g)) {
              expect(['ltr', 'rtl', 'auto']).toContain(dir);
            }
            const expiresIn = /data-calcha-expires-in="([^"]*)"/.exec(html)?.[1];
            if (expiresIn !== undefined) expect(expiresIn).toMatch(/^\d+$/);
          },
        ),
        runs(3),
      );
    },
    TIMEOUT,
  );

  it(
    'toChallengeJson with any challenge object: never a throw; a finite expiry gives an expiresIn ≥ 0',
    () => {
      fc.assert(
        fc.property(challengeLike, fc.integer(), (challenge, now) => {
          const json = toChallengeJson(challenge as unknown as Challenge, now);
          expect(json.question).toBe(challenge.question);
          expect(json.token).toBe(challenge.token);
          if (typeof challenge.expiresAt === 'number' && Number.isFinite(challenge.expiresAt)) {
            expect(json.expiresIn).toBeGreaterThanOrEqual(0);
          }
        }),
        runs(),
      );
    },
    TIMEOUT,
  );
});

/** An Accept-Language header: many ranges, odd q-values, junk between them. */
const acceptLanguage = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...locales, '*', 'en', 'zh-HK', 'pt-BR', 'xx'), fc.string()),
      fc.option(fc.oneof(fc.double(), fc.string()), { nil: undefined }),
    ),
    { maxLength: 300 },
  )
  .map((ranges) => ranges.map(([tag, q]) => (q === undefined ? tag : `${tag};q=${q}`)).join(', '));

describe('fuzz: languages', () => {
  it(
    'negotiateLocale with any header or value: a supported locale (or undefined without a fallback)',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(plain(acceptLanguage), hostile),
          fc.constantFrom('en-GB', 'fr-FR', 'ar', undefined),
          (input, fallback) => {
            const header = input.value();
            const locale =
              fallback === undefined ? negotiateLocale(header) : negotiateLocale(header, fallback);
            expect(fallback === undefined ? [...locales, undefined] : locales).toContain(locale);
          },
        ),
        runs(3),
      );
    },
    TIMEOUT,
  );

  it(
    'describeRefusal and honeypotLabel with any locale and reason text: a non-empty string',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom(...FORM_REASONS_FOR_FUZZ), fc.string()),
          hostile,
          (reason, locale) => {
            const message = describeRefusal(reason as never, locale.value() as string);
            expect(typeof message).toBe('string');
            expect(message.length).toBeGreaterThan(0);
            expect(honeypotLabel(locale.value() as string).length).toBeGreaterThan(0);
          },
        ),
        runs(),
      );
    },
    TIMEOUT,
  );
});
