/**
 * Token format v1: 63 bytes, 84 base64url characters. The layout is in
 * docs/token-format.md and pinned by tests/vectors.json.
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
import { constantTimeEqual, fromBase64Url, hmacSha256, toBase64Url } from './crypto.js';
import type { Keys } from './keys.js';

export const TOKEN_VERSION = 1;
/** Length of a v1 token in characters. */
export const TOKEN_LENGTH = 84;
/** Bytes of the random nonce (128 bits). */
export const NONCE_BYTES = 16;
/** Milliseconds per unit of the token's clock fields. */
export const TIME_UNIT_MS = 100;

const TAG_BYTES = 16;
const SIGNED_BYTES = 47;
const TOKEN_BYTES = SIGNED_BYTES + TAG_BYTES;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{84}$/;
const encoder = new TextEncoder();

/** What a token says, before or after it is signed. */
export interface TokenClaims {
  keyId: number;
  localeId: number;
  /** Epoch milliseconds, a multiple of {@link TIME_UNIT_MS}. */
  issuedAt: number;
  /** Epoch milliseconds, a multiple of {@link TIME_UNIT_MS}. */
  expiresAt: number;
  nonce: Uint8Array;
}

/** A decoded token whose MAC is not yet checked. */
export interface DecodedToken extends TokenClaims {
  signed: Uint8Array;
  answerTag: Uint8Array;
  mac: Uint8Array;
}

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

function writeTime(view: DataView, offset: number, ms: number): void {
  const units = ms / TIME_UNIT_MS;
  view.setUint16(offset, Math.floor(units / 2 ** 32));
  view.setUint32(offset + 2, units % 2 ** 32);
}

function readTime(view: DataView, offset: number): number {
  return (view.getUint16(offset) * 2 ** 32 + view.getUint32(offset + 2)) * TIME_UNIT_MS;
}

async function answerTag(keys: Keys, nonce: Uint8Array, answer: number): Promise<Uint8Array> {
  return (await hmacSha256(keys.answer, nonce, uint32(answer))).subarray(0, TAG_BYTES);
}

async function mac(keys: Keys, signed: Uint8Array, scope: Uint8Array): Promise<Uint8Array> {
  return (await hmacSha256(keys.mac, signed, uint32(scope.length), scope)).subarray(0, TAG_BYTES);
}

/** The scope as the bytes the MAC covers. */
export function scopeBytes(scope: string): Uint8Array {
  return encoder.encode(scope);
}

/** Builds and signs a token that holds a tag of `answer`, bound to `scope`. */
export async function signToken(
  claims: TokenClaims,
  answer: number,
  keys: Keys,
  scope: Uint8Array,
): Promise<string> {
  const bytes = new Uint8Array(TOKEN_BYTES);
  const view = new DataView(bytes.buffer);
  bytes[0] = TOKEN_VERSION;
  bytes[1] = claims.keyId;
  bytes[2] = claims.localeId;
  writeTime(view, 3, claims.issuedAt);
  writeTime(view, 9, claims.expiresAt);
  bytes.set(claims.nonce, 15);
  bytes.set(await answerTag(keys, claims.nonce, answer), 31);
  bytes.set(await mac(keys, bytes.subarray(0, SIGNED_BYTES), scope), SIGNED_BYTES);
  return toBase64Url(bytes);
}

/**
 * Reads a token's fields without trusting them: `undefined` unless it is a
 * string of exactly 84 base64url characters holding a version 1 token.
 * 63 bytes make 84 characters with no spare bits, so every string that passes
 * the shape check is the one canonical encoding of its bytes.
 */
export function decodeToken(token: unknown): DecodedToken | undefined {
  if (typeof token !== 'string' || token.length !== TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) {
    return undefined;
  }
  const bytes = fromBase64Url(token);
  if (bytes.length !== TOKEN_BYTES || bytes[0] !== TOKEN_VERSION) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    keyId: bytes[1] as number,
    localeId: bytes[2] as number,
    issuedAt: readTime(view, 3),
    expiresAt: readTime(view, 9),
    nonce: bytes.subarray(15, 31),
    answerTag: bytes.subarray(31, SIGNED_BYTES),
    signed: bytes.subarray(0, SIGNED_BYTES),
    mac: bytes.subarray(SIGNED_BYTES),
  };
}

/** The keys whose MAC the token carries for this scope (constant-time), or `undefined`. */
export async function signingKeys(
  token: DecodedToken,
  keyring: readonly Keys[],
  scope: Uint8Array,
): Promise<Keys | undefined> {
  for (const keys of keyring) {
    if (
      keys.id === token.keyId &&
      constantTimeEqual(await mac(keys, token.signed, scope), token.mac)
    ) {
      return keys;
    }
  }
  return undefined;
}

/** Whether `answer` is the one the token was issued for (constant-time). */
export async function answerMatches(
  token: DecodedToken,
  keys: Keys,
  answer: number,
): Promise<boolean> {
  return constantTimeEqual(await answerTag(keys, token.nonce, answer), token.answerTag);
}
