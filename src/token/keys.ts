/**
 * The keys of each secret: checked at once, derived with HKDF-SHA-256, one
 * per purpose (the key id, the MAC key, the answer key).
 */
import { deriveBytes, type MacKey, macKey, toBase64Url } from '#crypto';
import { calchaError } from '../errors.js';
import { randomBytes } from '../random.js';

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

/** Derives the MAC key, the answer key and the key id of one secret with HKDF-SHA-256. */
async function deriveKeys(secret: Uint8Array): Promise<Keys> {
  const key = async (info: string) => macKey(await deriveBytes(secret, HKDF_SALT, info, 32));
  const [id, mac, answer] = await Promise.all([
    deriveBytes(secret, HKDF_SALT, 'key id', 1),
    key('mac'),
    key('answer'),
  ]);
  return { id: id[0] as number, mac, answer };
}

/**
 * Checks the secrets at once (throwing, with a message saying how to make one,
 * when there is none or one is short) and derives their keys; the first one
 * signs, all of them verify.
 */
export function deriveKeyring(secret: unknown): Promise<Keys[]> {
  const secrets = Array.isArray(secret) ? secret : [secret];
  if (secrets.length === 0) {
    throw calchaError(
      RangeError,
      'ERR_CALCHA_SECRET',
      `secret is an empty array; ${HOW_TO_MAKE_ONE}.`,
    );
  }
  return Promise.all(secrets.map(checkedSecret).map(deriveKeys));
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
