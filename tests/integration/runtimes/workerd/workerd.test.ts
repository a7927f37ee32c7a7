import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeRefusal } from '../../../../src/index.ts';
import { readRenderedForm, SECRET, solveQuestion } from '../../../helpers.ts';
import { startWorker, workerdBinary } from './workerd.ts';

const binary = workerdBinary(inject('runtimes'));
const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));

describe.skipIf(binary === undefined)('examples/edge/worker.ts in workerd', () => {
  let worker: Awaited<ReturnType<typeof startWorker>>;

  beforeAll(async () => {
    worker = await startWorker(binary as string, ENTRY, SECRET);
  }, 30_000);

  afterAll(() => worker?.stop());

  async function form(acceptLanguage: string) {
    const response = await fetch(worker.url, { headers: { 'accept-language': acceptLanguage } });
    expect(response.status).toBe(200);
    return readRenderedForm(await response.text());
  }

  async function post(token: string, answer: string) {
    const body = new URLSearchParams({
      comment: 'Hello from workerd',
      calcha_token: token,
      calcha_answer: answer,
      calcha_website: '',
    });
    const response = await fetch(worker.url, { method: 'POST', body, redirect: 'manual' });
    const alert = /role="alert">([^<]*)</.exec(await response.text())?.[1] ?? '';
    return { status: response.status, alert: alert.replaceAll('&#39;', "'") };
  }

  it('serves questions in the reader language, digits included, over Web Crypto', async () => {
    const french = await form('fr-FR,fr;q=0.9');
    expect(french.locale).toBe('fr-FR');
    expect(french.token).toMatch(/^[A-Za-z0-9_-]{68}$/);
    const arabic = await form('ar');
    expect(arabic.locale).toBe('ar-SA');
    expect(arabic.question).toMatch(/[٠-٩]/);
  });

  it('accepts the right answer once; the Durable Object refuses the replay', async () => {
    const { token, locale, question } = await form('en-GB');
    const answer = String(await solveQuestion(locale, question));
    expect(await post(token, answer)).toEqual({ status: 303, alert: '' });
    expect(await post(token, answer)).toEqual({
      status: 422,
      alert: describeRefusal('replayed', 'en-GB'),
    });
  });

  it('a wrong answer uses the token up', async () => {
    const { token, locale, question } = await form('de-DE');
    const answer = await solveQuestion(locale, question);
    expect(await post(token, String(answer + 1))).toEqual({
      status: 422,
      alert: describeRefusal('wrong-answer', 'en-GB'),
    });
    expect((await post(token, String(answer))).alert).toBe(describeRefusal('replayed', 'en-GB'));
  });

  it('of 20 simultaneous posts of one solved token, exactly one is accepted', async () => {
    const { token, locale, question } = await form('en-GB');
    const answer = String(await solveQuestion(locale, question));
    const results = await Promise.all(Array.from({ length: 20 }, () => post(token, answer)));
    expect(results.filter((r) => r.status === 303)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.status !== 303).map((r) => r.alert))).toEqual(
      new Set([describeRefusal('replayed', 'en-GB')]),
    );
  });

  it('a token with one character changed is refused as not made for this form', async () => {
    const { token } = await form('en-GB');
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await post(forged, '1')).alert).toBe(describeRefusal('bad-signature', 'en-GB'));
  });
});
