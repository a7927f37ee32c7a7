/**
 * The calcha demo: an Express 5 blog post with a comment form.
 *
 * - GET /         the post, its comments and a form with a fresh question
 * - GET /cached   the same page as a cacheable static page: the question comes
 *                 from GET /calcha/challenge through the browser module
 * - POST /comments  verifies the form; publishes and redirects (303), or
 *                 answers 422 with the text as typed, a fresh question and why
 *                 (a body that cannot be read: its 4xx, the form and a fresh question)
 *
 * Each client address may fetch questions and post only so often (express-rate-limit):
 * every answered token takes a place in the one-time-use store until it expires, so
 * without a limit one client could fill the store and lock every reader out.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  type Captcha,
  createCaptcha,
  describeRefusal,
  HONEYPOT_CSS,
  type Locale,
  memoryStore,
  negotiateLocale,
  type ReplayStore,
  renderHtml,
  toChallengeJson,
} from 'calcha';
import express, { type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { fileCommentStore } from './comments.ts';
import { renderPage } from './page.ts';
import { type PageText, pageText } from './text.ts';

/** The one form on this site; its questions are only good for it. */
const SCOPE = 'comment-form:post-1';
const CHALLENGE_ENDPOINT = '/calcha/challenge';

/** How often one client address may fetch a question, and post, per window. */
export interface DemoRateLimits {
  /** @default 10 minutes */
  windowMs: number;
  /** Pages with a question and GET /calcha/challenge, per window. @default 60 */
  challenges: number;
  /** Posts of the form, per window. @default 20 */
  posts: number;
}

/**
 * 20 posts per 10 minutes: a token stays in the store for its 30 minutes and the
 * 30-second clock skew, so one address holds at most about 80 of the store's
 * 100 000 places; filling it takes more than a thousand addresses.
 */
export const DEFAULT_RATE_LIMITS: DemoRateLimits = {
  windowMs: 10 * 60_000,
  challenges: 60,
  posts: 20,
};

export interface DemoOptions {
  secret: string;
  commentsFile: string;
  /** The clock, for tests. */
  now?: () => number;
  /** The one-time-use store. @default memoryStore() */
  store?: ReplayStore;
  /** Limits per client address; `false` turns them off (for tests that flood on purpose). */
  rateLimits?: DemoRateLimits | false;
}

function readerLocale(request: Request): Locale {
  return negotiateLocale(request.headers['accept-language'], 'fr-FR');
}

/** The words around the question, in the page's language (the question is in the reader's). */
function fragmentText(text: PageText) {
  return { labelBefore: text.prompt, honeypotLabel: text.honeypot };
}

/** A limiter of `limit` requests per window and client address, answering 429 in the reader's language. */
function limiter(windowMs: number, limit: number) {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler(request: Request, response: Response) {
      const text = pageText(readerLocale(request));
      response.status(429).set({ 'Cache-Control': 'no-store' });
      if (request.path === CHALLENGE_ENDPOINT) response.json({ error: text.tooMany });
      else response.type('text/plain').send(text.tooMany);
    },
  });
}

function textField(value: unknown, maxLength: number): string {
  return typeof value === 'string' ? value.slice(0, maxLength) : '';
}

export function createDemoApp(options: DemoOptions) {
  const captcha: Captcha = createCaptcha({
    secret: options.secret,
    store: options.store ?? memoryStore(options.now === undefined ? {} : { now: options.now }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const pass: express.RequestHandler = (_request, _response, next) => next();
  const limitChallenges = limits ? limiter(limits.windowMs, limits.challenges) : pass;
  const limitPosts = limits ? limiter(limits.windowMs, limits.posts) : pass;
  const comments = fileCommentStore(options.commentsFile);
  const browserModule = createRequire(import.meta.url).resolve('calcha/browser');
  const app = express();
  app.disable('x-powered-by');
  app.use(express.urlencoded({ extended: false, limit: '32kb' }));
  app.use(express.static(fileURLToPath(new URL('./public', import.meta.url))));

  const livePage = async (
    locale: Locale,
    extra: { error?: string; values?: { name: string; comment: string } } = {},
  ) => {
    const text = pageText(locale);
    const challenge = await captcha.generate({ scope: SCOPE, locale });
    return renderPage({
      text,
      comments: comments.list(),
      captchaHtml: renderHtml(challenge, { ...fragmentText(text), endpoint: CHALLENGE_ENDPOINT }),
      from: '/',
      ...extra,
    });
  };

  app.get('/', limitChallenges, async (request, response) => {
    response.set({ 'Cache-Control': 'no-store', Vary: 'Accept-Language' });
    response.type('html').send(await livePage(readerLocale(request)));
  });

  app.get('/cached', (request, response) => {
    // The same bytes for every reader of a language: a CDN may keep it for ten minutes.
    const text = pageText(readerLocale(request));
    response.set({ 'Cache-Control': 'public, max-age=600', Vary: 'Accept-Language' });
    response.type('html').send(
      renderPage({
        text,
        comments: comments.list(),
        captchaHtml: renderHtml(null, { ...fragmentText(text), endpoint: CHALLENGE_ENDPOINT }),
        from: '/cached',
        cachedNote: true,
      }),
    );
  });

  app.get(CHALLENGE_ENDPOINT, limitChallenges, async (request, response) => {
    const challenge = await captcha.generate({ scope: SCOPE, locale: readerLocale(request) });
    response.set({ 'Cache-Control': 'no-store' });
    response.json(toChallengeJson(challenge, options.now?.() ?? Date.now()));
  });

  // The one rule the honeypot needs, from the library, so it never drifts.
  app.get('/calcha.css', (_request, response) => {
    response.type('text/css').send(HONEYPOT_CSS);
  });

  app.get('/calcha/browser.js', (_request, response) => {
    response.type('text/javascript').sendFile(browserModule);
  });

  app.post('/comments', limitPosts, async (request, response) => {
    const body = request.body ?? {};
    const values = { name: textField(body.name, 80), comment: textField(body.comment, 5000) };
    const locale = readerLocale(request);
    const refuse = async (error: string) => {
      response.status(422).set({ 'Cache-Control': 'no-store' });
      response.type('html').send(await livePage(locale, { error, values }));
    };
    if (values.name.trim() === '' || values.comment.trim() === '') {
      await refuse(pageText(locale).missingComment);
      return;
    }
    const result = await captcha.verifyForm(body, { scope: SCOPE });
    if (!result.ok) {
      if (result.reason === 'store-error') console.error('calcha store error:', result.error);
      await refuse(describeRefusal(result.reason, locale));
      return;
    }
    const published = comments.add(values.name.trim(), values.comment);
    const from = body.from === '/cached' ? '/cached' : '/';
    response.redirect(303, `${from}#comment-${published.id}`);
  });

  // A body the parser refuses (over 32 KB, a charset it does not read, a broken encoding)
  // gets its 4xx with the form and a fresh question, not Express's error page (which shows
  // a stack trace outside production).
  app.use(
    async (error: unknown, request: Request, response: Response, next: express.NextFunction) => {
      const status = (error as { status?: unknown } | null)?.status;
      if (typeof status !== 'number' || status < 400 || status > 499 || response.headersSent) {
        next(error);
        return;
      }
      const locale = readerLocale(request);
      response.status(status).set({ 'Cache-Control': 'no-store' });
      response.type('html').send(await livePage(locale, { error: pageText(locale).unreadable }));
    },
  );

  return app;
}
