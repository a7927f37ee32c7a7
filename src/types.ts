/**
 * calcha's public types, in one place. The unions are derived from constant
 * arrays, so code that needs every value (messages, option checks, tests)
 * reads the same list the type is made of.
 */
import type { Locale } from './language/locales.js';

/** Every arithmetic operation, in the order they are documented. */
export const OPERATIONS = ['+', '-', '*', '/'] as const;

/** An arithmetic operation: addition, subtraction, multiplication or division. */
export type Operation = (typeof OPERATIONS)[number];

/** Every {@link WordsMode}. */
export const WORDS_MODES = ['mixed', 'words', 'digits'] as const;

/** Which operands of a question are written in words. */
export type WordsMode = (typeof WORDS_MODES)[number];

/** Every {@link DigitStyle}. */
export const DIGIT_STYLES = ['locale', 'latin'] as const;

/** Which digits a question's digit operands use. */
export type DigitStyle = (typeof DIGIT_STYLES)[number];

/** A secret: a string (its UTF-8 bytes) or bytes, at least 32 bytes long. */
export type Secret = string | Uint8Array;

/** Options of {@link createCaptcha}; only `secret` is required. */
export interface CaptchaOptions {
  /**
   * The signing secret, at least 32 bytes: a string (its UTF-8 bytes) or a
   * `Uint8Array`. An array rotates keys: the first signs, all of them verify.
   * Make one with {@link generateSecret}.
   */
  secret: Secret | readonly Secret[];
  /**
   * The questions' language, a BCP 47 tag resolved with `resolveLocale`
   * (`'fr'` and `'fr-CA'` give `'fr-FR'`). `generate` can override it per call.
   * @defaultValue 'fr-FR'
   */
  locale?: string;
  /**
   * The operations questions use: any of `'+'`, `'-'`, `'*'`, `'/'`.
   * @defaultValue ['+', '-']
   */
  operations?: readonly Operation[];
  /**
   * The largest operand and answer, 5..1000. Multiplication and division need at least 6.
   * @defaultValue 20
   */
  max?: number;
  /**
   * `'mixed'`: one operand in words, one in digits; `'words'`: both in words;
   * `'digits'`: none.
   * @defaultValue 'mixed'
   */
  words?: WordsMode;
  /**
   * `'locale'`: digits of the locale's numbering system (`١٥` for ar-SA);
   * `'latin'`: ASCII digits.
   * @defaultValue 'locale'
   */
  digits?: DigitStyle;
  /**
   * How long a challenge stays valid, in ms (1 s to 7 days).
   * @defaultValue 1_800_000 (30 minutes)
   */
  ttl?: number;
  /**
   * How soon after it was issued an answer is accepted, in ms; 0 turns it off.
   * @defaultValue 2_000
   */
  minSolveTime?: number;
  /**
   * How far apart servers' clocks may be, in ms (at most 10 minutes).
   * @defaultValue 30_000
   */
  clockSkew?: number;
  /**
   * Remembers used tokens so each is accepted once. `false` turns it off:
   * a solved token can then be replayed until it expires.
   * @defaultValue a `memoryStore()` per captcha
   */
  store?: ReplayStore | false;
  /**
   * The clock, in epoch milliseconds (for tests).
   * @defaultValue Date.now
   */
  now?: () => number;
}

/** A question to show and the token to send back with its answer. */
export interface Challenge {
  /** The question, such as `"15 − quatorze ="` (operators + − × ÷). */
  question: string;
  /** Opaque, URL- and form-safe, 68 characters. Holds neither question nor answer. */
  token: string;
  /** The locale the question is written in, such as `'fr-FR'`. */
  locale: Locale;
  /** The direction of the question's script, for the `dir` attribute. */
  dir: 'ltr' | 'rtl';
  /** When the token stops being accepted, in epoch milliseconds. */
  expiresAt: number;
}

/** Every {@link RefusalReason}, in the order `verify` checks them. */
export const REFUSAL_REASONS = [
  'malformed',
  'bad-signature',
  'expired',
  'too-soon',
  'replayed',
  'store-error',
  'wrong-answer',
] as const;

/**
 * Why an answer was refused:
 * - `'malformed'`: not a token at all (wrong type, length, characters or version);
 * - `'bad-signature'`: forged, tampered with, signed by an unknown secret, for
 *   another scope, or issued in the future;
 * - `'expired'`: older than `ttl` (plus `clockSkew`);
 * - `'too-soon'`: answered faster than `minSolveTime`; the token stays usable;
 * - `'replayed'`: this token was already used (one guess per token);
 * - `'wrong-answer'`: the token was valid, the answer was not (the token is used up);
 * - `'store-error'`: the replay store failed, so the answer is refused (fail closed).
 */
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The outcome of {@link Captcha.verify}: accepted, or refused with a reason. */
export type VerifyResult =
  | {
      /** The answer is right and the token was unused: accept the post. */
      ok: true;
    }
  | {
      /** Refused. */
      ok: false;
      /** Why, as a value to branch on or to pass to `describeRefusal`. */
      reason: Exclude<RefusalReason, 'store-error'>;
    }
  | {
      /** Refused: the replay store failed. */
      ok: false;
      /** `'store-error'`. */
      reason: 'store-error';
      /** What the store threw or rejected with, for your logs. */
      error: unknown;
    };

