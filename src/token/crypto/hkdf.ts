/**
 * HKDF-SHA-256 (RFC 5869) over `sha256.ts`'s HMAC, for every build: keys are
 * derived synchronously, with no platform call, so `createCaptcha` loads no
 * crypto module (Node's takes 6 ms to load in a fresh process) and the Web
 * Crypto build no longer waits on a promise for its keys (docs/decisions.md).
 *
 * Its two steps are apart: the keys of one secret share their salt and so
 * their extracted key, which is computed once (in cold code each SHA-256
 * compression costs a few kilobytes of garbage).
 */
import { type HmacKey, hmacKey, hmacSha256 } from './sha256.js';

const HASH_BYTES = 32;

/** HKDF-Extract: the pseudorandom key of `secret` under `salt`, ready for {@link hkdfExpand}. */
export function hkdfExtract(salt: Uint8Array, secret: Uint8Array): HmacKey {
  // An empty salt is a string of zeros (RFC 5869 §2.2).
  const saltKey = hmacKey(salt.length > 0 ? salt : new Uint8Array(HASH_BYTES));
  return hmacKey(hmacSha256(saltKey, secret));
}

/**
 * HKDF-Expand: `length` bytes for one purpose (`info`) from an extracted key
 * (RFC 5869 allows at most 255 × 32; calcha asks for 1 or 32).
 */
export function hkdfExpand(key: HmacKey, info: Uint8Array, length: number): Uint8Array {
  // T(i) = HMAC(PRK, T(i − 1) ‖ info ‖ i); the output is the first `length` bytes of T(1) ‖ T(2)…
  const output = new Uint8Array(length);
  let block: Uint8Array = new Uint8Array(0);
  for (let i = 1, written = 0; written < length; i++, written += HASH_BYTES) {
    block = hmacSha256(key, block, info, Uint8Array.of(i));
    output.set(block.subarray(0, length - written), written);
  }
  return output;
}
