import { describe, expect, it } from 'vitest';
import {
  type CaptchaOptions,
  createCaptcha,
  generateSecret,
  MIN_SECRET_BYTES,
} from '../src/index.ts';
import { SECRET } from './helpers.ts';

const make = (options: Partial<CaptchaOptions> | Record<string, unknown>) => () =>
  createCaptcha({ secret: SECRET, ...options } as CaptchaOptions);

describe('createCaptcha refuses misuse at construction, saying what to do', () => {
  it('a missing secret', () => {
    expect(() => createCaptcha({} as CaptchaOptions)).toThrow(TypeError);
    expect(() => createCaptcha({} as CaptchaOptions)).toThrow(/generateSecret\(\)/);
  });

  it('a secret under 32 bytes, as text or bytes', () => {
    expect(make({ secret: 'short' })).toThrow(RangeError);
    expect(make({ secret: 'x'.repeat(31) })).toThrow(
      /31 bytes, it needs at least 32.*generateSecret/,
    );
    expect(make({ secret: new Uint8Array(16) })).toThrow(RangeError);
    expect(make({ secret: [SECRET, 'short'] })).toThrow(RangeError);
  });

  it('an empty array of secrets', () => {
    expect(make({ secret: [] })).toThrow(/empty array.*generateSecret/);
  });

  it('no options at all', () => {
    expect(() => createCaptcha(undefined as unknown as CaptchaOptions)).toThrow(TypeError);
  });

  it.each([
    [{ locale: 'xx' }, RangeError, /not a supported locale/],
    [{ locale: 42 }, RangeError, /not a supported locale/],
    [{ operations: [] }, TypeError, /non-empty array/],
    [{ operations: '+' }, TypeError, /non-empty array/],
    [{ operations: ['%'] }, RangeError, /'\+', '-', '\*', '\/'/],
    [{ max: 4 }, RangeError, /max must be a whole number from 5 to 1000/],
    [{ max: 1001 }, RangeError, /from 5 to 1000/],
    [{ max: 10.5 }, RangeError, /whole number/],
    [{ operations: ['/'], max: 5 }, RangeError, /raise max to at least 6/],
    [{ words: 'some' }, RangeError, /'mixed', 'words', 'digits'/],
    [{ digits: 'roman' }, RangeError, /'locale', 'latin'/],
    [{ ttl: 0 }, RangeError, /ttl/],
    [{ ttl: 8 * 86_400_000 }, RangeError, /ttl/],
    [{ ttl: 10_000, minSolveTime: 10_000 }, RangeError, /minSolveTime/],
    [{ minSolveTime: -1 }, RangeError, /minSolveTime/],
    [{ clockSkew: 3_600_000 }, RangeError, /clockSkew/],
    [{ store: {} }, TypeError, /consume/],
    [{ store: true }, TypeError, /consume/],
    [{ now: 5 }, TypeError, /now/],
    [{ operators: ['+'] }, TypeError, /unknown option `operators`/],
  ])('%j', (options, type, message) => {
    expect(make(options)).toThrow(type);
    expect(make(options)).toThrow(message);
  });

  it('division from max 6, and duplicates folded', async () => {
    const captcha = createCaptcha({
      secret: SECRET,
      operations: ['/', '/'],
      max: 6,
      words: 'digits',
    });
    const { question } = await captcha.generate();
    expect(['6 ÷ 2 =', '6 ÷ 3 =']).toContain(question);
  });

  it('a generate locale that is not supported is a RangeError', async () => {
    const captcha = createCaptcha({ secret: SECRET });
    await expect(captcha.generate({ locale: 'xx' })).rejects.toThrow(RangeError);
    await expect(captcha.generate({ locale: 'xx' })).rejects.toThrow(
      /generate locale "xx" is not a supported locale/,
    );
  });
});

describe('generateSecret', () => {
  it('makes a fresh 32-byte base64url secret that createCaptcha accepts', () => {
    const a = generateSecret();
    const b = generateSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(MIN_SECRET_BYTES);
    expect(a).not.toBe(b);
    expect(() => createCaptcha({ secret: a })).not.toThrow();
  });
});
