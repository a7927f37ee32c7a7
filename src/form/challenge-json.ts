import type { Challenge } from '../types.js';

/**
 * A fresh challenge as JSON, for pages served from a cache: the browser module
 * (`calcha/browser`) fetches it and fills the form. `expiresIn` is relative, so
 * a client whose clock is wrong still refreshes the question in time.
 */
export interface ChallengeJson extends Challenge {
  /** Milliseconds until the token expires, measured on the server. */
  expiresIn: number;
}

/**
 * The JSON body for a challenge endpoint. Serve it with `Cache-Control: no-store`,
 * so that every page view and every tab gets its own question.
 *
 * @example
 * ```ts
 * import { createCaptcha, toChallengeJson } from 'calcha';
 * const captcha = createCaptcha({ secret: process.env.CALCHA_SECRET ?? '' });
 * // In a request handler for GET /calcha/challenge:
 * const body = JSON.stringify(toChallengeJson(await captcha.generate({ scope: 'comments' })));
 * ```
 */
export function toChallengeJson(challenge: Challenge, now: number = Date.now()): ChallengeJson {
  const { question, token, locale, dir, expiresAt } = challenge;
  return { question, token, locale, dir, expiresAt, expiresIn: Math.max(0, expiresAt - now) };
}
