/**
 * calcha/browser: fills calcha fragments from a JSON endpoint, for pages
 * served from a cache, and refreshes each question before it expires.
 *
 * Load it once per page, `<script type="module" src="…/calcha/browser.js">`:
 * every `.calcha[data-calcha-src]` element is filled on load (unless it already
 * holds a token), again a minute before its question expires, when a tab that
 * slept past that comes back, and when the page is restored from the
 * back-forward cache. No dependencies, no globals.
 */

import type { ChallengeJson } from './form/challenge-json.js';

/** How long before expiry a question is replaced; shorter for short-lived ones. */
const MARGIN_MS = 60_000;
/** Never refresh more often than this, even when the server says a token is nearly expired. */
const MIN_DELAY_MS = 5_000;
/** After a failed fetch, a body that is not a challenge, or a lifetime that is no number, try again after this long. */
const RETRY_MS = 30_000;
/** Never wait longer than this (setTimeout fires at once past 2^31 ms): a day. */
const MAX_DELAY_MS = 864e5;

/**
 * When to replace a question that expires in `expiresIn` ms: a minute before, or a quarter of
 * its life for short ones; between 5 s and a day whatever the server sent.
 */
function refreshDelay(expiresIn: unknown): number {
  const delay = Number(expiresIn) - Math.min(MARGIN_MS, Number(expiresIn) / 4);
  // NaN (a missing or non-numeric expiresIn) fails both comparisons.
  return delay >= MIN_DELAY_MS
    ? Math.min(delay, MAX_DELAY_MS)
    : delay < MIN_DELAY_MS
      ? MIN_DELAY_MS
      : RETRY_MS;
}

/** Fragments already watched. */
const mounted = new WeakSet<HTMLElement>();

/**
 * Watches one fragment: fills it now (or, when it already holds a token, just
 * before that token expires), and again before each new question expires.
 * For fragments added to the page after it loaded.
 *
 * @example
 * ```ts
 * import { mount } from 'calcha/browser';
 * const fragment = document.querySelector<HTMLElement>('#late-form .calcha');
 * if (fragment) mount(fragment);
 * ```
 */
export function mount(root: HTMLElement): void {
  const src = root.dataset.calchaSrc as string;
  const question = root.querySelector<HTMLElement>('.calcha-question');
  const answer = root.querySelector<HTMLInputElement>('.calcha-answer');
  const token = root.querySelector<HTMLInputElement>('.calcha-token');
  // Mounting twice would fetch twice and keep two timers: mountAll runs again after page changes.
  if (!question || !answer || !token || mounted.has(root)) return;
  mounted.add(root);
  let deadline = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    deadline = performance.now() + delay;
    timer = setTimeout(refresh, delay);
  };

  const refresh = async (): Promise<void> => {
    try {
      const response = await fetch(src, {
        cache: 'no-store',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(String(response.status));
      const challenge = (await response.json()) as ChallengeJson;
      // Anything but a challenge (an error page, `null`, a number) leaves the form as it is.
      if (typeof challenge?.question !== 'string' || typeof challenge.token !== 'string') throw 0;
      // A new question: an answer typed for the old one would be wrong (the same text keeps it).
      if (token.value && question.textContent !== challenge.question) answer.value = '';
      question.textContent = challenge.question;
      question.lang = challenge.locale;
      question.dir = answer.dir = challenge.dir;
      token.value = challenge.token;
      schedule(refreshDelay(challenge.expiresIn));
    } catch {
      schedule(RETRY_MS);
    }
  };

  const expiresIn = Number(root.dataset.calchaExpiresIn);
  if (token.value && expiresIn > 0) schedule(refreshDelay(expiresIn));
  else void refresh();
  // Timers stall in sleeping tabs; catch up when the reader comes back.
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && performance.now() >= deadline) void refresh();
  });
  // A page restored from the back-forward cache may hold a token already posted.
  addEventListener('pageshow', (event) => {
    if (event.persisted) void refresh();
  });
}

/**
 * Mounts every calcha fragment with an endpoint on the page. Runs by itself
 * when the module loads; call it again after replacing the page's content.
 *
 * @example
 * ```ts
 * import { mountAll } from 'calcha/browser';
 * mountAll();
 * ```
 */
export function mountAll(): void {
  for (const root of document.querySelectorAll<HTMLElement>('.calcha[data-calcha-src]'))
    mount(root);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
