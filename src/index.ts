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
export { type ChallengeJson, toChallengeJson } from './challenge-json.js';
export type { DigitStyle } from './digits.js';
export { DEFAULT_FIELDS, type FormFields } from './fields.js';
export type { FormVerifyResult, VerifyFormOptions } from './form.js';
export { HONEYPOT_CSS, type RenderHtmlOptions, renderHtml } from './html.js';
export { generateSecret, MIN_SECRET_BYTES, type Secret } from './keys.js';
export { negotiateLocale, resolveLocale } from './locale.js';
export { type Locale, locales } from './locales.js';
export { describeRefusal, type FormRefusalReason, type RefusalMessages } from './messages.js';
export type { CaptchaOptions, WordsMode } from './options.js';
export type { Operation } from './question.js';
export { type MemoryStoreOptions, memoryStore, type ReplayStore } from './store.js';
