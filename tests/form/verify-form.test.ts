import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS, type FormVerifyResult } from '../../src/index.ts';
import { solvableCaptcha } from '../helpers.ts';

const SCOPE = 'comment-form:post-1';

async function solved() {
  const { clock, captcha, challenge } = solvableCaptcha();
  const { token, answer } = await challenge(SCOPE);
  clock.advance(3_000);
  return { captcha, token, answer };
}

const bodyKinds = {
  'a plain object (Express req.body)': (fields: Record<string, string>) => ({ ...fields }),
  URLSearchParams: (fields: Record<string, string>) => new URLSearchParams(fields),
  FormData: (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return form;
  },
};

describe('verifyForm', () => {
  for (const [kind, make] of Object.entries(bodyKinds)) {
    it(`reads ${kind}: right answer accepted, then replayed`, async () => {
      const { captcha, token, answer } = await solved();
      const body = make({
        calcha_token: token,
        calcha_answer: answer,
        calcha_website: '',
        comment: 'Hello',
      });
      expect(await captcha.verifyForm(body, { scope: SCOPE })).toEqual({ ok: true });
      expect(await captcha.verifyForm(body, { scope: SCOPE })).toEqual({
        ok: false,
        reason: 'replayed',
      });
    });

    it(`reads ${kind}: a filled honeypot is refused and does not use the token up`, async () => {
      const { captcha, token, answer } = await solved();
      const trap = make({
        calcha_token: token,
        calcha_answer: answer,
        calcha_website: 'http://spam.example',
      });
      expect(await captcha.verifyForm(trap, { scope: SCOPE })).toEqual({
        ok: false,
        reason: 'honeypot',
      });
      const body = make({ calcha_token: token, calcha_answer: answer, calcha_website: '' });
      expect(await captcha.verifyForm(body, { scope: SCOPE })).toEqual({ ok: true });
    });
  }

  it.each<[string, Record<string, unknown>]>([
    ['no token', { calcha_answer: '3', calcha_website: '' }],
    ['no answer', { calcha_token: 'x', calcha_website: '' }],
    ['an empty answer', { calcha_token: 'x', calcha_answer: '  ', calcha_website: '' }],
    ['no honeypot field', { calcha_token: 'x', calcha_answer: '3' }],
  ])('%s is missing-field', async (_, body) => {
    const { captcha } = await solved();
    expect(await captcha.verifyForm(body, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'missing-field',
    });
  });

  it('an empty answer leaves the token usable', async () => {
    const { captcha, token, answer } = await solved();
    const empty = { calcha_token: token, calcha_answer: '', calcha_website: '' };
    expect(await captcha.verifyForm(empty, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'missing-field',
    });
    expect(await captcha.verifyForm({ ...empty, calcha_answer: answer }, { scope: SCOPE })).toEqual(
      { ok: true },
    );
  });

  it('arrays and other non-strings are refused by value, never thrown', async () => {
    const { captcha, token, answer } = await solved();
    const results: FormVerifyResult[] = [];
    for (const body of [
      { calcha_token: [token, token], calcha_answer: answer, calcha_website: '' },
      { calcha_token: token, calcha_answer: [answer], calcha_website: '' },
      { calcha_token: token, calcha_answer: answer, calcha_website: ['', 'x'] },
    ]) {
      results.push(await captcha.verifyForm(body, { scope: SCOPE }));
    }
    expect(results).toEqual([
      { ok: false, reason: 'malformed' },
      { ok: false, reason: 'wrong-answer' },
      { ok: false, reason: 'honeypot' },
    ]);
  });

  it.each([undefined, null, 'calcha_token=x', 42, [], new Map([['calcha_token', 'x']])])(
    'a body that is not a form (%j) is missing-field',
    async (body) => {
      const { captcha } = await solved();
      expect(await captcha.verifyForm(body, { scope: SCOPE })).toEqual({
        ok: false,
        reason: 'missing-field',
      });
    },
  );

  it('a hostile body whose getters throw is missing-field', async () => {
    const { captcha } = await solved();
    const body = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(await captcha.verifyForm(body, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'missing-field',
    });
  });

  it('does not read inherited properties', async () => {
    const { captcha } = await solved();
    const body = Object.create({ calcha_token: 'x', calcha_answer: '3', calcha_website: '' });
    expect(await captcha.verifyForm(body, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'missing-field',
    });
  });

  it('uses custom field names, and no honeypot when it is false', async () => {
    const { captcha, token, answer } = await solved();
    const fields = { token: 't', answer: 'a', honeypot: false as const };
    expect(await captcha.verifyForm({ t: token, a: answer }, { scope: SCOPE, fields })).toEqual({
      ok: true,
    });
    expect(DEFAULT_FIELDS).toEqual({
      answer: 'calcha_answer',
      token: 'calcha_token',
      honeypot: 'calcha_website',
    });
  });
});
