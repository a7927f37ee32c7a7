/**
 * The Web Crypto version of `crypto.ts`, with the same exports, for Cloudflare
 * Workers, Vercel Edge, browsers' workers and any runtime without
 * `node:crypto`. The build of `calcha` for those runtimes (package export
 * conditions `workerd`, `worker`, `edge-light`, `browser`, and `calcha/web`)
 * uses this file in place of `crypto.ts`.
 */
import type { Awaitable } from './crypto.js';

/** A key ready for HMAC-SHA-256. */
export type MacKey = CryptoKey;

const encoder = new TextEncoder();

/** HKDF-SHA-256 of `secret`, `length` bytes for one purpose (`info`). */
export async function deriveBytes(
  secret: Uint8Array,
  salt: string,
  info: string,
  length: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, 'HKDF', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(salt), info: encoder.encode(info) },
    key,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** Imports raw key bytes for {@link hmacSha256}. */
export function macKey(bytes: Uint8Array): Awaitable<MacKey> {
  return crypto.subtle.importKey(
    'raw',
    bytes as BufferSource,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/** HMAC-SHA-256 over the concatenation of `parts` (32 bytes). */
export async function hmacSha256(key: MacKey, ...parts: Uint8Array[]): Promise<Uint8Array> {
  const data = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
}

/** Compares two byte strings in time independent of their content. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url; the caller has already checked the alphabet and the length. */
export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
