import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaptcha } from '../../src/captcha.ts';
import {
  decodeToken,
  LAYOUT,
  readUint32,
  readUint48,
  storeKey,
  TOKEN_BYTES,
  TOKEN_LENGTH,
  tokenTimes,
  writeUint32,
  writeUint48,
} from '../../src/token/format.ts';
import { decodeTokenV1 } from '../../src/token/v1.ts';
import { fixedClock, SECRET } from '../helpers.ts';
import v1File from './vectors.json' with { type: 'json' };
import vectorFile from './vectors-v2.json' with { type: 'json' };

const vector = vectorFile.vectors[1] as (typeof vectorFile.vectors)[number];
const at = () => vector.issuedAt + 5_000;

describe('token shape', () => {
  it('is 68 URL- and form-safe characters, different every time', async () => {
    const captcha = createCaptcha({ secret: SECRET });
    const tokens = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { token } = await captcha.generate();
      expect(token).toMatch(/^[A-Za-z0-9_-]{68}$/);
      expect(encodeURIComponent(token)).toBe(token);
      tokens.add(token);
    }
    expect(tokens.size).toBe(200);
    expect(TOKEN_LENGTH).toBe(68);
    expect(TOKEN_BYTES % 3).toBe(0);
  });

  it('the layout is the table of format.ts: 51 bytes, nothing between fields', () => {
    expect(
      Object.fromEntries(
        Object.entries(LAYOUT).map(([name, { start, end }]) => [name, [start, end]]),
      ),
    ).toEqual({
      version: [0, 1],
      keyId: [1, 2],
      localeId: [2, 3],
      issuedAt: [3, 9],
      expiresAt: [9, 15],
      nonce: [15, 31],
      answer: [31, 35],
      mac: [35, 51],
    });
  });
});

describe('decoding', () => {
  it('reads every field of a committed token, and its store key is its nonce', () => {
    const decoded = decodeToken(vector.token);
    expect(decoded).toMatchObject({
      version: 2,
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

  it('the store key, taken from the text, is the nonce in base64url for any nonce, v2 and v1', () => {
    const v1Bytes = Buffer.from((v1File.vectors[0] as { token: string }).token, 'base64url');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (nonce) => {
        for (const [bytes, decode] of [
          [Buffer.from(vector.token, 'base64url'), decodeToken],
          [Buffer.from(v1Bytes), decodeTokenV1],
        ] as const) {
          bytes.set(nonce, LAYOUT.nonce.start);
          const decoded = decode(bytes.toString('base64url'));
          expect(decoded && storeKey(decoded)).toBe(Buffer.from(nonce).toString('base64url'));
        }
      }),
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
      ).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('another version byte is malformed, v1 included: the length says which version it is', async () => {
    const captcha = createCaptcha({ secret: vector.secret, now: at });
    for (const version of [0, 1, 3, 255]) {
      const bytes = Buffer.from(vector.token, 'base64url');
      bytes[0] = version;
      expect(
        await captcha.verify(bytes.toString('base64url'), '7', { scope: vector.scope }),
      ).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});

describe('times', () => {
  it('a token keeps the clock to the millisecond', async () => {
    const clock = fixedClock(1_800_000_000_099);
    const captcha = createCaptcha({ secret: SECRET, now: clock.now, ttl: 60_001 });
    const { token, expiresAt } = await captcha.generate();
    expect(decodeToken(token)?.issuedAt).toBe(1_800_000_000_099);
    expect(expiresAt).toBe(1_800_000_060_100);
    expect(decodeToken(token)?.expiresAt).toBe(expiresAt);
  });

  it('rounds a clock that reads fractions up, never down', () => {
    expect(tokenTimes(1_800_000_000_099.2, 60_000)).toEqual({
      issuedAt: 1_800_000_000_100,
      expiresAt: 1_800_000_060_100,
    });
  });

  it('48- and 32-bit big-endian fields round-trip at their limits', () => {
    const bytes = new Uint8Array(6);
    for (const value of [0, 1, 2 ** 32 - 1, 2 ** 32, 4_102_444_800_999, 2 ** 48 - 1]) {
      writeUint48(bytes, 0, value);
      expect(readUint48(bytes, 0)).toBe(value);
    }
    writeUint48(bytes, 0, 0x0102_0304_0506);
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6]);
    for (const value of [0, 1, 0x8000_0000, 2 ** 32 - 1]) {
      writeUint32(bytes, 1, value);
      expect(readUint32(bytes, 1)).toBe(value);
    }
  });
});
