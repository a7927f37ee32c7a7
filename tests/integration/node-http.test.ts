import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentFormHandler } from '../../examples/node-http.ts';
import { fixedClock, readRenderedForm, SECRET, solveQuestion } from '../helpers.ts';

describe('examples/node-http.ts', () => {
  const clock = fixedClock();
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer(commentFormHandler({ secret: SECRET, now: clock.now }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  async function form() {
    const html = await (await fetch(base)).text();
    const { token, question } = readRenderedForm(html);
    return { html, token, answer: await solveQuestion('en-GB', question) };
  }

  const post = (fields: Record<string, string>) =>
    fetch(base, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });

  it('publishes a comment with the right answer (303), and not twice', async () => {
    const { token, answer } = await form();
    clock.advance(3_000);
    const fields = {
      comment: 'Plain node:http works',
      calcha_token: token,
      calcha_answer: String(answer),
      calcha_website: '',
    };
    expect((await post(fields)).status).toBe(303);
    expect((await form()).html).toContain('<li>Plain node:http works</li>');
    const again = await post(fields);
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('This form was already sent once.');
  });

  it('refuses a wrong answer with 422, the comment as typed and a new question', async () => {
    const { token, answer } = await form();
    clock.advance(3_000);
    const response = await post({
      comment: 'a <b>bold</b> try',
      calcha_token: token,
      calcha_answer: String(answer + 1),
      calcha_website: '',
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('That answer is not right.');
    expect(html).toContain('>a &#60;b&#62;bold&#60;/b&#62; try</textarea>');
    expect(html).not.toContain(token);
  });

  it('refuses a post without the captcha fields as missing-field', async () => {
    const response = await post({ comment: 'no captcha' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Please answer the anti-spam question.');
  });
});
