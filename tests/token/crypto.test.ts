import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as selected from '#crypto';
import { readKernelRandom } from '../../src/token/crypto/kernel-random.ts';
import * as nodeCrypto from '../../src/token/crypto/node.ts';
import type { CryptoSeam } from '../../src/token/crypto/seam.ts';
import * as webCrypto from '../../src/token/crypto/web.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const text = (value: string) => new TextEncoder().encode(value);

describe('the crypto seam', () => {
  it('#crypto is the implementation this test project asked for', () => {
    const asked = process.env.CALCHA_CRYPTO === 'web' ? webCrypto : nodeCrypto;
    expect(selected.fillRandomBytes).toBe(asked.fillRandomBytes);
    expect(selected.toBase64Url).toBe(asked.toBase64Url);
  });
});

describe.each<CryptoSeam>([nodeCrypto, webCrypto])('crypto primitives: $name', (platform) => {
  it('base64url round-trips any bytes, without padding, as node encodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const encoded = platform.toBase64Url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        expect(hex(platform.fromBase64Url(encoded))).toBe(hex(bytes));
      }),
    );
  });

  it('fills every byte of the array it is given, with fresh bytes each call', () => {
    const first = new Uint8Array(65_536);
    expect(platform.fillRandomBytes(first)).toBe(first);
    // Each 4 096 uniform bytes hold about 255.9 of the 256 values; 200 or fewer has a
    // probability below 10^-90. A zero or half-filled array fails here.
    for (let start = 0; start < first.length; start += 4_096) {
      expect(new Set(first.subarray(start, start + 4_096)).size).toBeGreaterThan(200);
    }
    const second = platform.fillRandomBytes(new Uint8Array(32));
    const third = platform.fillRandomBytes(new Uint8Array(32));
    expect(hex(second)).not.toBe(hex(third));
  });

  it('compares in constant time, and bytes of other lengths are unequal', () => {
    expect(platform.constantTimeEqual(text('abc'), text('abc'))).toBe(true);
    expect(platform.constantTimeEqual(text('abc'), text('abd'))).toBe(false);
    expect(platform.constantTimeEqual(text('abc'), text('abcd'))).toBe(false);
  });
});

describe('the kernel generator behind the node build', () => {
  const distinct = (bytes: Uint8Array) => new Set(bytes).size;

  it.skipIf(process.platform === 'win32')('fills the whole array from /dev/random', () => {
    // More than one read's worth on some kernels: the loop must fill every byte.
    const target = new Uint8Array(65_536);
    expect(readKernelRandom(target)).toBe(true);
    expect(distinct(target.subarray(0, 4_096))).toBeGreaterThan(200);
    expect(distinct(target.subarray(61_440))).toBeGreaterThan(200);
  });

  it.each([
    ['a path that does not exist', '/nonexistent/random'],
    ['a regular file', fileURLToPath(import.meta.url)],
    ['a character device that reads nothing', '/dev/null'],
    ['a character device that reads zeros', '/dev/zero'],
  ])('refuses %s, so the caller falls back to node:crypto', (_, device) => {
    expect(readKernelRandom(new Uint8Array(16), device)).toBe(false);
  });
});
