/**
 * The Web Crypto implementation of the crypto seam (see `seam.ts`), for
 * Cloudflare Workers, Vercel Edge, browsers' workers and any runtime without
 * `node:crypto`. Selected by the `calcha-web` condition of `#crypto`. Keys and
 * HMACs are `hkdf.ts`'s and `sha256.ts`'s, as in every build.
 */
import type { CryptoSeam } from './seam.js';

type Seam = CryptoSeam;

export const fillRandomBytes: Seam['fillRandomBytes'] = (target) => {
  return crypto.getRandomValues(target);
};

export const constantTimeEqual: Seam['constantTimeEqual'] = (a, b) => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
};

export const toBase64Url: Seam['toBase64Url'] = (bytes) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

export const fromBase64Url: Seam['fromBase64Url'] = (text) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};
