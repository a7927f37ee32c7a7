import { describe, expect, it } from 'vitest';
import {
  type CalchaErrorCode,
  type CaptchaOptions,
  createCaptcha,
  ERROR_CODES,
  isCalchaError,
  memoryStore,
  negotiateLocale,
} from '../src/index.ts';
import { SECRET } from './helpers.ts';

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('calcha errors carry a stable code and keep their built-in kind', () => {
  const make = (options: Record<string, unknown>) => () =>
    createCaptcha({ secret: SECRET, ...options } as CaptchaOptions);

  it.each<[string, () => unknown, CalchaErrorCode, ErrorConstructor]>([
    ['no secret', make({ secret: undefined }), 'ERR_CALCHA_SECRET', TypeError],
    ['a short secret', make({ secret: 'short' }), 'ERR_CALCHA_SECRET', RangeError],
    ['no secrets at all', make({ secret: [] }), 'ERR_CALCHA_SECRET', RangeError],
    ['a bad max', make({ max: 4 }), 'ERR_CALCHA_OPTION', RangeError],
    ['a bad words mode', make({ words: 'some' }), 'ERR_CALCHA_OPTION', RangeError],
    ['a bad clock', make({ now: 5 }), 'ERR_CALCHA_OPTION', TypeError],
    ['a misspelt option', make({ operators: ['+'] }), 'ERR_CALCHA_UNKNOWN_OPTION', TypeError],
    ['an unknown locale', make({ locale: 'xx' }), 'ERR_CALCHA_LOCALE', RangeError],
    ['a bad fallback', () => negotiateLocale('', 'xx'), 'ERR_CALCHA_LOCALE', RangeError],
    ['a bad store capacity', () => memoryStore({ capacity: 0 }), 'ERR_CALCHA_OPTION', RangeError],
  ])('%s', (_, call, code, kind) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(kind);
    expect((error as { code?: string }).code).toBe(code);
    expect(isCalchaError(error, code)).toBe(true);
    expect(String((error as Error).message)).toMatch(/^calcha: /);
  });

  it('a scope that is not a string rejects with ERR_CALCHA_SCOPE', async () => {
    const captcha = createCaptcha({ secret: SECRET });
    const error = await captcha.verify('x', '1', { scope: 42 as never }).catch((e: unknown) => e);
    expect(isCalchaError(error, 'ERR_CALCHA_SCOPE')).toBe(true);
  });

  it('a full memory store refuses with ERR_CALCHA_STORE_FULL, given back as the store-error', async () => {
    const captcha = createCaptcha({
      secret: SECRET,
      store: memoryStore({ capacity: 1 }),
      minSolveTime: 0,
      words: 'digits',
    });
    const [first, second] = [await captcha.generate(), await captcha.generate()];
    await captcha.verify(first.token, '0');
    const result = await captcha.verify(second.token, '0');
    expect(result).toMatchObject({ ok: false, reason: 'store-error' });
    expect(
      isCalchaError(!result.ok && 'error' in result && result.error, 'ERR_CALCHA_STORE_FULL'),
    ).toBe(true);
  });

  it('isCalchaError tells other errors, and other codes, apart', () => {
    expect(isCalchaError(new TypeError('x'))).toBe(false);
    expect(isCalchaError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
    expect(isCalchaError({ code: 'ERR_CALCHA_SECRET', message: 'not an Error' })).toBe(false);
    expect(isCalchaError(thrown(make({ max: 4 })), 'ERR_CALCHA_SECRET')).toBe(false);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
