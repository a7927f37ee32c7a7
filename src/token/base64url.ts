/**
 * Strict base64url decoding for tokens: the alphabet checked and the bytes
 * decoded in one pass, with no pattern and no platform buffer (measured about
 * twice as fast as a regular expression and `Buffer.from` on a 68-character
 * token, docs/performance.md).
 */

/** The base64url alphabet (RFC 4648 §5), in order. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Each ASCII character's value in {@link ALPHABET}, or -1. */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/** One character's value, or -1 when it is not in the alphabet. */
function valueAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (VALUES[code] as number) : -1;
}

/**
 * The bytes of a base64url text whose length is a multiple of 4 (so it has no
 * padding and no spare bits, and is the one encoding of its bytes);
 * `undefined` when a character is outside the alphabet. The caller checks the
 * length.
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array((text.length / 4) * 3);
  for (let i = 0, o = 0; i < text.length; i += 4, o += 3) {
    const a = valueAt(text, i);
    const b = valueAt(text, i + 1);
    const c = valueAt(text, i + 2);
    const d = valueAt(text, i + 3);
    if ((a | b | c | d) < 0) return undefined;
    const group = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[o] = group >>> 16;
    bytes[o + 1] = group >>> 8;
    bytes[o + 2] = group;
  }
  return bytes;
}
