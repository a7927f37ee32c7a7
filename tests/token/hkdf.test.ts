import { hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hkdfExpand, hkdfExtract } from '../../src/token/crypto/hkdf.ts';

const hkdf = (secret: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number) =>
  hkdfExpand(hkdfExtract(salt, secret), info, length);

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (hexText: string) => new Uint8Array(Buffer.from(hexText, 'hex'));
const range = (from: number, to: number) =>
  Uint8Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('HKDF-SHA-256 in TypeScript', () => {
  // RFC 5869, appendix A: test cases 1–3 (SHA-256).
  it.each([
    {
      name: 'A.1: basic',
      ikm: bytes('0b'.repeat(22)),
      salt: range(0x00, 0x0c),
      info: range(0xf0, 0xf9),
      okm: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    },
    {
      name: 'A.2: longer inputs and outputs',
      ikm: range(0x00, 0x4f),
      salt: range(0x60, 0xaf),
      info: range(0xb0, 0xff),
      okm: 'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87',
    },
    {
      name: 'A.3: empty salt and info',
      ikm: bytes('0b'.repeat(22)),
      salt: new Uint8Array(0),
      info: new Uint8Array(0),
      okm: '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
    },
  ])('RFC 5869 $name', ({ ikm, salt, info, okm }) => {
    expect(hex(hkdf(ikm, salt, info, okm.length / 2))).toBe(okm);
  });

  it('matches node:crypto for any secret, salt, info and length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 100 }),
        fc.uint8Array({ maxLength: 100 }),
        fc.uint8Array({ maxLength: 100 }),
        fc.integer({ min: 1, max: 200 }),
        (secret, salt, info, length) => {
          const expected = new Uint8Array(hkdfSync('sha256', secret, salt, info, length));
          expect(hex(hkdf(secret, salt, info, length))).toBe(hex(expected));
        },
      ),
      { numRuns: 300 },
    );
  });
});