/** Options of {@link Captcha.generate}. */
export interface GenerateOptions {
  /**
   * What the token is for, such as `'comment-form:post-42'`. `verify` must be
   * given the same scope. It is signed, never sent.
   * @defaultValue ''
   */
  scope?: string;
  /**
   * This challenge's locale, overriding the captcha's. When given, `acceptLanguage` is ignored.
   */
  locale?: string;
  /**
   * The reader's `Accept-Language` header: the question is in the best supported locale it
   * names, or in the captcha's own `locale` when it names none (or is missing, or not a
   * string). The easy way to follow the reader without showing a site's readers who send no
   * header another language than the site's. `locale`, when also given, wins.
   *
   * @example
   * ```ts
   * import { createCaptcha } from 'calcha';
   * const captcha = createCaptcha({ secret: process.env.CALCHA_SECRET ?? '', locale: 'en-GB' });
   * declare const req: { headers: Record<string, string | undefined> };
   * const challenge = await captcha.generate({
   *   scope: 'comments',
   *   acceptLanguage: req.headers['accept-language'], // 'de-CH,de;q=0.9' → de-DE; none → en-GB
   * });
   * ```
   */
  acceptLanguage?: string | undefined;
}

/** Options of {@link Captcha.verify}. */
export interface VerifyOptions {
  /** The scope given to `generate`. @defaultValue '' */
  scope?: string;
}

/** Issues challenges and verifies answers; made by {@link createCaptcha}. */
export interface Captcha {
  /** Draws a question and signs a token for it. */
  generate(options?: GenerateOptions): Promise<Challenge>;
  /**
   * Checks an answer against its token. Never throws for any token or answer,
   * whatever its type or size: every outcome is a {@link VerifyResult}.
   */
  verify(token: unknown, answer: unknown, options?: VerifyOptions): Promise<VerifyResult>;
  /**
   * Reads the fields `renderHtml` rendered from a posted body (`FormData`,
   * `URLSearchParams`, or a plain object such as Express's `req.body`) and
   * verifies them. Adds the refusals `'honeypot'` and `'missing-field'`,
   * which do not use the token up. Never throws for any body.
   */
  verifyForm(body: unknown, options?: VerifyFormOptions): Promise<FormVerifyResult>;
}

/**
 * Where used tokens are remembered, so each is accepted once.
 *
 * @example
 * ```ts
 * import type { ReplayStore } from 'calcha';
 * // A store over any key-value service with an atomic "set if absent":
 * declare const kv: { setIfAbsent(key: string, ttlMs: number): Promise<boolean> };
 * const store: ReplayStore = {
 *   consume: (id, expiresAt) => kv.setIfAbsent(`calcha:${id}`, expiresAt - Date.now()),
 * };
 * ```
 */
export interface ReplayStore {
  /**
   * Marks `id` as used, remembering it through `expiresAt` (epoch ms: the
   * last millisecond any server could still accept its token, see the
   * lifetime rule, `rememberUntil` in src/stores/lifetime.ts). Resolves `true` the first time `id`
   * is seen, `false` when it was already used. Throwing or rejecting refuses
   * the answer with 'store-error' (fail closed).
   */
  consume(id: string, expiresAt: number): boolean | Promise<boolean>;
}

/** The names of the form fields calcha renders and reads. */
export interface FormFields {
  /** The reader's answer. @defaultValue 'calcha_answer' */
  answer: string;
  /** The signed token, in a hidden input. @defaultValue 'calcha_token' */
  token: string;
  /**
   * A field people never see and bots fill in; `false` when the form has none
   * (an API client posting JSON, say). @defaultValue 'calcha_website'
   */
  honeypot: string | false;
}

/** The refusals `verifyForm` adds before the token is looked at. */
export const FORM_ONLY_REASONS = ['honeypot', 'missing-field'] as const;

/** Why a posted form was refused: a {@link RefusalReason}, a filled honeypot, or a missing field. */
export type FormRefusalReason = RefusalReason | (typeof FORM_ONLY_REASONS)[number];

/** Options of `captcha.verifyForm`. */
export interface VerifyFormOptions extends VerifyOptions {
  /** Field names, as given to `renderHtml`. @defaultValue DEFAULT_FIELDS */
  fields?: Partial<FormFields>;
}

/**
 * The outcome of `captcha.verifyForm`: a {@link VerifyResult}, or a refusal
 * before the token is looked at: `'honeypot'` (the hidden field was filled in)
 * or `'missing-field'` (no token, no answer, or no honeypot field at all).
 * Neither uses the token up.
 */
export type FormVerifyResult =
  | VerifyResult
  | {
      /** Refused before the token was looked at. */
      ok: false;
      /** `'honeypot'` or `'missing-field'`. */
      reason: (typeof FORM_ONLY_REASONS)[number];
    };
