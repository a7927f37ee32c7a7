import { calchaError } from '../errors.js';
import { MAX_ANSWER_LENGTH } from '../language/answer.js';
import { honeypotLabel as honeypotLabelFor } from '../language/messages.js';
import type { Challenge, FormFields } from '../types.js';
import { formFields } from './fields.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Field names; `verifyForm` must be given the same. @defaultValue DEFAULT_FIELDS */
  fields?: Partial<FormFields>;
  /** Prefix of the element ids, to tell two forms on one page apart. @defaultValue 'calcha' */
  idPrefix?: string;
  /** Text in the label before the question, in the page's language, e.g. `'Anti-spam question:'`. */
  labelBefore?: string;
  /** Text in the label after the question. */
  labelAfter?: string;
  /**
   * The honeypot's label, read only by those who see the page without CSS, in the page's
   * language. By default it is in the question's language (`honeypotLabel(challenge.locale)`),
   * which is the page's when the locale follows the reader's `Accept-Language`; pass
   * `honeypotLabel(pageLocale)` or your own text when the page speaks another language.
   * @defaultValue honeypotLabel(challenge.locale), 'Leave this field empty' without a challenge
   */
  honeypotLabel?: string;
  /**
   * A JSON endpoint serving {@link toChallengeJson}: the browser module fetches
   * a question from it on load (when `challenge` is `null`, for cached pages)
   * and again before the question expires.
   */
  endpoint?: string;
  /**
   * The time now, in epoch ms, from the clock the captcha was given, so the
   * browser module's refresh is timed from the same clock as the token.
   * @defaultValue Date.now()
   */
  now?: number;
}

/**
 * The one CSS rule the honeypot needs: it moves the field out of sight without
 * `display: none`, which some bots check. Put it in your stylesheet (no inline
 * style is rendered, so a strict Content-Security-Policy needs no exception).
 *
 * @example
 * ```ts
 * import { HONEYPOT_CSS } from 'calcha';
 * // Serve it as a stylesheet, or append it to yours at build time.
 * const stylesheet = `${HONEYPOT_CSS}\n`;
 * ```
 */
export const HONEYPOT_CSS =
  '.calcha-hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

/** A challenge's text field, or `fallback` when it is not a string (a challenge from JSON). */
function textOf(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** Whole milliseconds, 0 to 2^53 − 1, for the refresh hint (never `NaN` or `1e+21`). */
function msLeft(ms: number): number {
  return Number.isFinite(ms) ? Math.min(Math.max(0, Math.round(ms)), Number.MAX_SAFE_INTEGER) : 0;
}

/** A challenge's direction: only `ltr` and `rtl` are written; anything else is `auto`. */
function directionOf(dir: unknown): 'ltr' | 'rtl' | 'auto' {
  return dir === 'ltr' || dir === 'rtl' ? dir : 'auto';
}

/**
 * Renders the captcha part of a form as an HTML fragment: a label holding the
 * question and tied to the answer input, the question's `lang` and `dir`, the
 * token in a hidden input, and a honeypot hidden from people and screen
 * readers. Every value is escaped; there is no inline script or style.
 *
 * Pass `null` for the challenge and an `endpoint` on pages served from a cache:
 * the browser module fills in the question.
 *
 * @example
 * ```ts
 * import { createCaptcha, renderHtml } from 'calcha';
 * const captcha = createCaptcha({ secret: process.env.CALCHA_SECRET ?? '' });
 * const html = renderHtml(await captcha.generate({ scope: 'comments' }), {
 *   labelBefore: 'Anti-spam question:',
 * });
 * // <div class="calcha"><label for="calcha-answer">Anti-spam question: <span …>15 − quatorze =</span></label> …
 * ```
 */
export function renderHtml(challenge: Challenge | null, options: RenderHtmlOptions = {}): string {
  const { idPrefix = 'calcha', labelBefore, labelAfter, endpoint, now = Date.now() } = options;
  const { honeypotLabel = honeypotLabelFor(challenge?.locale) } = options;
  if (challenge === null && endpoint === undefined) {
    throw calchaError(
      TypeError,
      'ERR_CALCHA_OPTION',
      'renderHtml needs a challenge, or an endpoint for the browser module to fetch one from.',
    );
  }
  const fields = formFields(options.fields);
  const id = escapeHtml(idPrefix);
  const dir = directionOf(challenge?.dir);
  const expiry =
    challenge === null ? '' : ` data-calcha-expires-in="${msLeft(challenge.expiresAt - now)}"`;
  const source =
    endpoint === undefined ? '' : ` data-calcha-src="${escapeHtml(endpoint)}"${expiry}`;
  const lang = challenge === null ? '' : ` lang="${escapeHtml(textOf(challenge.locale, ''))}"`;
  const before = labelBefore === undefined ? '' : `${escapeHtml(labelBefore)} `;
  const after = labelAfter === undefined ? '' : ` ${escapeHtml(labelAfter)}`;
  const honeypot =
    fields.honeypot === false
      ? ''
      : `<div class="calcha-hp" aria-hidden="true"><label for="${id}-hp">${escapeHtml(honeypotLabel)}</label>` +
        `<input id="${id}-hp" name="${escapeHtml(fields.honeypot)}" type="text" value="" tabindex="-1" autocomplete="off"></div>`;
  return (
    `<div class="calcha"${source}>` +
    `<label for="${id}-answer">${before}<span class="calcha-question"${lang} dir="${dir}">${escapeHtml(textOf(challenge?.question, '…'))}</span>${after}</label> ` +
    `<input id="${id}-answer" class="calcha-answer" name="${escapeHtml(fields.answer)}" type="text" dir="${dir}" required maxlength="${MAX_ANSWER_LENGTH}" autocomplete="off" autocapitalize="off" spellcheck="false">` +
    `<input type="hidden" class="calcha-token" name="${escapeHtml(fields.token)}" value="${escapeHtml(textOf(challenge?.token, ''))}">` +
    `${honeypot}</div>`
  );
}
