/**
 * calcha's one error type. Misuse (a bad option, a short secret, an unknown
 * locale) throws at the call, as a `TypeError` or `RangeError`; a store that
 * cannot answer rejects with an `Error`. Each carries a stable `code` to branch
 * on, the way Node's own errors do, and a message that says what to do.
 */

/** Every code a calcha error can carry. */
export const ERROR_CODES = [
  /** No secret, a secret of the wrong type, or one shorter than 32 bytes. */
  'ERR_CALCHA_SECRET',
  /** An option has a value calcha cannot use; the message names it and its range. */
  'ERR_CALCHA_OPTION',
  /** An option name calcha does not know (often a misspelling). */
  'ERR_CALCHA_UNKNOWN_OPTION',
  /** A locale tag that resolves to no supported locale. */
  'ERR_CALCHA_LOCALE',
  /** A `scope` that is not a string of at most 512 characters. */
  'ERR_CALCHA_SCOPE',
  /** `memoryStore` holds `capacity` unexpired tokens and refuses to forget one. */
  'ERR_CALCHA_STORE_FULL',
  /** The replay store did not answer in time. */
  'ERR_CALCHA_STORE_TIMEOUT',
  /**
   * `redisStore`'s Redis may evict keys (its `maxmemory-policy` is not
   * `noeviction`, or it could not be read), which would let used tokens through.
   */
  'ERR_CALCHA_STORE_EVICTS',
] as const;

/** A code of {@link CalchaError}. */
export type CalchaErrorCode = (typeof ERROR_CODES)[number];

/** An error thrown or rejected by calcha: a `TypeError`, `RangeError` or `Error` with a `code`. */
export interface CalchaError extends Error {
  /** What went wrong, stable across versions. */
  readonly code: CalchaErrorCode;
}

type ErrorKind = typeof TypeError | typeof RangeError | typeof Error;

/** Makes a calcha error of a built-in kind, its message prefixed with `calcha: `. */
export function calchaError(kind: ErrorKind, code: CalchaErrorCode, message: string): CalchaError {
  return Object.assign(new kind(`calcha: ${message}`), { code });
}

/**
 * Whether `error` is one of calcha's, optionally with a given code.
 *
 * @example
 * ```ts
 * import { createCaptcha, isCalchaError } from 'calcha';
 * try {
 *   createCaptcha({ secret: process.env.CALCHA_SECRET ?? '' });
 * } catch (error) {
 *   if (isCalchaError(error, 'ERR_CALCHA_SECRET')) console.error(error.message);
 *   else throw error;
 * }
 * ```
 */
export function isCalchaError(error: unknown, code?: CalchaErrorCode): error is CalchaError {
  if (!(error instanceof Error)) return false;
  const actual = (error as Partial<CalchaError>).code;
  return (
    (ERROR_CODES as readonly unknown[]).includes(actual) && (code === undefined || actual === code)
  );
}
