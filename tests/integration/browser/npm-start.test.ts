/**
 * The demo exactly as a newcomer meets it: started with `npm start`, used in
 * Chromium, both flows, with no console error on any page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/index.ts';
import { solveQuestion } from '../../helpers.ts';
import { npmStart, type StartedDemo } from '../demo-process.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';

describe.skipIf(!chromiumAvailable())('npm start, in Chromium', { timeout: 60_000 }, () => {
  let demo: StartedDemo;
  let browser: Browser;
  let context: BrowserContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([npmStart(), launchChromium()]);
    context = await browser.newContext({ locale: 'fr-FR' });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    demo?.stop();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
    await page.goto(`${demo.url}${path}`);
    return page;
  }

  async function answer(page: Page): Promise<number> {
    const question = page.locator('.calcha-question');
    await expect.poll(() => question.textContent()).toMatch(/=$/);
    const locale = ((await question.getAttribute('lang')) ?? 'fr-FR') as Locale;
    return solveQuestion(locale, (await question.textContent()) ?? '');
  }

  async function fill(page: Page, reply: string, comment: string) {
    await page.fill('#name', 'Camille');
    await page.fill('#comment', comment);
    await page.fill('#calcha-answer', reply);
  }

  it('server-rendered: a wrong answer lands at the error and the form, then a right one publishes', async () => {
    const page = await open('/');
    expect(await page.locator('.calcha-hp label').textContent()).toBe('Laissez ce champ vide');
    await fill(page, String((await answer(page)) + 1), 'Rendu par le serveur.');
    demo.advance(3_000);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/comments')),
      page.click('button[type=submit]'),
    ]);
    expect(response.status()).toBe(422);
    await page.waitForLoadState();
    expect(new URL(page.url()).hash).toBe('#comment-form');
    expect(await page.inputValue('#comment')).toBe('Rendu par le serveur.');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/pas la bonne réponse/);
    const inView = await page.evaluate(() => {
      const box = document.querySelector('#form-error')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);

    await page.fill('#calcha-answer', String(await answer(page)));
    demo.advance(3_000);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/#comment-\d+$/);
    expect(await page.locator('.comment-text').last().textContent()).toBe('Rendu par le serveur.');
  });

  it('cached page: two tabs fetch the built browser module and each its own question; both publish', async () => {
    const modules: number[] = [];
    context.on('response', (response) => {
      if (response.url().endsWith('/calcha/browser.js')) modules.push(response.status());
    });
    const tabs = await Promise.all([open('/cached'), open('/cached')]);
    for (const tab of tabs) {
      await expect.poll(() => tab.inputValue('.calcha-token')).toMatch(/^[A-Za-z0-9_-]{68}$/);
    }
    expect(modules.length).toBeGreaterThanOrEqual(1);
    expect(modules.every((status) => status === 200 || status === 304)).toBe(true);
    const [first, second] = tabs as [Page, Page];
    expect(await first.inputValue('.calcha-token')).not.toBe(
      await second.inputValue('.calcha-token'),
    );
    for (const [i, tab] of tabs.entries()) {
      await fill(tab, String(await answer(tab)), `Onglet ${i + 1}, page en cache.`);
    }
    demo.advance(3_000);
    for (const [i, tab] of tabs.entries()) {
      await tab.click('button[type=submit]');
      await tab.waitForURL(/\/cached#comment-\d+$/);
      await expect
        .poll(() => tab.locator('.comment-text').allTextContents())
        .toContain(`Onglet ${i + 1}, page en cache.`);
    }
  });

  it('no page wrote an error to the console', () => {
    // Chromium reports any 4xx document as "Failed to load resource"; the one refused post
    // above answers 422 on purpose (docs/comment-form.md). Nothing else may appear.
    const refusedPost = /\/comments#comment-form: Failed to load resource: .* 422 /;
    expect(consoleErrors.filter((line) => !refusedPost.test(line))).toEqual([]);
    expect(consoleErrors).toHaveLength(1);
  });
});
