/**
 * calcha at the edge: a Hono app, the same on every runtime. On Cloudflare
 * Workers and other edge runtimes `calcha` resolves to its Web Crypto build by
 * itself (export conditions). worker.ts is its Workers entry, with one-time use
 * in a Durable Object; on Node it runs with `npx tsx examples/edge/node.ts`.
 *
 * One guess per token needs one store that every isolate shares: the default
 * memory store is per isolate.
 */
import {
  type Captcha,
  type CaptchaOptions,
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

/** Captcha options, but the secret, which comes from the bindings. */
export interface EdgeAppOptions<Env extends EdgeBindings>
  extends Omit<CaptchaOptions, 'secret' | 'store'> {
  /**
   * The store every isolate shares, made from the bindings (a Durable Object:
   * see replay-store.ts); without it, a memory store per isolate.
   */
  store?: (env: Env) => ReplayStore;
}

export function createEdgeApp<Env extends EdgeBindings = EdgeBindings>({
  store,
  ...captchaOptions
}: EdgeAppOptions<Env> = {}) {
  const app = new Hono<{ Bindings: Env }>();
  // Bindings arrive with the first request, so the captcha is made then, once per isolate.
  let captcha: Captcha | undefined;
  const captchaFor = (env: Env) => {
    captcha ??= createCaptcha({
      ...captchaOptions,
      secret: env.CALCHA_SECRET,
      ...(store && { store: store(env) }),
    });
    return captcha;
  };

  const page = async (
    env: Env,
    acceptLanguage: string | undefined,
    error = '',
    comment: unknown = '',
  ) => {
    const locale = negotiateLocale(acceptLanguage, 'en-GB');
    const challenge = await captchaFor(env).generate({ scope: SCOPE, locale });
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edge comments</title>
<style>${HONEYPOT_CSS}</style></head><body><h1>Comments at the edge</h1>
<form method="post"><div role="alert">${escapeHtml(error)}</div>
<label for="comment">Comment</label><textarea id="comment" name="comment" required>${escapeHtml(comment)}</textarea>
${renderHtml(challenge, { labelBefore: 'Anti-spam question:' })}
<button>Post</button></form></body></html>`;
  };

  app.get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.html(await page(c.env, c.req.header('accept-language')));
  });

  app.post('/', async (c) => {
    const body = await c.req.formData().catch(() => new FormData());
    const result = await captchaFor(c.env).verifyForm(body, { scope: SCOPE });
    if (result.ok) return c.redirect('/?posted', 303);
    const locale = negotiateLocale(c.req.header('accept-language'), 'en-GB');
    const message = describeRefusal(result.reason, locale);
    return c.html(
      await page(c.env, c.req.header('accept-language'), message, body.get('comment')),
      422,
    );
  });

  return app;
}
