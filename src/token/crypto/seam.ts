/**
 * The seam between calcha and the platform's cryptography: random bytes, HKDF,
 * constant-time comparison and base64url. Two implementations satisfy it, each checked by the
 * compiler against this interface:
 *
 * - `node.ts` over `node:crypto` (Node, Bun, Deno);
 * - `web.ts` over Web Crypto (Cloudflare Workers, Vercel Edge, browsers'
 *   workers, any runtime without `node:crypto`).
 *
 * Per-token HMACs are not part of it: every build computes them with
 * `sha256.ts`, synchronously, the pad states computed once per key, faster
 * than `createHmac` (0.4 of one for 64 bytes, measured here) and than
 * `crypto.subtle.sign` (13–40 node HMACs on Node 20; docs/decisions.md).
 *
 * Each exports every member of {@link CryptoSeam} under its name, typed by it
 * (`export const deriveBytes: Seam['deriveBytes'] = …`), so the compiler checks
 * each function; tests/token/crypto.test.ts uses both modules as a
 * `CryptoSeam`, so it also checks that neither lacks one. Named exports, not
 * an object, so that minifiers can shorten them.
 *
 * Code imports the one for its runtime as `#crypto`, a package.json `imports`
 * entry: the `calcha-web` condition picks `web.ts` (the Web Crypto build, and
 * its test run), any other resolution `node.ts`.
 *
 * Key derivation may return a promise (Web Crypto's does), so callers `await`
 * it.
 */

/** A value, or a promise of it. */
export type Awaitable<T> = T | Promise<T>;

/** The primitives calcha takes from the platform. */
export interface CryptoSeam {
  /** Fills `target` with bytes from the platform's CSPRNG and returns it. */
  fillRandomBytes(target: Uint8Array): Uint8Array;
  /** HKDF-SHA-256 of `secret`, `length` bytes for one purpose (`info`). */
  deriveBytes(
    secret: Uint8Array,
    salt: string,
    info: string,
    length: number,
  ): Awaitable<Uint8Array>;
  /** Compares two byte strings in time independent of their content. */
  constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean;
  /** base64url without padding. */
  toBase64Url(bytes: Uint8Array): string;
  /** Decodes base64url; the caller has already checked the alphabet and the length. */
  fromBase64Url(text: string): Uint8Array;
}
