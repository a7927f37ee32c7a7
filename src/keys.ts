import { deriveBytes, type MacKey, macKey, toBase64Url } from './crypto.js';
import { randomBytes } from './random.js';

/** A secret: a string (its UTF-8 bytes) or bytes, at least 32 bytes long. */
export type Secret = string | Uint8Array;

/** The shortest secret accepted, in bytes. */
export const MIN_SECRET_BYTES = 32;

const HKDF_SALT = 'calcha token v1';
const HOW_TO_MAKE_ONE =
  "make one with generateSecret() from 'calcha', or `npm run cli -- secret`, and keep it in an environment variable such as CALCHA_SECRET";

/** The keys derived from one secret. */
export interface Keys {
  /** One byte naming the secret in tokens, so rotation tries the right key. */
  id: number;
  /** Signs and checks the token. */
  mac: MacKey;
  /** Tags the answer, so the token never holds it. */
  answer: MacKey;
}

function secretBytes(secret: unknown): Uint8Array {
  if (typeof secret === 'string') return new TextEncoder().encode(secret);
  if (secret instanceof Uint8Array) return secret;
  throw new TypeError(
    `calcha: secret must be a string or a Uint8Array (or an array of them), got ${secret === undefined ? 'nothing' : typeof secret}; ${HOW_TO_MAKE_ONE}.`,
  );
}

/** Derives the MAC key, the answer key and the key id of one secret with HKDF-SHA-256. */
export function deriveKeys(secret: unknown): Keys {
  const bytes = secretBytes(secret);
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new RangeError(
      `calcha: secret is ${bytes.length} bytes, it needs at least ${MIN_SECRET_BYTES}; ${HOW_TO_MAKE_ONE}.`,
    );
  }
  return {
    id: deriveBytes(bytes, HKDF_SALT, 'key id', 1)[0] as number,
    mac: macKey(deriveBytes(bytes, HKDF_SALT, 'mac', 32)),
    answer: macKey(deriveBytes(bytes, HKDF_SALT, 'answer', 32)),
  };
}

/**
 * Derives the keys of every secret; the first one signs, all of them verify.
 * Throws at once, with a message saying how to make a secret, when there is none.
 */
export function deriveKeyring(secret: unknown): Keys[] {
  const secrets = Array.isArray(secret) ? secret : [secret];
  if (secrets.length === 0) {
    throw new RangeError(`calcha: secret is an empty array; ${HOW_TO_MAKE_ONE}.`);
  }
  return secrets.map(deriveKeys);
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
