/**
 * The seam between calcha and the platform's cryptography: HKDF, HMAC-SHA-256,
 * constant-time comparison and base64url. Two implementations satisfy it, each
 * checked by the compiler against this interface:
 *
 * - `node.ts` over `node:crypto` (Node, Bun, Deno);
 * - `web.ts` over Web Crypto (Cloudflare Workers, Vercel Edge, browsers'
 *   workers, any runtime without `node:crypto`).
 *
 * The Web Crypto build computes per-token HMACs with `sha256.ts`,
 * synchronously, the pad states computed once per key: a `crypto.subtle.sign`
 * costs 13–40 node HMACs on Node 20 (docs/decisions.md).
 *
 * Each exports every member of {@link CryptoSeam} under its name, typed by it
 * (`export const hmacSha256: Seam['hmacSha256'] = …`), so the compiler checks
 * each function; tests/token/crypto.test.ts uses both modules as a
 * `CryptoSeam`, so it also checks that neither lacks one. Named exports, not
 * an object, so that minifiers can shorten them.
 *
 * Code imports the one for its runtime as `#crypto`, a package.json `imports`
 * entry: the `calcha-web` condition picks `web.ts` (the Web Crypto build, and
 * its test run), any other resolution `node.ts`.
 *
 * Key derivation may return a promise (Web Crypto's does), so callers `await`
 * it; HMACs never do.
 */

/** A value, or a promise of it. */
export type Awaitable<T> = T | Promise<T>;

/** The primitives calcha needs, over a platform's key type `Key`. */
export interface CryptoSeam<Key> {
  /** HKDF-SHA-256 of `secret`, `length` bytes for one purpose (`info`). */
  deriveBytes(
    secret: Uint8Array,
    salt: string,
    info: string,
    length: number,
  ): Awaitable<Uint8Array>;
  /** Prepares raw key bytes for {@link CryptoSeam.hmacSha256}. */
  macKey(bytes: Uint8Array): Key;
  /** HMAC-SHA-256 over the concatenation of `parts` (32 bytes). */
  hmacSha256(key: Key, ...parts: Uint8Array[]): Uint8Array;
  /** Compares two byte strings in time independent of their content. */
  constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean;
  /** base64url without padding. */
  toBase64Url(bytes: Uint8Array): string;
  /** Decodes base64url; the caller has already checked the alphabet and the length. */
  fromBase64Url(text: string): Uint8Array;
}
