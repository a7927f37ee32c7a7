/**
 * The checks every factory runs on its arguments (createCaptcha, memoryStore,
 * redisStore): each throws a {@link CalchaError} whose message names the
 * argument, what it must be, and what it got.
 */
import { calchaError } from './errors.js';

/** A whole number in `min..max`, else a RangeError naming `name`. */
export function wholeNumber(name: string, value: unknown, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw calchaError(
      RangeError,
      'ERR_CALCHA_OPTION',
      `${name} must be a whole number ${range}, got ${String(value)}.`,
    );
  }
  return value as number;
}

/** One of `allowed`, else a RangeError listing them. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw calchaError(
      RangeError,
      'ERR_CALCHA_OPTION',
      `${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}.`,
    );
  }
  return value as T;
}

/** A clock (a function returning epoch milliseconds), else a TypeError naming `name`. */
export function clock(name: string, now: unknown): () => number {
  if (typeof now !== 'function') {
    throw calchaError(
      TypeError,
      'ERR_CALCHA_OPTION',
      `${name} must be a function returning epoch milliseconds.`,
    );
  }
  return now as () => number;
}

/** The longest scope accepted, in UTF-16 code units. */
export const MAX_SCOPE_LENGTH = 512;

/** A scope: the developer's value, so a wrong one throws rather than refuses. */
export function scope(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_SCOPE_LENGTH) {
    throw calchaError(
      TypeError,
      'ERR_CALCHA_SCOPE',
      `scope must be a string of at most ${MAX_SCOPE_LENGTH} characters.`,
    );
  }
  return value;
}
