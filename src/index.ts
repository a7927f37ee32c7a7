export { createCaptcha } from './captcha.js';
export { MAX_SCOPE_LENGTH } from './checks.js';
export { type CalchaError, type CalchaErrorCode, ERROR_CODES, isCalchaError } from './errors.js';
export { type ChallengeJson, toChallengeJson } from './form/challenge-json.js';
export { DEFAULT_FIELDS } from './form/fields.js';
export { HONEYPOT_CSS, type RenderHtmlOptions, renderHtml } from './form/html.js';
export { MAX_ANSWER_LENGTH } from './language/answer.js';
export { type Locale, locales } from './language/locales.js';
export { describeRefusal, honeypotLabel, type RefusalMessages } from './language/messages.js';
export { negotiateLocale, resolveLocale } from './language/resolve.js';
export { type MemoryStoreOptions, memoryStore } from './stores/memory.js';
export { generateSecret, MIN_SECRET_BYTES } from './token/keys.js';
export type {
  Captcha,
  CaptchaOptions,
  Challenge,
  DigitStyle,
  FormFields,
  FormRefusalReason,
  FormVerifyResult,
  GenerateOptions,
  Operation,
  RefusalReason,
  ReplayStore,
  Secret,
  VerifyFormOptions,
  VerifyOptions,
  VerifyResult,
  WordsMode,
} from './types.js';
