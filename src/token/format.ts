/**
 * Token format v1: 63 bytes, 84 base64url characters. This file owns the
 * format: the byte layout (the table below, and `LAYOUT`, built from it),
 * the clock's unit, encoding, decoding and the replay-store key. The layout is
 * explained in docs/token-format.md and pinned by tests/vectors.json.
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
  ['answerTag', 16],
  ['mac', 16],
] as const;

type FieldName = (typeof FIELD_SIZES)[number][0];

/** Where each field starts and ends, derived from {@link FIELD_SIZES}. */
const LAYOUT = (() => {
  const layout = {} as Record<FieldName, { start: number; end: number }>;
  let start = 0;
  for (const [name, size] of FIELD_SIZES) {
    layout[name] = { start, end: start + size };
    start += size;
  }
  return layout;
})();

export const TOKEN_VERSION = 1;
/** Bytes of a v1 token. */
const TOKEN_BYTES = LAYOUT.mac.end;
/** Length of a v1 token in base64url characters (63 bytes: no padding, no spare bits). */
export const TOKEN_LENGTH = (TOKEN_BYTES / 3) * 4;
/** Bytes of the random nonce (128 bits). */
export const NONCE_BYTES = LAYOUT.nonce.end - LAYOUT.nonce.start;
/** Bytes of the answer tag and of the MAC (128 bits each). */
export const TAG_BYTES = LAYOUT.mac.end - LAYOUT.mac.start;
/** Milliseconds per unit of the token's clock fields. */
export const TIME_UNIT_MS = 100;

const TOKEN_SHAPE = new RegExp(`^[A-Za-z0-9_-]{${TOKEN_LENGTH}}$`);

/** What a token says, before or after it is signed. */
export interface TokenClaims {
  keyId: number;
  locale: Locale;
  /** Epoch milliseconds, a multiple of {@link TIME_UNIT_MS}. */
  issuedAt: number;
  /** Epoch milliseconds, a multiple of {@link TIME_UNIT_MS}. */
  expiresAt: number;
  nonce: Uint8Array;
}

/** A decoded token whose MAC is not yet checked. */
export interface DecodedToken extends TokenClaims {
  /** The bytes the MAC covers (all before it). */
  signed: Uint8Array;
  answerTag: Uint8Array;
  mac: Uint8Array;
}

/** A token's issue and expiry times for a clock reading and a ttl, in the token's unit. */
export function tokenTimes(now: number, ttl: number): { issuedAt: number; expiresAt: number } {
  const issuedAt = Math.floor(now / TIME_UNIT_MS) * TIME_UNIT_MS;
  return { issuedAt, expiresAt: issuedAt + Math.ceil(ttl / TIME_UNIT_MS) * TIME_UNIT_MS };
}

function field(bytes: Uint8Array, name: FieldName): Uint8Array {
  return bytes.subarray(LAYOUT[name].start, LAYOUT[name].end);
}

function writeTime(view: DataView, name: 'issuedAt' | 'expiresAt', ms: number): void {
  const units = ms / TIME_UNIT_MS;
  view.setUint16(LAYOUT[name].start, Math.floor(units / 2 ** 32));
  view.setUint32(LAYOUT[name].start + 2, units % 2 ** 32);
}

function readTime(view: DataView, name: 'issuedAt' | 'expiresAt'): number {
  const { start } = LAYOUT[name];
  return (view.getUint16(start) * 2 ** 32 + view.getUint32(start + 2)) * TIME_UNIT_MS;
}

/**
 * Lays out a token's claims and answer tag; `seal` then writes its MAC (which
 * covers `signed`, every byte before it) and encodes it.
 */
export function layOut(
  claims: TokenClaims,
  answerTag: Uint8Array,
): { signed: Uint8Array; seal(mac: Uint8Array): string } {
  const bytes = new Uint8Array(TOKEN_BYTES);
  const view = new DataView(bytes.buffer);
  bytes[LAYOUT.version.start] = TOKEN_VERSION;
  bytes[LAYOUT.keyId.start] = claims.keyId;
  bytes[LAYOUT.localeId.start] = localeId(claims.locale);
  writeTime(view, 'issuedAt', claims.issuedAt);
  writeTime(view, 'expiresAt', claims.expiresAt);
  field(bytes, 'nonce').set(claims.nonce);
  field(bytes, 'answerTag').set(answerTag);
  return {
    signed: bytes.subarray(0, LAYOUT.mac.start),
    seal(mac) {
      field(bytes, 'mac').set(mac);
      return toBase64Url(bytes);
    },
  };
}

/**
 * Reads a token's fields without trusting them: `undefined` unless it is a
 * string of exactly 84 base64url characters holding a version 1 token of a
 * known locale. 63 bytes make 84 characters with no spare bits, so every
 * string that passes the shape check is the one canonical encoding of its bytes.
 */
export function decodeToken(token: unknown): DecodedToken | undefined {
  if (typeof token !== 'string' || token.length !== TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) {
    return undefined;
  }
  const bytes = fromBase64Url(token);
  if (bytes.length !== TOKEN_BYTES || bytes[LAYOUT.version.start] !== TOKEN_VERSION) {
    return undefined;
  }
  const locale = localeFromId(bytes[LAYOUT.localeId.start] as number);
  if (locale === undefined) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    keyId: bytes[LAYOUT.keyId.start] as number,
    locale,
    issuedAt: readTime(view, 'issuedAt'),
    expiresAt: readTime(view, 'expiresAt'),
    nonce: field(bytes, 'nonce'),
    answerTag: field(bytes, 'answerTag'),
    signed: bytes.subarray(0, LAYOUT.mac.start),
    mac: field(bytes, 'mac'),
  };
}

/** The id under which the replay store remembers a token: its nonce, in base64url. */
export function storeKey(token: DecodedToken): string {
  return toBase64Url(token.nonce);
}
