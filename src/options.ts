/**
 * createCaptcha's options: their defaults and limits in one place, and the
 * checks that turn what a developer passed into settings or a clear error.
 */
import { clock, oneOf, wholeNumber } from './checks.js';
import { calchaError } from './errors.js';
import { type Locale, locales } from './language/locales.js';
import { resolveLocale } from './language/resolve.js';
import { LARGEST_SPELLED } from './language/spelling.js';
import { SMALLEST_MAX } from './question/draw.js';
import { memoryStore } from './stores/memory.js';
import { deriveKeyring, type Keys } from './token/keys.js';
import {
  type CaptchaOptions,
  DIGIT_STYLES,
  type DigitStyle,
  OPERATIONS,
  type Operation,
  type ReplayStore,
  WORDS_MODES,
  type WordsMode,
} from './types.js';

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
  /** Questions go as far as numbers are spelled. */
  largestMax: LARGEST_SPELLED,
  shortestTtl: 1_000,
  longestTtl: 7 * 24 * 60 * 60_000,
  largestClockSkew: 10 * 60_000,
});

/** Validated options with every default filled in. */
export interface Settings {
  /** The secrets' keys, derived at construction. */
  keyring: Keys[];
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

/**
 * Every option name, so a misspelt one is refused. The type makes the compiler
 * check the list both ways: a name CaptchaOptions lacks, or one it has that is
 * missing here, fails the build.
 */
const KNOWN_OPTIONS: ReadonlySet<string> = new Set(
  Object.keys({
    secret: true,
    locale: true,
    operations: true,
    max: true,
    words: true,
    digits: true,
    ttl: true,
    minSolveTime: true,
    clockSkew: true,
    store: true,
    now: true,
  } satisfies Record<keyof CaptchaOptions, true>),
);

/** Resolves a locale tag or throws a RangeError naming the option. */
export function requireLocale(name: string, tag: unknown): Locale {
  const locale = typeof tag === 'string' ? resolveLocale(tag) : undefined;
  if (locale === undefined) {
    throw calchaError(
      RangeError,
      'ERR_CALCHA_LOCALE',
      `${name} ${JSON.stringify(tag)} is not a supported locale; see \`locales\` for the ${locales.length} tags.`,
    );
  }
  return locale;
}

/** Checks every option and fills in the defaults; throws at once on misuse. */
export function resolveSettings(options: CaptchaOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw calchaError(
      TypeError,
      'ERR_CALCHA_OPTION',
      'createCaptcha needs an options object with at least a `secret`.',
    );
  }
  for (const name of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(name)) {
      throw calchaError(TypeError, 'ERR_CALCHA_UNKNOWN_OPTION', `unknown option \`${name}\`.`);
    }
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
    throw calchaError(
      TypeError,
      'ERR_CALCHA_OPTION',
      "operations must be a non-empty array of '+', '-', '*', '/'.",
    );
  }
  const operations = [
    ...new Set(
      (operationList as readonly unknown[]).map((op) => oneOf('each operation', op, OPERATIONS)),
    ),
  ];
  for (const op of operations) {
    if (max < SMALLEST_MAX[op]) {
      throw calchaError(
        RangeError,
        'ERR_CALCHA_OPTION',
        `no question uses '${op}' with max ${max}; raise max to at least ${SMALLEST_MAX[op]} or drop '${op}'.`,
      );
    }
  }
  const ttl = wholeNumber(
    'ttl',
    options.ttl ?? DEFAULTS.ttl,
    LIMITS.shortestTtl,
    LIMITS.longestTtl,
  );
  const now = clock('now', options.now ?? Date.now);
  const store = options.store ?? memoryStore({ now });
  if (store !== false && typeof store?.consume !== 'function') {
    throw calchaError(
      TypeError,
      'ERR_CALCHA_OPTION',
      'store must have a consume(id, expiresAt) method, or be false.',
    );
  }
  return {
    keyring,
    locale: requireLocale('locale', options.locale ?? DEFAULTS.locale),
    operations,
    max,
    words: oneOf('words', options.words ?? DEFAULTS.words, WORDS_MODES),
    digits: oneOf('digits', options.digits ?? DEFAULTS.digits, DIGIT_STYLES),
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
