export { MAX_ANSWER_LENGTH } from './answer.js';
export {
  type Captcha,
  type Challenge,
  createCaptcha,
  type GenerateOptions,
  MAX_SCOPE_LENGTH,
  type RefusalReason,
  type VerifyOptions,
  type VerifyResult,
} from './captcha.js';
export type { DigitStyle } from './digits.js';
export { generateSecret, MIN_SECRET_BYTES, type Secret } from './keys.js';
export { negotiateLocale, resolveLocale } from './locale.js';
export { type Locale, locales } from './locales.js';
export { type CaptchaOptions, DEFAULTS, LIMITS, type WordsMode } from './options.js';
export type { Operation } from './question.js';
export { type MemoryStoreOptions, memoryStore, type ReplayStore } from './store.js';
