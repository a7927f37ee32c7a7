/**
 * Signing and checking tokens: the answer tag (binds the answer without
 * revealing it) and the MAC (authenticates every field and the scope).
 * The bytes they go in are `format.ts`'s business.
 */
import { constantTimeEqual, hmacSha256 } from '#crypto';
import type { Locale } from '../language/locales.js';
import { randomBytes } from '../random.js';
import {
  type DecodedToken,
  layOut,
  NONCE_BYTES,
  TAG_BYTES,
  type TokenClaims,
  tokenTimes,
} from './format.js';
import type { Keys } from './keys.js';

const encoder = new TextEncoder();

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

async function answerTag(keys: Keys, nonce: Uint8Array, answer: number): Promise<Uint8Array> {
  return (await hmacSha256(keys.answer, nonce, uint32(answer))).subarray(0, TAG_BYTES);
}

/** The MAC over the signed bytes and the scope, its length first so no byte can move between them. */
async function mac(keys: Keys, signed: Uint8Array, scope: string): Promise<Uint8Array> {
  const scopeBytes = encoder.encode(scope);
  const tag = await hmacSha256(keys.mac, signed, uint32(scopeBytes.length), scopeBytes);
  return tag.subarray(0, TAG_BYTES);
}

/** Builds and signs a token with these claims, holding a tag of `answer`, bound to `scope`. */
export async function signToken(
  claims: TokenClaims,
  answer: number,
  keys: Keys,
  scope: string,
): Promise<string> {
  const token = layOut(claims, await answerTag(keys, claims.nonce, answer));
  return token.seal(await mac(keys, token.signed, scope));
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

/** Issues a fresh token (new nonce, times in the token's unit) for an answer. */
export async function issueToken(issue: Issue): Promise<{ token: string; expiresAt: number }> {
  const { issuedAt, expiresAt } = tokenTimes(issue.now, issue.ttl);
  const claims = {
    keyId: issue.keys.id,
    locale: issue.locale,
    issuedAt,
    expiresAt,
    nonce: randomBytes(NONCE_BYTES),
  };
  return { token: await signToken(claims, issue.answer, issue.keys, issue.scope), expiresAt };
}

/** The keys whose MAC the token carries for this scope (constant-time), or `undefined`. */
export async function signingKeys(
  token: DecodedToken,
  keyring: readonly Keys[],
  scope: string,
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
