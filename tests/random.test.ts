import { describe, expect, it } from 'vitest';
import { cryptoRandomSource, fillRandom, randomBytes, randomInt } from '../src/random.ts';
import { seededRandom } from './helpers.ts';

describe('randomInt', () => {
  it('rejects draws at or above the cutoff instead of folding them (no modulo bias)', () => {
    // range 3: cutoff = 2^32 − (2^32 mod 3) = 4294967295; the first draw is rejected.
    const draws = [4294967295, 4294967294, 5];
    let i = 0;
    const source = () => draws[i++] as number;
    expect(randomInt(source, 10, 12)).toBe(10 + (4294967294 % 3));
    expect(i).toBe(2);
  });

  it('covers the whole range and nothing outside it', () => {
    const random = seededRandom(3);
    const counts = new Map<number, number>();
    for (let i = 0; i < 6_000; i++) {
      const v = randomInt(random, -2, 3);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    for (const count of counts.values()) expect(count).toBeGreaterThan(800);
  });

  it('the CSPRNG source gives 32-bit values, served from a pool, and fresh bytes each call', () => {
    const random = cryptoRandomSource();
    const values = Array.from({ length: 200 }, random);
    for (const v of values) expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(195);
    expect(randomBytes(16)).toHaveLength(16);
    expect(Buffer.from(randomBytes(16)).equals(Buffer.from(randomBytes(16)))).toBe(false);
  });
});

describe('fillRandom', () => {
  it('hands out pooled bytes once each, across refills, and fills large buffers directly', () => {
    const nonces = Array.from({ length: 600 }, () =>
      Buffer.from(fillRandom(new Uint8Array(16))).toString('hex'),
    );
    // 600 nonces span three refills of the 4 096-byte pool; no two are alike.
    expect(new Set(nonces).size).toBe(600);
    const large = fillRandom(new Uint8Array(5_000));
    expect(large.some((byte) => byte !== 0)).toBe(true);
  });
});
