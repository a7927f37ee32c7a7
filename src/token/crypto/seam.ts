/**
 * The seam between calcha and the platform's cryptography: random bytes,
 * constant-time comparison and base64url. Two implementations satisfy it, each
 * checked by the compiler against this interface:
 *
 * - `node.ts` over the kernel's generator and `node:crypto` (Node, Bun, Deno);
 * - `web.ts` over Web Crypto (Cloudflare Workers, Vercel Edge, browsers'
 *   workers, any runtime without `node:crypto`).
 *
 * HMACs and key derivation are not part of it: every build computes them in
 * TypeScript, synchronously (`sha256.ts`, `hkdf.ts`), faster than `createHmac`
 * (0.4 of one for 64 bytes, measured here) and than `crypto.subtle.sign`
 * (13–40 node HMACs on Node 20), and without loading a crypto module to build
 * a captcha (docs/decisions.md).
 *
 * Each exports every member of {@link CryptoSeam} under its name, typed by it
 * (`export const fillRandomBytes: Seam['fillRandomBytes'] = …`), so the
 * compiler checks each function; tests/token/crypto.test.ts uses both modules
 * as a `CryptoSeam`, so it also checks that neither lacks one. Named exports,
 * not an object, so that minifiers can shorten them.
 *
 * Code imports the one for its runtime as `#crypto`, a package.json `imports`
 * entry: the `calcha-web` condition picks `web.ts` (the Web Crypto build, and
 * its test run), any other resolution `node.ts`.
 */

/** The primitives calcha takes from the platform. */
export interface CryptoSeam {
  /** Fills `target` with bytes from the platform's CSPRNG and returns it. */
  fillRandomBytes(target: Uint8Array): Uint8Array;
  /** Compares two byte strings in time independent of their content. */
  constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean;
  /** base64url without padding. */
  toBase64Url(bytes: Uint8Array): string;
  /** Decodes base64url; the caller has already checked the alphabet and the length. */
  fromBase64Url(text: string): Uint8Array;
}
