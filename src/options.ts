import type { DigitStyle } from './digits.js';
import { deriveKeyring, type Keys, type Secret } from './keys.js';
import { resolveLocale } from './locale.js';
import type { Locale } from './locales.js';
import { OPERATIONS, type Operation, SMALLEST_MAX } from './question.js';
import { memoryStore, type ReplayStore } from './store.js';

/** Which operands of a question are written in words. */
export type WordsMode = 'mixed' | 'words' | 'digits';

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
   * The largest operand and answer, 5..1000. Division needs at least 6.
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

/** The defaults of {@link CaptchaOptions}, in one place. */
export const DEFAULTS = Object.freeze({
  locale: 'fr-FR',
  operations: Object.freeze(['+', '-'] as Operation[]),
  max: 20,
  words: 'mixed' as WordsMode,
  digits: 'locale' as DigitStyle,
  ttl: 30 * 60_000,
  minSolveTime: 2_000,
  clockSkew: 30_000,
});

/** Limits on the options. */
export const LIMITS = Object.freeze({
  smallestMax: 5,
  largestMax: 1000,
  shortestTtl: 1_000,
  longestTtl: 7 * 24 * 60 * 60_000,
  largestClockSkew: 10 * 60_000,
});

/** Validated options with every default filled in. */
export interface Settings {
  /** The secrets' keys, derived in the background from construction on. */
  keyring: Promise<Keys[]>;
  locale: Locale;
  operations: Operation[];
  max: number;
  words: WordsMode;
  digits: DigitStyle;
  ttl: number;
  minSolveTime: number;
  clockSkew: number;
  store: ReplayStore | false;
  now: () => number;
}

/** Every option name, so a misspelt one is refused (typed, so this list cannot misspell one). */
const KNOWN_OPTIONS: ReadonlySet<string> = new Set<keyof CaptchaOptions>([
  'secret',
  'locale',
  'operations',
  'max',
  'words',
  'digits',
  'ttl',
  'minSolveTime',
  'clockSkew',
  'store',
  'now',
]);

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(
      `calcha: ${name} must be a whole number from ${min} to ${max}, got ${String(value)}.`,
    );
  }
  return value;
}

function oneOf<T extends string>(name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw new RangeError(
      `calcha: ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** Resolves a locale tag or throws a RangeError naming the option. */
export function requireLocale(name: string, tag: unknown): Locale {
  const locale = typeof tag === 'string' ? resolveLocale(tag) : undefined;
  if (locale === undefined) {
    throw new RangeError(
      `calcha: ${name} ${JSON.stringify(tag)} is not a supported locale; see \`locales\` for the 71 tags.`,
    );
  }
  return locale;
}

/** Checks every option and fills in the defaults; throws at once on misuse. */
export function resolveSettings(options: CaptchaOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('calcha: createCaptcha needs an options object with at least a `secret`.');
  }
  for (const name of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(name)) throw new TypeError(`calcha: unknown option \`${name}\`.`);
  }
  const keyring = deriveKeyring(options.secret);
  const max = wholeNumber(
    'max',
    options.max ?? DEFAULTS.max,
    LIMITS.smallestMax,
    LIMITS.largestMax,
  );
  const operationList = options.operations ?? DEFAULTS.operations;
  if (!Array.isArray(operationList) || operationList.length === 0) {
    throw new TypeError("calcha: operations must be a non-empty array of '+', '-', '*', '/'.");
  }
  const operations = [
    ...new Set(
      (operationList as readonly unknown[]).map((op) =>
        oneOf('each operation', op as Operation, OPERATIONS),
      ),
    ),
  ];
  for (const op of operations) {
    if (max < SMALLEST_MAX[op]) {
      throw new RangeError(
        `calcha: no question uses '${op}' with max ${max}; raise max to at least ${SMALLEST_MAX[op]} or drop '${op}'.`,
      );
    }
  }
  const ttl = wholeNumber(
    'ttl',
    options.ttl ?? DEFAULTS.ttl,
    LIMITS.shortestTtl,
    LIMITS.longestTtl,
  );
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') {
    throw new TypeError('calcha: now must be a function returning epoch milliseconds.');
  }
  const store = options.store ?? memoryStore({ now });
  if (store !== false && typeof store?.consume !== 'function') {
    throw new TypeError('calcha: store must have a consume(id, expiresAt) method, or be false.');
  }
  return {
    keyring,
    locale: requireLocale('locale', options.locale ?? DEFAULTS.locale),
    operations,
    max,
    words: oneOf('words', options.words ?? DEFAULTS.words, ['mixed', 'words', 'digits']),
    digits: oneOf('digits', options.digits ?? DEFAULTS.digits, ['locale', 'latin']),
    ttl,
    minSolveTime: wholeNumber(
      'minSolveTime',
      options.minSolveTime ?? DEFAULTS.minSolveTime,
      0,
      ttl - 1,
    ),
    clockSkew: wholeNumber(
      'clockSkew',
      options.clockSkew ?? DEFAULTS.clockSkew,
      0,
      LIMITS.largestClockSkew,
    ),
    store,
    now,
  };
}
