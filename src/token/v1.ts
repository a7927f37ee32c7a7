/**
 * Token format v1, kept for verification only: what 0.1.0 issued. A token
 * lives at most 7 days, so v1 tokens still in forms verify until then; this
 * file and its call in `signing.ts` can go in the first release 7 days after
 * v2 (see docs/token-format.md). Nothing issues v1 any more but the test vectors.
 *
 *   offset  size  field
 *        0     1  version (1)
 *        1     1  key id
 *        2     1  locale id (position in `locales`)
 *        3     6  issued at, tenths of a second since 1970, unsigned big-endian
 *        9     6  expires at, same unit
 *       15    16  nonce
 *       31    16  answer tag: HMAC-SHA-256(answer key, nonce ‖ answer as uint32)[0..16)
 *       47    16  MAC: HMAC-SHA-256(MAC key, bytes 0..47 ‖ uint32 scope length ‖ scope)[0..16)
 */
import { constantTimeEqual, toBase64Url } from '#crypto';
import { localeFromId, localeId } from '../language/locales.js';
import { hmacSha256 } from './crypto/sha256.js';
import {
  base64UrlDecoder,
  type DecodedToken,
  readUint48,
  type TokenClaims,
  writeUint32,
  writeUint48,
} from './format.js';
import type { V1Keys } from './keys.js';

/** Bytes of a v1 token. */
const V1_BYTES = 63;
/** Length of a v1 token in base64url characters. */
export const V1_TOKEN_LENGTH = (V1_BYTES / 3) * 4;
const decodeV1Text = base64UrlDecoder(V1_TOKEN_LENGTH);
/** Milliseconds per unit of v1's clock fields. */
const V1_TIME_UNIT_MS = 100;
const NONCE = { start: 15, end: 31 };
const ANSWER_TAG = { start: 31, end: 47 };
const MAC = { start: 47, end: 63 };

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  writeUint32(bytes, 0, value);
  return bytes;
}

function answerTag(keys: V1Keys, nonce: Uint8Array, answer: number): Uint8Array {
  return hmacSha256(keys.answer, nonce, uint32(answer)).subarray(0, 16);
}

function mac(keys: V1Keys, signed: Uint8Array, scope: Uint8Array): Uint8Array {
  return hmacSha256(keys.mac, signed, scope).subarray(0, 16);
}

/** Reads a v1 token's fields without trusting them: `undefined` unless 84 canonical characters of a known locale. */
export function decodeTokenV1(token: string): DecodedToken | undefined {
  const bytes = decodeV1Text(token);
  if (bytes?.length !== V1_BYTES || bytes[0] !== 1) return undefined;
  const locale = localeFromId(bytes[2] as number);
  if (locale === undefined) return undefined;
  return {
    version: 1,
    keyId: bytes[1] as number,
    locale,
    issuedAt: readUint48(bytes, 3) * V1_TIME_UNIT_MS,
    expiresAt: readUint48(bytes, 9) * V1_TIME_UNIT_MS,
    nonce: bytes.subarray(NONCE.start, NONCE.end),
    bytes,
    text: token,
  };
}

/**
 * Checks a v1 token's MAC (`scope` as uint32 length ‖ UTF-8, constant time);
 * when it holds, returns the check of an answer against its answer tag.
 */
export function openTokenV1(
  token: DecodedToken,
  keys: V1Keys,
  scope: Uint8Array,
): ((answer: number) => boolean) | undefined {
  const { bytes } = token;
  const expected = mac(keys, bytes.subarray(0, MAC.start), scope);
  if (!constantTimeEqual(expected, bytes.subarray(MAC.start, MAC.end))) return undefined;
  return (answer) =>
    constantTimeEqual(
      answerTag(keys, token.nonce, answer),
      bytes.subarray(ANSWER_TAG.start, ANSWER_TAG.end),
    );
}

/** Signs a v1 token: only the test vectors still need it, to pin v1 both ways. */
export function signTokenV1(
  claims: TokenClaims,
  answer: number,
  keys: V1Keys,
  scope: Uint8Array,
): string {
  const bytes = new Uint8Array(V1_BYTES);
  bytes[0] = 1;
  bytes[1] = claims.keyId;
  bytes[2] = localeId(claims.locale);
  writeUint48(bytes, 3, claims.issuedAt / V1_TIME_UNIT_MS);
  writeUint48(bytes, 9, claims.expiresAt / V1_TIME_UNIT_MS);
  bytes.set(claims.nonce, NONCE.start);
  bytes.set(answerTag(keys, claims.nonce, answer), ANSWER_TAG.start);
  bytes.set(mac(keys, bytes.subarray(0, MAC.start), scope), MAC.start);
  return toBase64Url(bytes);
}
