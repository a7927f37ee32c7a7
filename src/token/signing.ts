/**
 * Issuing and opening tokens: one HMAC per side. Issuing computes T over the
 * header, the nonce and the scope, and seals the answer and the MAC with it;
 * opening computes T again, checks the MAC in constant time and decrypts the
 * answer. v1 tokens (`v1.ts`) open here too, while one could still be alive.
 * The bytes are `format.ts`'s business.
 */
import type { Locale } from '../language/locales.js';
import { fillRandom } from '../random.js';
import { hmacSha256 } from './crypto/sha256.js';
import {
  ANSWER_BITS,
  type DecodedToken,
  decodeToken,
  layOut,
  NONCE_BYTES,
  openAnswer,
  SIGNED_BYTES,
  seal,
  type TokenClaims,
  tokenTimes,
  writeUint32,
} from './format.js';
import type { Keys } from './keys.js';
import { decodeTokenV1, openTokenV1, V1_TOKEN_LENGTH } from './v1.js';

const encoder = new TextEncoder();
/** Scopes seen lately, as the bytes T covers (uint32 length ‖ UTF-8), so a form's scope is encoded once. */
const scopeBlocks = new Map<string, Uint8Array>();
/** Enough for the scopes of a site's busy pages; past it, scopes are encoded per call. */
const SCOPE_CACHE_SIZE = 1_024;

/** The scope as T covers it: its UTF-8 length as uint32, big-endian, then its bytes. */
function scopeBlock(scope: string): Uint8Array {
  const cached = scopeBlocks.get(scope);
  if (cached !== undefined) return cached;
  const utf8 = encoder.encode(scope);
  const block = new Uint8Array(4 + utf8.length);
  writeUint32(block, 0, utf8.length);
  block.set(utf8, 4);
  if (scopeBlocks.size < SCOPE_CACHE_SIZE) scopeBlocks.set(scope, block);
  return block;
}

/** Builds and signs a v2 token with these claims, holding `answer`, bound to `scope`. */
export function signToken(claims: TokenClaims, answer: number, keys: Keys, scope: string): string {
  if (!(Number.isInteger(answer) && answer >= 0 && answer < 2 ** ANSWER_BITS)) {
    throw new RangeError(`calcha: an answer must fit in ${ANSWER_BITS} bits, got ${answer}.`);
  }
  const bytes = layOut(claims);
  const t = hmacSha256(keys.token, bytes.subarray(0, SIGNED_BYTES), scopeBlock(scope));
  return seal(bytes, t, answer);
}

/** What {@link issueToken} needs to know. */
export interface Issue {
  keys: Keys;
  locale: Locale;
  answer: number;
  scope: string;
  /** The clock reading, in epoch ms. */
  now: number;
  /** How long the token lives, in ms. */
  ttl: number;
}

const nonce = new Uint8Array(NONCE_BYTES);

/** Issues a fresh v2 token (new nonce, times in whole ms) for an answer. */
export function issueToken(issue: Issue): { token: string; expiresAt: number } {
  const { issuedAt, expiresAt } = tokenTimes(issue.now, issue.ttl);
  const claims = {
    keyId: issue.keys.id,
    locale: issue.locale,
    issuedAt,
    expiresAt,
    // Copied into the token before anything can yield, so one buffer serves every call.
    nonce: fillRandom(nonce),
  };
  return { token: signToken(claims, issue.answer, issue.keys, issue.scope), expiresAt };
}

/** 'A': the base64url character of six zero bits, which every version byte up to 3 starts with. */
const FIRST_CHARACTER = 65;

/**
 * Reads a token of either version without trusting it: `undefined` (malformed)
 * unless it is the canonical encoding of a v2 token, or of a v1 token.
 */
export function readToken(token: unknown): DecodedToken | undefined {
  // Both versions' first byte is below 4, so their first character is 'A': most garbage
  // stops here, before any pattern or decoding.
  if (typeof token !== 'string' || token.charCodeAt(0) !== FIRST_CHARACTER) return undefined;
  return token.length === V1_TOKEN_LENGTH ? decodeTokenV1(token) : decodeToken(token);
}

/**
 * Tells whether an answer is the one a token was issued for; `answer` is that answer where the
 * token gives it up once opened (v2), so that words are read against its forms alone.
 */
export interface AnswerCheck {
  (answer: number): boolean;
  readonly answer?: number;
}

/**
 * Checks a token's MAC for this scope with each key of its key id (in constant
 * time): `undefined` when none holds (a bad signature), else the check of an
 * answer. For v2 that is one HMAC in all, the answer decrypted at once; a v1
 * token needs v1's keys, derived on first use.
 */
export function openToken(
  token: DecodedToken,
  keyring: readonly Keys[],
  scope: string,
): AnswerCheck | undefined {
  const block = scopeBlock(scope);
  if (token.version === 1) return openV1(token, keyring, block);
  const signed = token.bytes.subarray(0, SIGNED_BYTES);
  for (const keys of keyring) {
    if (keys.id !== token.keyId) continue;
    const answer = openAnswer(token, hmacSha256(keys.token, signed, block));
    // Two small integers: === takes the same time whatever they are.
    if (answer !== undefined) return Object.assign((value: number) => value === answer, { answer });
  }
  return undefined;
}

/** {@link openToken} for a v1 token: its MAC, then its answer tag, with v1's keys. */
function openV1(
  token: DecodedToken,
  keyring: readonly Keys[],
  block: Uint8Array,
): AnswerCheck | undefined {
  for (const keys of keyring) {
    if (keys.id !== token.keyId) continue;
    const check = openTokenV1(token, keys.v1(), block);
    if (check !== undefined) return check;
  }
  return undefined;
}
