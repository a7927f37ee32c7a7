import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoApp } from '../../../examples/demo/app.ts';
import { HONEYPOT_CSS, type Locale } from '../../../src/index.ts';
import { loadSpeller } from '../../../src/language/spelling.ts';
import { SECRET, solveQuestion } from '../../helpers.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';

const TYPED = '<b>Ça & là</b> — "quoted"\n  second line, kept exactly  ';

describe.skipIf(!chromiumAvailable())(
  'the comment-form demo in Chromium',
  { timeout: 60_000 },
  () => {
    let browser: Browser;
    let server: Server;
    let base: string;
    let commentsFile: string;
    /**
     * The demo's clock stands still but for what a test adds, instead of sleeping: on a busy
     * machine a real clock can pass minSolveTime while Chromium fills the form.
     */
    let time = Date.now();
    const advance = (ms: number) => {
      time += ms;
    };

    beforeAll(async () => {
      commentsFile = join(mkdtempSync(join(tmpdir(), 'calcha-demo-')), 'comments.json');
      const app = createDemoApp({ secret: SECRET, commentsFile, now: () => time });
      server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    let context: BrowserContext;
    beforeEach(async (test) => {
      context = await browser.newContext({ locale: 'fr-FR' });
      test.onTestFinished(() => context.close());
    });

    const published = () =>
      JSON.parse(readFileSync(commentsFile, 'utf8')) as Array<{ text: string }>;

    async function question(page: Page) {
      const text = (await page.locator('.calcha-question').textContent()) ?? '';
      const locale = ((await page.locator('.calcha-question').getAttribute('lang')) ??
        'fr-FR') as Locale;
      return { text, locale, answer: await solveQuestion(locale, text) };
    }

    /** Submits the form, expects a 422 page that gives back the comment exactly as typed. */
    async function submitRefused(page: Page) {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/comments')),
        page.click('button[type=submit]'),
      ]);
      expect(response.status()).toBe(422);
      await page.waitForLoadState();
      expect(await page.inputValue('#comment')).toBe(TYPED);
    }

    async function fill(page: Page, answer: string, comment = TYPED) {
      await page.fill('#name', 'Camille');
      await page.fill('#comment', comment);
      await page.fill('#calcha-answer', answer);
    }

    it('a right answer publishes the comment and redirects to it', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const { answer } = await question(page);
      await fill(page, String(answer), 'Un premier commentaire.');
      advance(3_000);
      await page.click('button[type=submit]');
      await page.waitForURL(/\/#comment-\d+$/);
      await expect
        .poll(() => page.locator('.comment-text').last().textContent())
        .toBe('Un premier commentaire.');
      expect(published().at(-1)?.text).toBe('Un premier commentaire.');
    });

    it('a wrong answer keeps the text exactly, shows a new question and an announced error (422)', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const before = await question(page);
      const tokenBefore = await page.inputValue('.calcha-token');
      await fill(page, String(before.answer + 1));
      advance(3_000);
      await submitRefused(page);
      expect(await page.inputValue('#name')).toBe('Camille');
      expect(await page.inputValue('#calcha-answer')).toBe('');
      expect(await page.inputValue('.calcha-token')).not.toBe(tokenBefore);
      const alert = page.getByRole('alert');
      await expect
        .poll(() => alert.textContent())
        .toBe(
          "Ce n'est pas la bonne réponse. Répondez à la nouvelle question\u00a0; votre commentaire est conservé.",
        );
    });

    it('an answer typed in words works', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const { answer, locale } = await question(page);
      const words = (await loadSpeller(locale)).spell(answer);
      await fill(page, ` ${words.toUpperCase()} !`, 'En toutes lettres.');
      advance(3_000);
      await page.click('button[type=submit]');
      await page.waitForURL(/#comment-\d+$/);
      expect(published().at(-1)?.text).toBe('En toutes lettres.');
    });

    it('a post faster than minSolveTime is refused and keeps the text', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const { answer } = await question(page);
      await fill(page, String(answer));
      await submitRefused(page);
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toMatch(/plus vite que quiconque/);
    });

    it('a filled honeypot is refused', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const { answer } = await question(page);
      await fill(page, String(answer));
      await page.locator('input[name=calcha_website]').evaluate((input: HTMLInputElement) => {
        input.value = 'http://spam.example';
      });
      advance(3_000);
      await submitRefused(page);
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toMatch(/champ qui doit rester vide/);
    });

    it('one solved form posted three times publishes once', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const { answer } = await question(page);
      const unique = `Posté trois fois ${Date.now()}`;
      await fill(page, String(answer), unique);
      advance(3_000);
      const outcomes = await page.evaluate(async () => {
        const form = document.querySelector('form') as HTMLFormElement;
        const body = new URLSearchParams(
          new FormData(form) as unknown as Record<string, string>,
        ).toString();
        const post = () =>
          fetch('/comments', {
            method: 'POST',
            body,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            redirect: 'manual',
          }).then((r) => (r.type === 'opaqueredirect' ? 'published' : String(r.status)));
        return Promise.all([post(), post(), post()]);
      });
      expect(outcomes.sort()).toEqual(['422', '422', 'published']);
      expect(published().filter((c) => c.text === unique)).toHaveLength(1);
    });

    it('the cached-page variant gets its own working question in every tab', async () => {
      const first = await context.newPage();
      const second = await context.newPage();
      await Promise.all([first.goto(`${base}/cached`), second.goto(`${base}/cached`)]);
      for (const page of [first, second]) {
        await expect.poll(() => page.inputValue('.calcha-token')).toMatch(/^[A-Za-z0-9_-]{68}$/);
      }
      expect(await first.inputValue('.calcha-token')).not.toBe(
        await second.inputValue('.calcha-token'),
      );
      for (const [i, page] of [first, second].entries()) {
        const { answer } = await question(page);
        await fill(page, String(answer), `Depuis l'onglet ${i + 1} en cache`);
      }
      advance(3_000);
      for (const page of [first, second]) {
        await page.click('button[type=submit]');
        await page.waitForURL(/\/cached#comment-\d+$/);
      }
      expect(published().map((c) => c.text)).toEqual(
        expect.arrayContaining(["Depuis l'onglet 1 en cache", "Depuis l'onglet 2 en cache"]),
      );
    });

    it('the browser module replaces a question a minute before it expires, clearing the old answer', async () => {
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(`${base}/cached`);
      await expect.poll(() => page.inputValue('.calcha-token')).toMatch(/^[A-Za-z0-9_-]{68}$/);
      const first = await page.inputValue('.calcha-token');
      await page.fill('#calcha-answer', '12');
      await page.clock.fastForward('28:00');
      expect(await page.inputValue('.calcha-token')).toBe(first);
      advance(29 * 60_000 + 30_000);
      await page.clock.fastForward('01:30');
      await expect.poll(() => page.inputValue('.calcha-token')).not.toBe(first);
      expect(await page.inputValue('#calcha-answer')).toBe('');
      const { answer } = await question(page);
      await fill(page, String(answer), 'Après le renouvellement.');
      advance(3_000);
      await page.click('button[type=submit]');
      await page.waitForURL(/\/cached#comment-\d+$/);
    });

    it('mounting the fragments again does not fetch a second question', async () => {
      const page = await context.newPage();
      const fetched: string[] = [];
      let sentinel = false;
      page.on('request', (request) => {
        if (request.url().endsWith('/calcha/challenge')) fetched.push(request.url());
        if (request.url().endsWith('/sentinel')) sentinel = true;
      });
      await page.goto(`${base}/cached`);
      await expect.poll(() => page.inputValue('.calcha-token')).toMatch(/^[A-Za-z0-9_-]{68}$/);
      const token = await page.inputValue('.calcha-token');
      // A string, so the test runner does not rewrite the import() meant for the page. mount()
      // fetches synchronously, so a fetch it made is requested before the sentinel that follows.
      await page.evaluate(
        "import('/calcha/browser.js').then((module) => module.mountAll()).then(() => fetch('/sentinel'))",
      );
      await expect.poll(() => sentinel).toBe(true);
      expect(fetched).toHaveLength(1);
      expect(await page.inputValue('.calcha-token')).toBe(token);
    });

    it('works with the keyboard only: Tab reaches the answer, never the honeypot; Enter submits', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const { answer } = await question(page);
      const visited: string[] = [];
      await page.focus('#name');
      await page.keyboard.type('Clavier');
      for (let i = 0; i < 3 && visited.at(-1) !== 'calcha-answer'; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => document.activeElement?.id ?? '');
        visited.push(id);
        if (id === 'comment') await page.keyboard.type('Écrit au clavier.');
      }
      expect(visited).toEqual(['comment', 'calcha-answer']);
      await page.keyboard.type(String(answer));
      advance(3_000);
      await page.keyboard.press('Enter');
      await page.waitForURL(/#comment-\d+$/);
      expect(published().at(-1)?.text).toBe('Écrit au clavier.');
    });

    it('an English reader gets an English question and message', async () => {
      const english = await browser.newContext({ locale: 'en-GB' });
      const page = await english.newPage();
      await page.goto(`${base}/`);
      expect(await page.locator('.calcha-question').getAttribute('lang')).toBe('en-GB');
      await fill(page, 'not a number');
      advance(3_000);
      await page.click('button[type=submit]');
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('That answer is not right. Please answer the new question; your comment is kept.');
      await english.close();
    });

    it('the form has no accessibility violations (axe-core), on the live and the cached page', async () => {
      const axe = createRequire(import.meta.url).resolve('axe-core');
      for (const path of ['/', '/cached']) {
        const page = await context.newPage();
        await page.goto(`${base}${path}`);
        await expect.poll(() => page.inputValue('.calcha-token')).not.toBe('');
        await page.addScriptTag({ path: axe });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run: (
                  c: unknown,
                ) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
              };
            }
          ).axe.run(document);
          return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations, path).toEqual([]);
      }
    });

    it('the page loads the honeypot rule, and the honeypot is out of sight', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      expect(await (await page.request.get(`${base}/calcha.css`)).text()).toBe(HONEYPOT_CSS);
      const box = await page.locator('input[name=calcha_website]').boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThan(0);
    });
  },
);
