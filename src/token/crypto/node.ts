/**
 * The crypto seam (see `seam.ts`) for Node, Bun and Deno: the kernel's
 * generator for random bytes, `node:crypto` for what it cannot give.
 *
 * `node:crypto` is loaded on first use, not imported: loading it (and
 * node:stream behind it) is 6 ms of a fresh process on Node 20, which
 * `import('calcha')` would otherwise pay before anything asked for a random
 * number (docs/performance.md). `process.getBuiltinModule` loads it
 * synchronously without the ESM wrapper that an `import` would build, which
 * also evaluates every lazy export of the module (Web Crypto's among them).
 *
 * Random bytes come from the kernel's generator (`kernel-random.ts`), so a
 * process that issues and verifies v2 tokens loads no crypto module at all;
 * where the kernel's device refuses, from `node:crypto`'s `randomFillSync`,
 * and from then on only from it. Windows has no such device, and Deno goes
 * straight to `node:crypto` too: reading a device there would ask the user for
 * a read permission the site never had to grant before.
 */
import type * as NodeCrypto from 'node:crypto';
import { readKernelRandom } from './kernel-random.js';
import type { CryptoSeam } from './seam.js';

type Seam = CryptoSeam;

let loaded: typeof NodeCrypto | undefined;

function nodeCrypto(): typeof NodeCrypto {
  loaded ??= process.getBuiltinModule('node:crypto');
  return loaded;
}

let kernelRandomWorks = process.platform !== 'win32' && process.versions.deno === undefined;

export const fillRandomBytes: Seam['fillRandomBytes'] = (target) => {
  if (kernelRandomWorks && readKernelRandom(target)) return target;
  kernelRandomWorks = false;
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
