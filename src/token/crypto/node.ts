/**
 * The `node:crypto` implementation of the crypto seam (see `seam.ts`), for
 * Node, Bun and Deno.
 */
import { hkdfSync, timingSafeEqual } from 'node:crypto';
import type { CryptoSeam } from './seam.js';

type Seam = CryptoSeam;

export const deriveBytes: Seam['deriveBytes'] = (secret, salt, info, length) => {
  return new Uint8Array(hkdfSync('sha256', secret, salt, info, length));
};

export const constantTimeEqual: Seam['constantTimeEqual'] = (a, b) => {
  return a.length === b.length && timingSafeEqual(a, b);
};

export const toBase64Url: Seam['toBase64Url'] = (bytes) => {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
};

export const fromBase64Url: Seam['fromBase64Url'] = (text) => {
  return Buffer.from(text, 'base64url');
};
