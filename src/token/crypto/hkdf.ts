/**
 * HKDF-SHA-256 (RFC 5869) over `sha256.ts`'s HMAC, for every build: keys are
 * derived synchronously, with no platform call, so `createCaptcha` loads no
 * crypto module (Node's takes 6 ms to load in a fresh process; the first
 * question loads it for its random numbers instead) and the Web Crypto build
 * no longer waits on a promise for its keys (docs/decisions.md).
 */
import { hmacKey, hmacSha256 } from './sha256.js';

const HASH_BYTES = 32;

/**
 * HKDF-SHA-256: `length` bytes derived from `secret` with `salt` and `info`
 * (RFC 5869 allows at most 255 × 32; calcha asks for 1 or 32).
 */
export function hkdf(
  secret: Uint8Array,
  salt: Uint8Array,
  info: Uint8Array,
  length: number,
): Uint8Array {
  // Extract: PRK = HMAC(salt, IKM); an empty salt is a string of zeros (RFC 5869 §2.2).
  const pseudorandomKey = hmacKey(
    hmacSha256(hmacKey(salt.length > 0 ? salt : new Uint8Array(HASH_BYTES)), secret),
  );
  // Expand: T(i) = HMAC(PRK, T(i − 1) ‖ info ‖ i), OKM = the first `length` bytes of T(1) ‖ T(2)…
  const output = new Uint8Array(length);
  let block: Uint8Array = new Uint8Array(0);
  for (let i = 1, written = 0; written < length; i++, written += HASH_BYTES) {
    block = hmacSha256(pseudorandomKey, block, info, Uint8Array.of(i));
    output.set(block.subarray(0, length - written), written);
  }
  return output;
}
