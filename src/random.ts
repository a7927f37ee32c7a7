/**
 * Random whole numbers from the platform's CSPRNG, without modulo bias.
 *
 * Values are drawn 32 bits at a time from a small pool that is refilled from
 * the crypto seam's `fillRandomBytes` (the kernel's generator in the node
 * build, Web Crypto's `getRandomValues` in the other); a draw at or above the
 * largest multiple of the range is rejected and drawn again, so every value
 * is equally likely.
 */
import { fillRandomBytes } from '#crypto';

/** Draws one uniformly random integer in `[0, 2^32)`. */
export type RandomSource = () => number;

const POOL_SIZE = 1_024;
const TWO_POW_32 = 2 ** 32;

/** The default source: the platform's CSPRNG, pooled to spare a call per draw. */
export function cryptoRandomSource(): RandomSource {
  const pool = new Uint32Array(POOL_SIZE);
  const poolBytes = new Uint8Array(pool.buffer);
  let next = POOL_SIZE;
  return () => {
    if (next === POOL_SIZE) {
      fillRandomBytes(poolBytes);
      next = 0;
    }
    return pool[next++] as number;
  };
}

/** A uniformly random integer in `[min, max]` (both inclusive). */
export function randomInt(random: RandomSource, min: number, max: number): number {
  const range = max - min + 1;
  // Reject draws ≥ cutoff: the remaining 2^32 − (2^32 mod range) values split evenly.
  const cutoff = TWO_POW_32 - (TWO_POW_32 % range);
  let draw = random();
  while (draw >= cutoff) draw = random();
  return min + (draw % range);
}

/** Fresh random bytes for secrets. */
export function randomBytes(length: number): Uint8Array {
  return fillRandomBytes(new Uint8Array(length));
}

/** Bytes drawn from the CSPRNG at a time for {@link fillRandom}: 256 nonces. */
const BYTE_POOL_SIZE = 4_096;
const bytePool = new Uint8Array(BYTE_POOL_SIZE);
let poolNext = BYTE_POOL_SIZE;

/**
 * Fills `target` with random bytes from a pool refilled with
 * the platform's CSPRNG (one call per 256 nonces rather than one each: it
 * was the top frame of a profile of generate). Each byte is handed out once
 * and wiped from the pool.
 */
export function fillRandom(target: Uint8Array): Uint8Array {
  const { length } = target;
  if (length > BYTE_POOL_SIZE) return fillRandomBytes(target);
  if (poolNext + length > BYTE_POOL_SIZE) {
    fillRandomBytes(bytePool);
    poolNext = 0;
  }
  const end = poolNext + length;
  target.set(bytePool.subarray(poolNext, end));
  bytePool.fill(0, poolNext, end);
  poolNext = end;
  return target;
}
