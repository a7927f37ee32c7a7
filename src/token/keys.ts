/**
 * The keys of each secret: checked at once, derived with HKDF-SHA-256
 * (`crypto/hkdf.ts`, synchronous), one per purpose (the key id, the v2 token
 * key; v1's MAC and answer keys only when a v1 token comes in).
 */
import { toBase64Url } from '#crypto';
import { calchaError } from '../errors.js';
import { randomBytes } from '../random.js';
import { hkdfExpand, hkdfExtract } from './crypto/hkdf.js';
import { type HmacKey, hmacKey } from './crypto/sha256.js';

/** The shortest secret accepted, in bytes. */
export const MIN_SECRET_BYTES = 32;

const encoder = new TextEncoder();

/** HKDF's salt for every key (it names the scheme, and stays as it was in v1). */
const HKDF_SALT = encoder.encode('calcha token v1');
const HOW_TO_MAKE_ONE =
  "make one with `npx calcha secret` (or generateSecret() from 'calcha') and keep it in an environment variable such as CALCHA_SECRET";

/** The keys of v1 tokens, derived on the first v1 token verified. */
export interface V1Keys {
  /** Signs and checks a v1 token. */
  mac: HmacKey;
  /** Tags the answer, so a v1 token never holds it. */
  answer: HmacKey;
}

/** The keys derived from one secret. */
export interface Keys {
  /** One byte naming the secret in tokens, so rotation tries the right key. */
  id: number;
  /** The v2 token key: T = HMAC-SHA-256(this key, header ‖ nonce ‖ scope). */
  token: HmacKey;
  /** v1's keys, derived once when first asked for. */
  v1(): V1Keys;
}

function secretBytes(secret: unknown): Uint8Array {
  if (typeof secret === 'string') return encoder.encode(secret);
  if (secret instanceof Uint8Array) return secret;
  throw calchaError(
    TypeError,
    'ERR_CALCHA_SECRET',
    `secret must be a string or a Uint8Array (or an array of them), got ${secret === undefined ? 'nothing' : typeof secret}; ${HOW_TO_MAKE_ONE}.`,
  );
}

function checkedSecret(secret: unknown): Uint8Array {
  const bytes = secretBytes(secret);
  if (bytes.length < MIN_SECRET_BYTES) {
    throw calchaError(
      RangeError,
      'ERR_CALCHA_SECRET',
      `secret is ${bytes.length} bytes, it needs at least ${MIN_SECRET_BYTES}; ${HOW_TO_MAKE_ONE}.`,
    );
  }
  return bytes;
}

/** Derives the key id and the token key of one secret with HKDF-SHA-256 (v1's keys on demand). */
function deriveKeys(secret: Uint8Array): Keys {
  const extracted = hkdfExtract(HKDF_SALT, secret);
  const derive = (info: string, length: number) =>
    hkdfExpand(extracted, encoder.encode(info), length);
  const key = (info: string) => hmacKey(derive(info, 32));
  let v1: V1Keys | undefined;
  return {
    id: derive('key id', 1)[0] as number,
    token: key('token v2'),
    v1: () => {
      v1 ??= { mac: key('mac'), answer: key('answer') };
      return v1;
    },
  };
}

/**
 * Checks the secrets at once (throwing, with a message saying how to make one,
 * when there is none or one is short) and derives their keys; the first one
 * signs, all of them verify.
 */
export function deriveKeyring(secret: unknown): Keys[] {
  const secrets = Array.isArray(secret) ? secret : [secret];
  if (secrets.length === 0) {
    throw calchaError(
      RangeError,
      'ERR_CALCHA_SECRET',
      `secret is an empty array; ${HOW_TO_MAKE_ONE}.`,
    );
  }
  return secrets.map(checkedSecret).map(deriveKeys);
}

/**
 * A fresh random secret: 32 bytes from the CSPRNG, as base64url (43 characters).
 *
 * @example
 * ```ts
 * import { generateSecret } from 'calcha';
 * const secret = generateSecret(); // store it, e.g. as CALCHA_SECRET
 * ```
 */
export function generateSecret(): string {
  return toBase64Url(randomBytes(MIN_SECRET_BYTES));
}
