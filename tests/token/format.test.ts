import { describe, expect, it } from 'vitest';
import { createCaptcha } from '../../src/captcha.ts';
import { decodeToken, storeKey, TOKEN_LENGTH, tokenTimes } from '../../src/token/format.ts';
import { fixedClock, SECRET } from '../helpers.ts';
import vectorFile from './vectors.json' with { type: 'json' };

const vector = vectorFile.vectors[1] as (typeof vectorFile.vectors)[number];
const at = () => vector.issuedAt + 5_000;

describe('token shape', () => {
  it('is 84 URL- and form-safe characters, different every time', async () => {
    const captcha = createCaptcha({ secret: SECRET });
    const tokens = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { token } = await captcha.generate();
      expect(token).toMatch(/^[A-Za-z0-9_-]{84}$/);
      expect(encodeURIComponent(token)).toBe(token);
      tokens.add(token);
    }
    expect(tokens.size).toBe(200);
    expect(TOKEN_LENGTH).toBeLessThanOrEqual(100);
  });
});

describe('decoding', () => {
  it('reads every field of a committed token, and its store key is its nonce', () => {
    const decoded = decodeToken(vector.token);
    expect(decoded).toMatchObject({
      keyId: vector.keyId,
      locale: vector.locale,
      issuedAt: vector.issuedAt,
      expiresAt: vector.expiresAt,
    });
    expect(Buffer.from(decoded?.nonce ?? []).toString('hex')).toBe(vector.nonce);
    expect(storeKey(decoded as NonNullable<typeof decoded>)).toBe(
      Buffer.from(vector.nonce, 'hex').toString('base64url'),
    );
  });

  it('a locale id past the end of `locales` is malformed', () => {
    const bytes = Buffer.from(vector.token, 'base64url');
    bytes[2] = 255;
    expect(decodeToken(bytes.toString('base64url'))).toBeUndefined();
  });

  it('a non-canonical encoding is malformed: padding, standard base64, wrong length, spaces', async () => {
    const captcha = createCaptcha({ secret: vector.secret, now: at, store: false });
    const variants = [
      `${vector.token}=`,
      vector.token.replace(/-/g, '+').replace(/_/g, '/'),
      vector.token.slice(0, -1),
      `${vector.token}A`,
      ` ${vector.token}`,
      `${vector.token.slice(0, 40)}\n${vector.token.slice(41)}`,
    ];
    for (const token of variants) {
      expect(
        await captcha.verify(token, String(vector.answer), { scope: vector.scope }),
        token,
      ).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('another version byte is malformed', async () => {
    const bytes = Buffer.from(vector.token, 'base64url');
    bytes[0] = 2;
    const captcha = createCaptcha({ secret: vector.secret, now: at });
    expect(await captcha.verify(bytes.toString('base64url'), '7', { scope: vector.scope })).toEqual(
      {
        ok: false,
        reason: 'malformed',
      },
    );
  });

  it('a token from a fixed clock keeps 100 ms resolution', async () => {
    const clock = fixedClock(1_800_000_000_099);
    const captcha = createCaptcha({ secret: SECRET, now: clock.now, ttl: 60_000 });
    const { token, expiresAt } = await captcha.generate();
    expect(decodeToken(token)?.issuedAt).toBe(1_800_000_000_000);
    expect(expiresAt).toBe(1_800_000_060_000);
  });
  it('rounds issued-at down and the ttl up to the 100 ms unit', () => {
    expect(tokenTimes(1_800_000_000_099, 60_001)).toEqual({
      issuedAt: 1_800_000_000_000,
      expiresAt: 1_800_000_060_100,
    });
  });
});
