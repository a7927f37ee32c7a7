import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  deriveBytes,
  fromBase64Url,
  hmacSha256,
  macKey,
  toBase64Url,
} from '../src/crypto.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const text = (value: string) => new TextEncoder().encode(value);

describe(`crypto primitives (${process.env.CALCHA_CRYPTO})`, () => {
  it('is the implementation this test project asked for', async () => {
    const result = hmacSha256(await macKey(text('k')), text('x'));
    expect(result instanceof Promise).toBe(process.env.CALCHA_CRYPTO === 'web');
    expect(await result).toHaveLength(32);
  });

  it('HMAC-SHA-256 matches RFC 4231 test case 2, over parts', async () => {
    const key = await macKey(text('Jefe'));
    const mac = await hmacSha256(key, text('what do ya want '), text('for nothing?'));
    expect(hex(mac)).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('HKDF-SHA-256 matches node:crypto for any secret, salt and info', async () => {
    const { hkdfSync } = await import('node:crypto');
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 32, maxLength: 64 }),
        fc.string(),
        fc.string(),
        async (secret, salt, info) => {
          const expected = new Uint8Array(hkdfSync('sha256', secret, salt, info, 32));
          expect(hex(await deriveBytes(secret, salt, info, 32))).toBe(hex(expected));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('base64url round-trips any bytes, without padding, as node encodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const encoded = toBase64Url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        expect(hex(fromBase64Url(encoded))).toBe(hex(bytes));
      }),
    );
  });

  it('compares in constant time, and bytes of other lengths are unequal', () => {
    expect(constantTimeEqual(text('abc'), text('abc'))).toBe(true);
    expect(constantTimeEqual(text('abc'), text('abd'))).toBe(false);
    expect(constantTimeEqual(text('abc'), text('abcd'))).toBe(false);
  });
});
