import { describe, expect, it } from 'vitest';
import { createEdgeApp } from '../../examples/edge/app.ts';
import { fixedClock, readRenderedForm, SECRET, solveQuestion } from '../helpers.ts';

const env = { CALCHA_SECRET: SECRET };

describe(`examples/edge/app.ts through app.fetch (${process.env.CALCHA_CRYPTO} crypto)`, () => {
  const clock = fixedClock();
  const app = createEdgeApp({ now: clock.now });

  async function form(acceptLanguage = 'en-GB') {
    const response = await app.fetch(
      new Request('http://edge.test/', { headers: { 'accept-language': acceptLanguage } }),
      env,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, locale, question } = readRenderedForm(await response.text());
    return { token, locale, answer: await solveQuestion(locale, question) };
  }

  const post = (fields: Record<string, string>, acceptLanguage = 'en-GB') => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return app.fetch(
      new Request('http://edge.test/', {
        method: 'POST',
        body,
        headers: { 'accept-language': acceptLanguage },
      }),
      env,
    );
  };

  it('serves a question and accepts its answer once', async () => {
    const { token, answer } = await form();
    clock.advance(3_000);
    const fields = {
      comment: 'From the edge',
      calcha_token: token,
      calcha_answer: String(answer),
      calcha_website: '',
    };
    const accepted = await post(fields);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/?posted');
    const replayed = await post(fields);
    expect(replayed.status).toBe(422);
    expect(await replayed.text()).toContain('This form was already sent once.');
  });

  it('refuses a wrong answer in the reader language, keeping the comment', async () => {
    const { token, answer, locale } = await form('fr-FR,fr;q=0.9');
    expect(locale).toBe('fr-FR');
    clock.advance(3_000);
    const response = await post(
      {
        comment: 'Bonjour <toi>',
        calcha_token: token,
        calcha_answer: String(answer + 1),
        calcha_website: '',
      },
      'fr-FR',
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('Ce n&#39;est pas la bonne réponse.');
    expect(html).toContain('Bonjour &#60;toi&#62;</textarea>');
  });

  it('a post that is not a form is missing-field, not a crash', async () => {
    const response = await app.fetch(
      new Request('http://edge.test/', { method: 'POST', body: '{"a":1}' }),
      env,
    );
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Please answer the anti-spam question.');
  });
});
