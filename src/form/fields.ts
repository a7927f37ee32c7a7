import type { FormFields } from '../types.js';

/**
 * The default field names, shared by `renderHtml` and `verifyForm`.
 *
 * @example
 * ```ts
 * import { DEFAULT_FIELDS } from 'calcha';
 * DEFAULT_FIELDS.answer; // 'calcha_answer'
 * ```
 */
export const DEFAULT_FIELDS: Readonly<FormFields> = Object.freeze({
  answer: 'calcha_answer',
  token: 'calcha_token',
  honeypot: 'calcha_website',
});

/** The default names with the caller's overrides. */
export function formFields(overrides: Partial<FormFields> = {}): FormFields {
  return { ...DEFAULT_FIELDS, ...overrides };
}
