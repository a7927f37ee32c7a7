/**
 * calcha/browser against an endpoint that misbehaves (issue 10): bodies without `expiresIn` (a
 * server that returns `generate()` instead of `toChallengeJson()`), lifetimes that are not
 * numbers, negative or past setTimeout's 2^31 ms, bad JSON, bodies that are not challenges. The
 * page's clock is Playwright's (paused; moved by the test), so nothing sleeps.
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.ts';

const ORIGIN = 'http://calcha.test';
const MODULE = transformSync(
  readFileSync(new URL('../../../src/browser.ts', import.meta.url), 'utf8'),
  { loader: 'ts', format: 'esm' },
).code;
const PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body><form>
<div class="calcha" data-calcha-src="/challenge"><label for="a"><span class="calcha-question">…</span></label>
<input id="a" class="calcha-answer"><input type="hidden" class="calcha-token" value=""></div>
</form><script type="module" src="/browser.js"></script></body></html>`;

/** A body the endpoint answers with: JSON (a value) or raw text. */
type Body = { json: unknown } | { text: string };
const challenge = (n: number, extra: Record<string, unknown> = {}): Body => ({
  json: { question: `${n} + huit =`, token: `token-${n}`, locale: 'fr-FR', dir: 'ltr', ...extra },
});

describe.skipIf(!chromiumAvailable())('calcha/browser with a misbehaving endpoint', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** What the endpoint answers next (the last one repeats), and how many fetches it saw. */
  let bodies: Body[];
  let fetches: number;
  /** Challenge fetches whose response the browser has received in full. */
  let received: number;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async (test) => {
    context = await browser.newContext();
    test.onTestFinished(() => context.close());
    bodies = [];
    fetches = 0;
    received = 0;
    context.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname === '/challenge') received++;
    });
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (path === '/browser.js')
        return route.fulfill({ contentType: 'text/javascript', body: MODULE });
      fetches++;
      const body = (bodies.length > 1 ? bodies.shift() : bodies[0]) as Body;
      return 'text' in body
        ? route.fulfill({ contentType: 'application/json', body: body.text })
        : route.fulfill({ contentType: 'application/json', body: JSON.stringify(body.json) });
    });
    page = await context.newPage();
    await page.clock.install({ time: 1_800_000_000_000 });
    await page.clock.pauseAt(1_800_000_060_000);
  });

  const form = async () => ({
    question: await page.locator('.calcha-question').textContent(),
    token: await page.locator('.calcha-token').inputValue(),
    answer: await page.locator('.calcha-answer').inputValue(),
  });
  /** Loads the page and waits for its first fetch. */
  async function open(...first: Body[]) {
    bodies = first;
    await page.goto(`${ORIGIN}/`);
    await expect.poll(() => fetches).toBe(1);
  }
  /**
   * Moves the page's clock by `ms` and expects `count` fetches in all by then. The clock moves
   * only once the page has received every answer so far and run a task after it, so the retry
   * a bad answer schedules is counted from the answer, not from whenever it happened to arrive.
   */
  async function after(ms: number, count: number) {
    await expect.poll(() => received).toBe(fetches);
    await page.evaluate(() => undefined);
    await page.clock.runFor(ms);
    await expect.poll(() => fetches).toBe(count);
  }
  const filled = (token: string) =>
    page.waitForFunction(
      (t) => document.querySelector<HTMLInputElement>('.calcha-token')?.value === t,
      token,
    );

  it('a body without expiresIn (generate() served as is) fills the form and refreshes every 30 s, not in a loop', async () => {
    await open(challenge(1, { expiresAt: 1_800_000_060_000 + 1_800_000 }), challenge(2));
    await filled('token-1');
    expect(await form()).toEqual({ question: '1 + huit =', token: 'token-1', answer: '' });
    await after(29_900, 1);
    await after(200, 2);
    await filled('token-2');
    await after(29_900, 2);
    await after(200, 3);
  });

  it('expiresIn of 2^31 ms or more waits a day, not 1 ms', async () => {
    await open(challenge(1, { expiresIn: 2 ** 31 }), challenge(2, { expiresIn: 1e300 }));
    await filled('token-1');
    await after(86_399_000, 1);
    await after(2_000, 2);
    await filled('token-2');
    await after(86_399_000, 2);
    await after(2_000, 3);
  });

  it('a negative, null or text expiresIn refreshes after 5 s, or 30 s, never sooner', async () => {
    await open(
      challenge(1, { expiresIn: -60_000 }),
      challenge(2, { expiresIn: null }),
      challenge(3, { expiresIn: 'soon' }),
      challenge(4, { expiresIn: 120_000 }),
    );
    await filled('token-1');
    await after(4_900, 1);
    await after(200, 2);
    await filled('token-2');
    await after(4_900, 2);
    await after(200, 3);
    await filled('token-3');
    await after(29_800, 3);
    await after(200, 4);
    await filled('token-4');
    // 120 s: a quarter of its life before expiry.
    await after(89_900, 4);
    await after(200, 5);
  });

  it('bad JSON and bodies that are not challenges leave the form alone and retry after 30 s', async () => {
    await open(
      { text: '<html>502 Bad Gateway</html>' },
      { json: null },
      { json: 42 },
      { json: { error: 'rate limited' } },
      { json: { question: 7, token: 'x' } },
      challenge(1, { expiresIn: 600_000 }),
    );
    for (let n = 2; n <= 5; n++) {
      await after(29_900, n - 1);
      await after(200, n);
      expect(await form()).toEqual({ question: '…', token: '', answer: '' });
    }
    await after(30_000, 6);
    await filled('token-1');
    expect((await form()).question).toBe('1 + huit =');
  });

  it('keeps a typed answer until a new question replaces the old one', async () => {
    await open(
      challenge(1, { expiresIn: 120_000 }),
      { text: 'not json' },
      { json: { ok: false } },
      {
        json: { ...(challenge(1) as { json: object }).json, token: 'token-1b', expiresIn: 120_000 },
      },
      challenge(2, { expiresIn: 120_000 }),
    );
    await filled('token-1');
    await page.fill('.calcha-answer', '9');
    await after(90_100, 2); // refresh: bad JSON
    await after(30_000, 3); // retry: not a challenge
    expect(await form()).toEqual({ question: '1 + huit =', token: 'token-1', answer: '9' });
    await after(30_000, 4); // the same question with a new token: the answer still fits it
    await filled('token-1b');
    expect(await form()).toEqual({ question: '1 + huit =', token: 'token-1b', answer: '9' });
    await after(90_100, 5); // a new question: the answer typed for the old one goes
    await filled('token-2');
    expect(await form()).toEqual({ question: '2 + huit =', token: 'token-2', answer: '' });
  });
});
