/**
 * The `node:crypto` implementation of the crypto seam (see `seam.ts`), for
 * Node, Bun and Deno.
 *
 * `node:crypto` is loaded on first use, not imported: loading it (and
 * node:stream behind it) is 6 ms of a fresh process on Node 20, which
 * `import('calcha')` would otherwise pay before anything asked for a random
 * number (docs/performance.md). `process.getBuiltinModule` loads it
 * synchronously without the ESM wrapper that an `import` would build, which
 * also evaluates every lazy export of the module (Web Crypto's among them).
 * Every random byte comes from this module, so a process loads one crypto
 * module, not two.
 */
import type * as NodeCrypto from 'node:crypto';
import type { CryptoSeam } from './seam.js';

type Seam = CryptoSeam;

let loaded: typeof NodeCrypto | undefined;

function nodeCrypto(): typeof NodeCrypto {
  loaded ??= process.getBuiltinModule('node:crypto');
  return loaded;
}

export const fillRandomBytes: Seam['fillRandomBytes'] = (target) => {
  return nodeCrypto().randomFillSync(target);
};

export const constantTimeEqual: Seam['constantTimeEqual'] = (a, b) => {
  return a.length === b.length && nodeCrypto().timingSafeEqual(a, b);
};

export const toBase64Url: Seam['toBase64Url'] = (bytes) => {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
};

export const fromBase64Url: Seam['fromBase64Url'] = (text) => {
  return Buffer.from(text, 'base64url');
};
