import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/paths.ts';
import { npmStart, type StartedDemo } from './demo-process.ts';

describe('npm start (the README command)', () => {
  let demo: StartedDemo;
  beforeAll(async () => {
    demo = await npmStart();
  }, 180_000);
  afterAll(() => demo?.stop());

  it('serves on HOST and PORT without CALCHA_SECRET, warning that the secret is one-off', async () => {
    expect(demo.stderr).toMatch(/CALCHA_SECRET is not set; using a one-off secret/);
    expect(demo.stderr).toContain('export CALCHA_SECRET=$(npx calcha secret)');
    const page = await fetch(`${demo.url}/`, { headers: { 'accept-language': 'fr-FR' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/class="calcha-question" lang="fr-FR"/);
    expect(html).toContain('Laissez ce champ vide');
    expect(html).toContain('<link rel="icon" href="/favicon.svg"');
    expect((await fetch(`${demo.url}/favicon.svg`)).headers.get('content-type')).toMatch(/svg/);
    const challenge = await (
      await fetch(`${demo.url}/calcha/challenge`, { headers: { 'accept-language': 'en' } })
    ).json();
    expect(challenge).toMatchObject({ locale: 'en-US', dir: 'ltr' });
  });

  it('serves the built browser module from dist/, JavaScript and not TypeScript', async () => {
    const response = await fetch(`${demo.url}/calcha/browser.js`);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe(readFileSync(`${ROOT}/dist/browser.js`, 'utf8'));
  });
});

describe('npm start on a port already taken', () => {
  it('says so in one line, without a stack trace, and exits with 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const failure = await npmStart({ PORT: String(port) }).then(
        (demo) => {
          demo.stop();
          throw new Error('the demo started on a taken port');
        },
        (error: { demo: StartedDemo; code: number }) => error,
      );
      expect(failure.code).not.toBe(0);
      expect(failure.demo.stderr).toContain(
        `calcha demo: port ${port} is already in use on 127.0.0.1. Stop the other server, or pick another port: PORT=${port + 1} npm start`,
      );
      expect(failure.demo.stderr).not.toMatch(/^\s+at /m);
    } finally {
      taken.close();
    }
  }, 180_000);
});
