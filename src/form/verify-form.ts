import type { FormVerifyResult, VerifyFormOptions, VerifyOptions, VerifyResult } from '../types.js';
import { formFields } from './fields.js';

/** `FormData` and `URLSearchParams` both answer `get(name)` with a value or `null`. */
interface FormLike {
  get(name: string): unknown;
}

function isFormLike(body: object): body is FormLike {
  return (
    body instanceof URLSearchParams || (typeof FormData === 'function' && body instanceof FormData)
  );
}

function field(body: object, name: string | false): unknown {
  if (name === false) return undefined;
  if (isFormLike(body)) return body.get(name) ?? undefined;
  // A plain object, such as Express's or Fastify's req.body: own properties only.
  return Object.hasOwn(body, name) ? (body as Record<string, unknown>)[name] : undefined;
}

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Reads the captcha's fields from a `FormData`, a `URLSearchParams` or a plain
 * object and verifies them. Never throws for any body.
 */
export async function verifyPostedForm(
  verify: (token: unknown, answer: unknown, options: VerifyOptions) => Promise<VerifyResult>,
  body: unknown,
  { fields: names, ...options }: VerifyFormOptions,
): Promise<FormVerifyResult> {
  const fields = formFields(names);
  let token: unknown;
  let answer: unknown;
  let honeypot: unknown;
  try {
    if (typeof body === 'object' && body !== null) {
      token = field(body, fields.token);
      answer = field(body, fields.answer);
      honeypot = field(body, fields.honeypot);
    }
  } catch {
    // A body whose getters throw reads as empty.
  }
  if (fields.honeypot !== false) {
    if (honeypot === undefined) return { ok: false, reason: 'missing-field' };
    if (honeypot !== '') return { ok: false, reason: 'honeypot' };
  }
  if (isBlank(token) || isBlank(answer)) return { ok: false, reason: 'missing-field' };
  return verify(token, answer, options);
}
