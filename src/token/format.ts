/**
 * Token format v2: 51 bytes, 68 base64url characters. This file owns the
 * format: the byte layout (the table below, and `LAYOUT`, built from it), the
 * clock's unit, encoding, decoding and the replay-store key. The layout is
 * argued in docs/token-format.md and pinned by tests/token/vectors-v2.json.
 * (v1, 84 characters, still verifies for as long as one could be alive: `v1.ts`.)
 *
 *   offset  size  field
 *        0     1  version (2)
 *        1     1  key id
 *        2     1  locale id (position in `locales`)
 *        3     6  issued at, milliseconds since 1970, unsigned big-endian
 *        9     6  expires at, same unit
 *       15    16  nonce
 *       31     4  answer, encrypted: uint32 big-endian answer XOR T[16..20)
 *       35    16  MAC: T[0..16)
 *
 *   T = HMAC-SHA-256(token key, bytes 0..31 ‖ uint32 scope length ‖ scope)
 *
 * One HMAC per side: T authenticates the header, the nonce and the scope, and
 * its last bytes are a one-time pad for the answer (the nonce makes T unique).
 */
import { fromBase64Url, toBase64Url } from '#crypto';
import { type Locale, localeFromId, localeId } from '../language/locales.js';

/** The fields in order with their sizes in bytes: the table above, as code. */
const FIELD_SIZES = [
  ['version', 1],
  ['keyId', 1],
  ['localeId', 1],
  ['issuedAt', 6],
  ['expiresAt', 6],
  ['nonce', 16],
  ['answer', 4],
  ['mac', 16],
] as const;

type FieldName = (typeof FIELD_SIZES)[number][0];

/** Where each field starts and ends, derived from {@link FIELD_SIZES}. */
export const LAYOUT = (() => {
  const layout = {} as Record<FieldName, { start: number; end: number }>;
  let start = 0;
  for (const [name, size] of FIELD_SIZES) {
    layout[name] = { start, end: start + size };
    start += size;
  }
  return layout;
})();

export const TOKEN_VERSION = 2;
/** Bytes of a v2 token. */
export const TOKEN_BYTES = LAYOUT.mac.end;
/** Length of a v2 token in base64url characters (51 bytes: no padding, no spare bits). */
export const TOKEN_LENGTH = (TOKEN_BYTES / 3) * 4;
/** Bytes of the random nonce (128 bits). */
export const NONCE_BYTES = LAYOUT.nonce.end - LAYOUT.nonce.start;
/** Bytes of the MAC (128 bits). */
export const MAC_BYTES = LAYOUT.mac.end - LAYOUT.mac.start;
/** The bytes T authenticates before the scope: the header and the nonce. */
export const SIGNED_BYTES = LAYOUT.nonce.end;
/**
 * Answers fit in this many bits (the largest is 1000); every bit above them
 * must decrypt to zero, so a changed bit there is a bad signature.
 */
export const ANSWER_BITS = 10;

/**
 * Decodes base64url texts of exactly `length` characters, a multiple of 4 (so
 * there is no padding and no spare bits: a text that passes is the one
 * canonical encoding of its bytes); `undefined` for any other text. Both token
 * versions read their text with one.
 */
export function base64UrlDecoder(length: number): (text: string) => Uint8Array | undefined {
  const shape = new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
  // The length first: it stops a long string before the pattern reads it.
  return (text) => (text.length === length && shape.test(text) ? fromBase64Url(text) : undefined);
}

const decodeTokenText = base64UrlDecoder(TOKEN_LENGTH);

/** What a token says, before or after it is signed. */
export interface TokenClaims {
  keyId: number;
  locale: Locale;
  /** Epoch milliseconds, a multiple of the version's time unit. */
  issuedAt: number;
  /** Epoch milliseconds, a multiple of the version's time unit. */
  expiresAt: number;
  nonce: Uint8Array;
}

/** A decoded token of either version whose MAC is not yet checked. */
export interface DecodedToken extends TokenClaims {
  version: 1 | 2;
  /** The token's bytes. */
  bytes: Uint8Array;
  /** The token as received (base64url). */
  text: string;
}

/** A token's issue and expiry times for a clock reading and a ttl: whole milliseconds. */
export function tokenTimes(now: number, ttl: number): { issuedAt: number; expiresAt: number } {
  // Up, never down: minSolveTime counts from issued-at, so it must not start before `now`.
  const issuedAt = Math.ceil(now);
  return { issuedAt, expiresAt: issuedAt + ttl };
}

/** Writes a 48-bit unsigned big-endian integer (a time) at `offset`. */
export function writeUint48(bytes: Uint8Array, offset: number, value: number): void {
  const high = Math.floor(value / 2 ** 32);
  const low = value >>> 0;
  bytes[offset] = high >>> 8;
  bytes[offset + 1] = high;
  writeUint32(bytes, offset + 2, low);
}

