/**
 * calcha at the edge: a Hono app written as a Workers-style `fetch` handler.
 * On Cloudflare Workers and other edge runtimes `calcha` resolves to its Web
 * Crypto build by itself (export conditions); on Node it runs with
 * `npx tsx examples/edge/node.ts`.
 *
 * One guess per token needs one store that every isolate shares: the default
 * memory store is per isolate. See docs/deployment.md for a Durable Object store.
 */
import {
  type Captcha,
  createCaptcha,
  describeRefusal,
  HONEYPOT_CSS,
  negotiateLocale,
  type ReplayStore,
  renderHtml,
} from 'calcha';
import { Hono } from 'hono';

/** The Worker's bindings: the secret comes from `wrangler secret put CALCHA_SECRET`. */
export interface EdgeBindings {
  CALCHA_SECRET: string;
}

const SCOPE = 'edge-comment-form';

const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface EdgeAppOptions {
  /** A store shared by every isolate (a Durable Object, say); a memory store otherwise. */
  store?: ReplayStore;
  /** The clock, for tests. */
  now?: () => number;
}

export function createEdgeApp(options: EdgeAppOptions = {}) {
  const app = new Hono<{ Bindings: EdgeBindings }>();
  // Bindings arrive with the first request, so the captcha is made then, once per isolate.
  let captcha: Captcha | undefined;
  const captchaFor = (secret: string) => {
    captcha ??= createCaptcha({ secret, ...options });
    return captcha;
  };

  const page = async (
    secret: string,
    acceptLanguage: string | undefined,
    error = '',
    comment: unknown = '',
  ) => {
    const locale = negotiateLocale(acceptLanguage, 'en-GB');
    const challenge = await captchaFor(secret).generate({ scope: SCOPE, locale });
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edge comments</title>
<style>${HONEYPOT_CSS}</style></head><body><h1>Comments at the edge</h1>
<form method="post"><div role="alert">${escapeHtml(error)}</div>
<label for="comment">Comment</label><textarea id="comment" name="comment" required>${escapeHtml(comment)}</textarea>
${renderHtml(challenge, { labelBefore: 'Anti-spam question:' })}
<button>Post</button></form></body></html>`;
  };

  app.get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.html(await page(c.env.CALCHA_SECRET, c.req.header('accept-language')));
  });

  app.post('/', async (c) => {
    const body = await c.req.formData().catch(() => new FormData());
    const result = await captchaFor(c.env.CALCHA_SECRET).verifyForm(body, { scope: SCOPE });
    if (result.ok) return c.redirect('/?posted', 303);
    const locale = negotiateLocale(c.req.header('accept-language'), 'en-GB');
    const message = describeRefusal(result.reason, locale);
    return c.html(
      await page(
        c.env.CALCHA_SECRET,
        c.req.header('accept-language'),
        message,
        body.get('comment'),
      ),
      422,
    );
  });

  return app;
}

/** Cloudflare Workers and similar: `export default { fetch }`. */
export default createEdgeApp();
