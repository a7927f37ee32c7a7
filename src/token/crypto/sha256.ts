/**
 * HMAC-SHA-256 in plain TypeScript (FIPS 180-4, RFC 2104), for every build's
 * per-token MACs: the inner and outer pad states are compressed once per key,
 * so a token's HMAC is two or three SHA-256 compressions and no promise. Keys
 * are derived with it too (`hkdf.ts`).
 *
 * SHA-256 is additions, rotations and XORs on 32-bit words: no branch and no
 * table index depends on the key or the message (docs/decisions.md).
 */

/** A key ready for {@link hmacSha256}: SHA-256's state after the inner and after the outer pad. */
export interface HmacKey {
  readonly inner: Int32Array;
  readonly outer: Int32Array;
}

const BLOCK_BYTES = 64;

/** The first 32 bits of the fractional parts of the cube roots of the first n primes (§4.2.2). */
function fractionalRoots(count: number, root: number): Int32Array {
  const words = new Int32Array(count);
  for (let n = 2, found = 0; found < count; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (!prime) continue;
    const value = n ** (1 / root);
    words[found++] = (value - Math.floor(value)) * 2 ** 32;
  }
  return words;
}

/** The round constants K (§4.2.2). */
const K = fractionalRoots(64, 3);
/** The initial hash value H(0) (§5.3.3): square roots of the first 8 primes. */
const INITIAL = fractionalRoots(8, 2);

/** The message schedule, reused by every compression (this code never yields mid-hash). */
const schedule = new Int32Array(64);

/** Folds one 64-byte block of `bytes` at `offset` into `state` (§6.2.2). */
function compress(state: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + 4 * i;
    schedule[i] =
      ((bytes[j] as number) << 24) |
      ((bytes[j + 1] as number) << 16) |
      ((bytes[j + 2] as number) << 8) |
      (bytes[j + 3] as number);
  }
  compressSchedule(state);
}

/** Folds the block whose 16 words are already at the start of `schedule` into `state`. */
function compressSchedule(state: Int32Array): void {
  const w = schedule;
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (s1 + (w[i - 7] as number) + s0 + (w[i - 16] as number)) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choice = (e & f) ^ (~e & g);
    const t1 = (h + s1 + choice + (K[i] as number) + (w[i] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (s0 + majority) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0] as number) + a;
  state[1] = (state[1] as number) + b;
  state[2] = (state[2] as number) + c;
  state[3] = (state[3] as number) + d;
  state[4] = (state[4] as number) + e;
  state[5] = (state[5] as number) + f;
  state[6] = (state[6] as number) + g;
  state[7] = (state[7] as number) + h;
}

/** The block being filled, reused by every hash (this code never yields mid-hash). */
const block = new Uint8Array(BLOCK_BYTES);

/**
 * Hashes `parts` into `state`, which has already absorbed `absorbed` bytes
 * (whole blocks): `state` is then the digest, as words.
 */
function finish(state: Int32Array, absorbed: number, parts: readonly Uint8Array[]): void {
  let filled = 0;
  let length = absorbed;
  for (const part of parts) {
    length += part.length;
    // Byte by byte: messages here are tens of bytes, and a view per copy would cost more.
    for (let i = 0; i < part.length; i++) {
      block[filled++] = part[i] as number;
      if (filled === BLOCK_BYTES) {
        compress(state, block, 0);
        filled = 0;
      }
    }
  }
  // Padding (§5.1.1): a 1 bit, zeros, then the length in bits as a 64-bit big-endian integer.
  block[filled++] = 0x80;
  if (filled > BLOCK_BYTES - 8) {
    block.fill(0, filled);
    compress(state, block, 0);
    filled = 0;
  }
  block.fill(0, filled, BLOCK_BYTES - 8);
  const bits = length * 8;
  writeWord(block, BLOCK_BYTES - 8, bits / 2 ** 32);
  writeWord(block, BLOCK_BYTES - 4, bits);
  compress(state, block, 0);
}

/** Writes a 32-bit word big-endian (its low 32 bits, for a larger number). */
function writeWord(bytes: Uint8Array, offset: number, word: number): void {
  bytes[offset] = word >>> 24;
  bytes[offset + 1] = word >>> 16;
  bytes[offset + 2] = word >>> 8;
  bytes[offset + 3] = word;
}

/** A digest's 8 words as 32 bytes. */
function digestBytes(state: Int32Array): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) writeWord(out, 4 * i, state[i] as number);
  return out;
}

/** SHA-256 of the concatenation of `parts`. */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  const state = INITIAL.slice();
  finish(state, 0, parts);
  return digestBytes(state);
}

/** SHA-256's state after one block: the key XOR a pad (RFC 2104). */
function padState(key: Uint8Array, pad: number): Int32Array {
  const padded = new Uint8Array(BLOCK_BYTES).fill(pad);
  for (let i = 0; i < key.length; i++) padded[i] = (key[i] as number) ^ pad;
  const state = INITIAL.slice();
  compress(state, padded, 0);
  padded.fill(0);
  return state;
}

/** Prepares a key: a key longer than a block is hashed first (RFC 2104). */
export function hmacKey(bytes: Uint8Array): HmacKey {
  const key = bytes.length > BLOCK_BYTES ? sha256(bytes) : bytes;
  return { inner: padState(key, 0x36), outer: padState(key, 0x5c) };
}

const state = new Int32Array(8);

/** HMAC-SHA-256 over the concatenation of `parts` (32 bytes). */
export function hmacSha256(key: HmacKey, ...parts: Uint8Array[]): Uint8Array {
  state.set(key.inner);
  finish(state, BLOCK_BYTES, parts);
  // The outer hash of the inner digest is one block, filled as words: the digest's 8 words, a 1
  // bit, zeros, and the length: 768 bits (§5.1.1).
  schedule.set(state);
  schedule.fill(0, 8, 16);
  schedule[8] = 0x80000000 | 0;
  schedule[15] = (BLOCK_BYTES + 32) * 8;
  state.set(key.outer);
  compressSchedule(state);
  return digestBytes(state);
}
