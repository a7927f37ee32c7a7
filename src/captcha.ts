import { readAnswer } from './answer.js';
import { toBase64Url } from './crypto.js';
import { formatDigits } from './digits.js';
import { type FormVerifyResult, type VerifyFormOptions, verifyPostedForm } from './form.js';
import type { Keys } from './keys.js';
import { textDirection } from './locale.js';
import { type Locale, localeFromId, localeId } from './locales.js';
import { type CaptchaOptions, requireLocale, resolveSettings } from './options.js';
import { drawQuestion, OPERATION_SYMBOLS, type Operation } from './question.js';
import { cryptoRandomSource, randomBytes, randomInt } from './random.js';
import { loadSpeller } from './spelling.js';
import {
  answerMatches,
  decodeToken,
  NONCE_BYTES,
  scopeBytes,
  signingKeys,
  signToken,
  TIME_UNIT_MS,
} from './token.js';

/** A question to show and the token to send back with its answer. */
export interface Challenge {
  /** The question, such as `"15 − quatorze ="` (operators + − × ÷). */
  question: string;
  /** Opaque, URL- and form-safe, 84 characters. Holds neither question nor answer. */
  token: string;
  /** The locale the question is written in, such as `'fr-FR'`. */
  locale: Locale;
  /** The direction of the question's script, for the `dir` attribute. */
  dir: 'ltr' | 'rtl';
  /** When the token stops being accepted, in epoch milliseconds. */
  expiresAt: number;
}

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
export type RefusalReason =
  | 'malformed'
  | 'bad-signature'
  | 'expired'
  | 'too-soon'
  | 'replayed'
  | 'wrong-answer'
  | 'store-error';

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
  /** This challenge's locale, overriding the captcha's (e.g. from `negotiateLocale`). */
  locale?: string;
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

/** The longest scope accepted, in UTF-16 code units. */
export const MAX_SCOPE_LENGTH = 512;

function requireScope(scope: unknown): Uint8Array {
  if (typeof scope !== 'string' || scope.length > MAX_SCOPE_LENGTH) {
    throw new TypeError(
      `calcha: scope must be a string of at most ${MAX_SCOPE_LENGTH} characters.`,
    );
  }
  return scopeBytes(scope);
}

/**
 * Creates a captcha: arithmetic questions partly written in words in the
 * reader's language, with signed tokens that need no server session.
 * Throws a `TypeError` or `RangeError` at once on a bad option.
 *
 * @example
 * ```ts
 * import { createCaptcha } from 'calcha';
 *
 * const captcha = createCaptcha({ secret: process.env.CALCHA_SECRET ?? '', locale: 'fr-FR' });
 * const { question, token } = await captcha.generate({ scope: 'comment-form:post-42' });
 * // question: "15 − quatorze =" — show it with the token in the form; later:
 * const result = await captcha.verify(token, '1', { scope: 'comment-form:post-42' });
 * if (!result.ok) console.log(result.reason); // 'too-soon', 'wrong-answer', …
 * ```
 */
export function createCaptcha(options: CaptchaOptions): Captcha {
  const settings = resolveSettings(options);
  const { keyring, max, words, digits, ttl, minSolveTime, clockSkew, store, now } = settings;
  const random = cryptoRandomSource();

  const captcha: Captcha = {
    async generate({ scope = '', locale: tag } = {}) {
      const scopeData = requireScope(scope);
      const locale = tag === undefined ? settings.locale : requireLocale('generate locale', tag);
      const speller = await loadSpeller(locale);
      const operation = settings.operations[
        randomInt(random, 0, settings.operations.length - 1)
      ] as Operation;
      const { left, right, answer } = drawQuestion(operation, max, random);
      const wordSide = words === 'mixed' ? randomInt(random, 0, 1) : -1;
      const write = (value: number, side: number) =>
        words === 'words' || side === wordSide
          ? speller.spell(value)
          : formatDigits(value, locale, digits);
      const signer = (await keyring)[0] as Keys;
      const issuedAt = Math.floor(now() / TIME_UNIT_MS) * TIME_UNIT_MS;
      const expiresAt = issuedAt + Math.ceil(ttl / TIME_UNIT_MS) * TIME_UNIT_MS;
      const claims = {
        keyId: signer.id,
        localeId: localeId(locale),
        issuedAt,
        expiresAt,
        nonce: randomBytes(NONCE_BYTES),
      };
      return {
        question: `${write(left, 0)} ${OPERATION_SYMBOLS[operation]} ${write(right, 1)} =`,
        token: await signToken(claims, answer, signer, scopeData),
        locale,
        dir: textDirection(locale),
        expiresAt,
      };
    },

    async verify(token, answer, { scope = '' } = {}) {
      const scopeData = requireScope(scope);
      // 1–2. Shape, version, locale: nothing is trusted yet.
      const decoded = decodeToken(token);
      const locale = decoded && localeFromId(decoded.localeId);
      if (decoded === undefined || locale === undefined) return { ok: false, reason: 'malformed' };
      // 3. Signature, before any field is believed (a wrong scope fails here).
      const keys = await signingKeys(decoded, await keyring, scopeData);
      if (keys === undefined) return { ok: false, reason: 'bad-signature' };
      // 4. Time.
      const time = now();
      if (decoded.issuedAt > time + clockSkew) return { ok: false, reason: 'bad-signature' };
      if (time > decoded.expiresAt + clockSkew) return { ok: false, reason: 'expired' };
      if (minSolveTime > 0 && time < decoded.issuedAt + minSolveTime) {
        return { ok: false, reason: 'too-soon' };
      }
      // 5. One guess per token: used up before the answer is looked at.
      if (store !== false) {
        try {
          const first = await store.consume(
            toBase64Url(decoded.nonce),
            decoded.expiresAt + clockSkew,
          );
          if (first !== true) return { ok: false, reason: 'replayed' };
        } catch (error) {
          return { ok: false, reason: 'store-error', error };
        }
      }
      // 6. The answer.
      const value = await readAnswer(answer, () => loadSpeller(locale));
      return value !== undefined && (await answerMatches(decoded, keys, value))
        ? { ok: true }
        : { ok: false, reason: 'wrong-answer' };
    },

    verifyForm: (body, options = {}) => verifyPostedForm(captcha.verify, body, options),
  };
  return captcha;
}