/** Reads a 48-bit unsigned big-endian integer at `offset`. */
export function readUint48(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] as number) * 2 ** 8 + (bytes[offset + 1] as number)) * 2 ** 32 +
    readUint32(bytes, offset + 2)
  );
}

/** Writes a 32-bit unsigned big-endian integer at `offset`. */
export function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value >>> 24;
  bytes[offset + 1] = value >>> 16;
  bytes[offset + 2] = value >>> 8;
  bytes[offset + 3] = value;
}

/** Reads a 32-bit unsigned big-endian integer at `offset`. */
export function readUint32(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] as number) * 2 ** 24 +
      (((bytes[offset + 1] as number) << 16) |
        ((bytes[offset + 2] as number) << 8) |
        (bytes[offset + 3] as number))) >>>
    0
  );
}

/** Lays out a v2 token's claims: its bytes, with the ones T covers before the scope ready. */
export function layOut(claims: TokenClaims): Uint8Array {
  const bytes = new Uint8Array(TOKEN_BYTES);
  bytes[LAYOUT.version.start] = TOKEN_VERSION;
  bytes[LAYOUT.keyId.start] = claims.keyId;
  bytes[LAYOUT.localeId.start] = localeId(claims.locale);
  writeUint48(bytes, LAYOUT.issuedAt.start, claims.issuedAt);
  writeUint48(bytes, LAYOUT.expiresAt.start, claims.expiresAt);
  bytes.set(claims.nonce, LAYOUT.nonce.start);
  return bytes;
}

/** Writes the encrypted answer and the MAC of a laid-out token from its T, and encodes it. */
export function seal(bytes: Uint8Array, t: Uint8Array, answer: number): string {
  writeUint32(bytes, LAYOUT.answer.start, (answer ^ readUint32(t, MAC_BYTES)) >>> 0);
  for (let i = 0; i < MAC_BYTES; i++) bytes[LAYOUT.mac.start + i] = t[i] as number;
  return toBase64Url(bytes);
}

/**
 * Reads a v2 token's fields without trusting them: `undefined` unless it is a
 * string of exactly 68 base64url characters holding a version 2 token of a
 * known locale. 51 bytes make 68 characters with no spare bits, so every
 * string that passes the shape check is the one canonical encoding of its bytes.
 */
export function decodeToken(token: string): DecodedToken | undefined {
  const bytes = decodeTokenText(token);
  if (bytes?.length !== TOKEN_BYTES || bytes[LAYOUT.version.start] !== TOKEN_VERSION) {
    return undefined;
  }
  const locale = localeFromId(bytes[LAYOUT.localeId.start] as number);
  if (locale === undefined) return undefined;
  return {
    version: TOKEN_VERSION,
    keyId: bytes[LAYOUT.keyId.start] as number,
    locale,
    issuedAt: readUint48(bytes, LAYOUT.issuedAt.start),
    expiresAt: readUint48(bytes, LAYOUT.expiresAt.start),
    nonce: bytes.subarray(LAYOUT.nonce.start, LAYOUT.nonce.end),
    bytes,
    text: token,
  };
}

/**
 * Opens a v2 token whose T has been computed: `undefined` when the MAC differs
 * (compared in constant time) or the answer's high bits do not decrypt to
 * zero; else the answer it was issued for.
 */
export function openAnswer(token: DecodedToken, t: Uint8Array): number | undefined {
  const { bytes } = token;
  // Constant time: every byte is compared whatever the first difference (no early exit), in
  // place, with no view allocated per call.
  let difference = 0;
  for (let i = 0; i < MAC_BYTES; i++) {
    difference |= (t[i] as number) ^ (bytes[LAYOUT.mac.start + i] as number);
  }
  if (difference !== 0) return undefined;
  const answer = (readUint32(bytes, LAYOUT.answer.start) ^ readUint32(t, MAC_BYTES)) >>> 0;
  return answer >>> ANSWER_BITS === 0 ? answer : undefined;
}

/** The base64url alphabet, in order. */
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * The nonce starts at byte 15 in both versions, a multiple of 3, so its first
 * 15 bytes and the top 6 bits of its 16th are the 21 characters from 20 on.
 */
const NONCE_TEXT_START = (LAYOUT.nonce.start / 3) * 4;
/** The store key's character codes, reused by every call (it never yields). */
const keyCodes = new Array<number>(22);

/**
 * The id under which the replay store remembers a token: its nonce in
 * base64url (22 characters), taken from the token's own text rather than
 * encoded again: 21 characters as they are, and a last one from the nonce's
 * two low bits. Built as one flat string: a slice of the token would keep the
 * whole token alive for as long as the store remembers the id.
 */
export function storeKey(token: DecodedToken): string {
  for (let i = 0; i < 21; i++) keyCodes[i] = token.text.charCodeAt(NONCE_TEXT_START + i);
  const lastByte = token.bytes[LAYOUT.nonce.end - 1] as number;
  keyCodes[21] = BASE64URL.charCodeAt((lastByte & 0b11) << 4);
  return String.fromCharCode.apply(null, keyCodes);
}
