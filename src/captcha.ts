/**
 * createCaptcha: the flow of the design contract and nothing else. Each part
 * it calls owns its own facts: the token format (token/), the languages
 * (language/), the questions (question/), the stores (stores/).
 */
import { scope as checkScope } from './checks.js';
import { verifyPostedForm } from './form/verify-form.js';
import { readAnswer } from './language/answer.js';
import { textDirection } from './language/direction.js';
import { negotiateLocale } from './language/resolve.js';
import { loadSpeller, loadWriter } from './language/spelling.js';
import { requireLocale, resolveSettings } from './options.js';
import { drawQuestion } from './question/draw.js';
import { questionText, wordSides } from './question/text.js';
import { cryptoRandomSource, randomInt } from './random.js';
import { rememberUntil } from './stores/lifetime.js';
import { storeKey } from './token/format.js';
import type { Keys } from './token/keys.js';
import { issueToken, openToken, readToken } from './token/signing.js';
import type { Captcha, CaptchaOptions, Operation } from './types.js';

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
    async generate({ scope = '', locale: tag, acceptLanguage } = {}) {
      checkScope(scope);
      const locale =
        tag === undefined
          ? negotiateLocale(acceptLanguage, settings.locale)
          : requireLocale('generate locale', tag);
      const writer = await loadWriter(locale);
      const operations = settings.operations;
      const operation = operations[randomInt(random, 0, operations.length - 1)] as Operation;
      const question = drawQuestion(operation, max, random);
      const text = questionText(question, wordSides(words, question), writer, digits);
      const { answer } = question;
      const { token, expiresAt } = issueToken({
        keys: keyring[0] as Keys,
        locale,
        answer,
        scope,
        now: now(),
        ttl,
      });
      return { question: text, token, locale, dir: textDirection(locale), expiresAt };
    },

    async verify(token, answer, { scope = '' } = {}) {
      checkScope(scope);
      // 1–2. Shape, version, locale: nothing is trusted yet.
      const decoded = readToken(token);
      if (decoded === undefined) return { ok: false, reason: 'malformed' };
      // 3. Signature, before any field is believed (a wrong scope fails here). v2 decrypts the
      // answer with the same HMAC, and a changed ciphertext bit above the answer's lands here too.
      const answerCheck = openToken(decoded, keyring, scope);
      if (answerCheck === undefined) return { ok: false, reason: 'bad-signature' };
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
          const until = rememberUntil(decoded.expiresAt, clockSkew);
          const consumed = store.consume(storeKey(decoded), until);
          // memoryStore answers at once: no tick to await (any other answer is awaited).
          const first = typeof consumed === 'boolean' ? consumed : await consumed;
          if (first !== true) return { ok: false, reason: 'replayed' };
        } catch (error) {
          return { ok: false, reason: 'store-error', error };
        }
      }
      // 6. The answer; words are read against the forms of the answer the token carries (v2).
      const speller = () => loadSpeller(decoded.locale);
      const value = await readAnswer(answer, speller, answerCheck.answer);
      return value !== undefined && answerCheck(value)
        ? { ok: true }
        : { ok: false, reason: 'wrong-answer' };
    },

    verifyForm: (body, options = {}) => verifyPostedForm(captcha.verify, body, options),
  };
  return captcha;
}
