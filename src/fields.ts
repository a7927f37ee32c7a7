/** The names of the form fields calcha renders and reads. */
export interface FormFields {
  /** The reader's answer. @defaultValue 'calcha_answer' */
  answer: string;
  /** The signed token, in a hidden input. @defaultValue 'calcha_token' */
  token: string;
  /**
   * A field people never see and bots fill in; `false` when the form has none
   * (an API client posting JSON, say). @defaultValue 'calcha_website'
   */
  honeypot: string | false;
}

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
