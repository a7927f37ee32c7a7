import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacKey, hmacSha256, sha256 } from '../../src/token/crypto/sha256.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const text = (value: string) => new TextEncoder().encode(value);
const repeat = (byte: number, length: number) => new Uint8Array(length).fill(byte);

describe('SHA-256 in TypeScript', () => {
  // FIPS 180-4 examples (NIST CSRC, "SHA-256" example values) and the usual one-million-a vector.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('NIST vector: %#', (message, digest) => {
    expect(hex(sha256(text(message)))).toBe(digest);
  });

  it('matches node:crypto for messages of every length around the padding boundaries', () => {
    for (let length = 0; length <= 200; length++) {
      const message = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 0xff);
      expect(hex(sha256(message))).toBe(createHash('sha256').update(message).digest('hex'));
    }
  });
});

describe('HMAC-SHA-256 in TypeScript', () => {
  // RFC 4231, section 4: test cases 1–7 (case 5's MAC is truncated to 128 bits there).
  const ascending = Uint8Array.from({ length: 25 }, (_, i) => i + 1);
  it.each([
    [
      repeat(0x0b, 20),
      text('Hi There'),
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    ],
    [
      text('Jefe'),
      text('what do ya want for nothing?'),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    ],
    [
      repeat(0xaa, 20),
      repeat(0xdd, 50),
      '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    ],
    [
      ascending,
      repeat(0xcd, 50),
      '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
    ],
    [repeat(0x0c, 20), text('Test With Truncation'), 'a3b6167473100ee06e0c796c2955552b'],
    [
      repeat(0xaa, 131),
      text('Test Using Larger Than Block-Size Key - Hash Key First'),
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    ],
    [
      repeat(0xaa, 131),
      text(
        'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
      ),
      '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    ],
  ])('RFC 4231 test case %#', (key, data, mac) => {
    expect(hex(hmacSha256(hmacKey(key), data)).slice(0, mac.length)).toBe(mac);
  });

  it('matches node:crypto for any key and any message, in any parts', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.array(fc.uint8Array({ maxLength: 150 }), { maxLength: 4 }),
        (key, parts) => {
          const expected = createHmac('sha256', key);
          for (const part of parts) expected.update(part);
          expect(hex(hmacSha256(hmacKey(key), ...parts))).toBe(expected.digest('hex'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('one prepared key gives the same MAC every time (no state leaks between calls)', () => {
    const key = hmacKey(text('k'.repeat(32)));
    const first = hex(hmacSha256(key, text('one')));
    hmacSha256(key, repeat(1, 300));
    hmacSha256(hmacKey(repeat(2, 100)), text('two'));
    expect(hex(hmacSha256(key, text('one')))).toBe(first);
  });
});
