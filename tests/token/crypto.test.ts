import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as selected from '#crypto';
import * as nodeCrypto from '../../src/token/crypto/node.ts';
import type { CryptoSeam } from '../../src/token/crypto/seam.ts';
import * as webCrypto from '../../src/token/crypto/web.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const text = (value: string) => new TextEncoder().encode(value);

describe('the crypto seam', () => {
  it('#crypto is the implementation this test project asked for', () => {
    const asked = process.env.CALCHA_CRYPTO === 'web' ? webCrypto : nodeCrypto;
    expect(selected.fillRandomBytes).toBe(asked.fillRandomBytes);
    expect(selected.toBase64Url).toBe(asked.toBase64Url);
  });
});

describe.each<CryptoSeam>([nodeCrypto, webCrypto])('crypto primitives: $name', (platform) => {
  it('base64url round-trips any bytes, without padding, as node encodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const encoded = platform.toBase64Url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        expect(hex(platform.fromBase64Url(encoded))).toBe(hex(bytes));
      }),
    );
  });

  it('fills every byte of the array it is given, with fresh bytes each call', () => {
    const first = new Uint8Array(65_536);
    expect(platform.fillRandomBytes(first)).toBe(first);
    // Each 4 096 uniform bytes hold about 255.9 of the 256 values; 200 or fewer has a
    // probability below 10^-90. A zero or half-filled array fails here.
    for (let start = 0; start < first.length; start += 4_096) {
      expect(new Set(first.subarray(start, start + 4_096)).size).toBeGreaterThan(200);
    }
    const second = platform.fillRandomBytes(new Uint8Array(32));
    const third = platform.fillRandomBytes(new Uint8Array(32));
    expect(hex(second)).not.toBe(hex(third));
  });

  it('compares in constant time, and bytes of other lengths are unequal', () => {
    expect(platform.constantTimeEqual(text('abc'), text('abc'))).toBe(true);
    expect(platform.constantTimeEqual(text('abc'), text('abd'))).toBe(false);
    expect(platform.constantTimeEqual(text('abc'), text('abcd'))).toBe(false);
  });
});

describe.skipIf(process.platform !== 'linux')('the kernel generator behind the node build', () => {
  // Each test loads a fresh copy of the module (it remembers that the generator is seeded),
  // and may send its reads to another real device or file through node:fs, the object the
  // module itself takes from process.getBuiltinModule.
  const realOpen = fs.openSync;
  const opened: string[] = [];
  let redirect: Record<string, string> = {};
  beforeEach(() => {
    vi.resetModules();
    opened.length = 0;
    redirect = {};
    vi.spyOn(fs, 'openSync').mockImplementation(((path: string, flags: number) => {
      opened.push(path);
      return realOpen(redirect[path] ?? path, flags);
    }) as typeof fs.openSync);
  });
  afterEach(() => vi.restoreAllMocks());

  const fresh = async () =>
    (await import('../../src/token/crypto/kernel-random.ts')).readKernelRandom;
  const distinct = (bytes: Uint8Array) => new Set(bytes).size;
  const openFiles = () => fs.readdirSync('/proc/self/fd').length;

  it('checks once that the generator is seeded (/dev/random), then fills from /dev/urandom', async () => {
    const readKernelRandom = await fresh();
    const target = new Uint8Array(65_536);
    const files = openFiles();
    expect(readKernelRandom(target)).toBe(true);
    expect(readKernelRandom(new Uint8Array(16))).toBe(true);
    expect(opened).toEqual(['/dev/random', '/dev/urandom', '/dev/urandom']);
    expect(openFiles()).toBe(files);
    expect(distinct(target.subarray(0, 4_096))).toBeGreaterThan(200);
    expect(distinct(target.subarray(61_440))).toBeGreaterThan(200);
  });

  it('fills every byte when the device answers in short reads', async () => {
    const readKernelRandom = await fresh();
    const realRead = fs.readSync;
    const sizes: number[] = [];
    vi.spyOn(fs, 'readSync').mockImplementation(((fd, buffer, offset, length, position) => {
      const size = Math.min(length as number, 7);
      sizes.push(size);
      return realRead(fd, buffer as Uint8Array, offset as number, size, position as null);
    }) as typeof fs.readSync);
    const target = new Uint8Array(4_096);
    expect(readKernelRandom(target)).toBe(true);
    expect(sizes).toHaveLength(1 + Math.ceil(4_096 / 7));
    expect(distinct(target.subarray(4_000))).toBeGreaterThan(40);
  });

  it.each([
    ['does not exist', '/nonexistent/random'],
    ['is a regular file', fileURLToPath(import.meta.url)],
    ['is another character device (zeros)', '/dev/zero'],
    ['is another character device (empty)', '/dev/null'],
  ])('refuses, unseeded or not, a device that %s', async (_, standIn) => {
    redirect = { '/dev/random': standIn };
    expect((await fresh())(new Uint8Array(16))).toBe(false);
    vi.resetModules();
    redirect = { '/dev/urandom': standIn };
    expect((await fresh())(new Uint8Array(16))).toBe(false);
  });

  it('refuses a read that ends before the target is full, and one that throws', async () => {
    const readKernelRandom = await fresh();
    expect(readKernelRandom(new Uint8Array(16))).toBe(true);
    vi.spyOn(fs, 'readSync').mockReturnValueOnce(8).mockReturnValueOnce(0);
    expect(readKernelRandom(new Uint8Array(16))).toBe(false);
    vi.spyOn(fs, 'readSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), {
        code: 'EAGAIN',
      });
    });
    expect(readKernelRandom(new Uint8Array(16))).toBe(false);
  });

  it('closes each device once and keeps its answer when closing throws (a patched fs)', async () => {
    const readKernelRandom = await fresh();
    const realClose = fs.closeSync;
    const closed: number[] = [];
    vi.spyOn(fs, 'closeSync').mockImplementation((fd) => {
      realClose(fd);
      closed.push(fd);
      throw new Error('EIO');
    });
    const files = openFiles();
    expect(readKernelRandom(new Uint8Array(16))).toBe(true);
    expect(closed).toHaveLength(2);
    expect(openFiles()).toBe(files);
  });
});

describe.skipIf(process.platform !== 'linux')('the node seam when the kernel refuses', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fills from node:crypto, overwriting a partial read, and never opens the device again', async () => {
    vi.resetModules();
    const seam = await import('../../src/token/crypto/node.ts');
    const realRead = fs.readSync;
    // The seeding check passes; the fill then reads 8 bytes of 32 and is refused.
    const open = vi.spyOn(fs, 'openSync');
    vi.spyOn(fs, 'readSync')
      .mockImplementationOnce(((fd, buffer) =>
        realRead(fd, buffer as Uint8Array, 0, 1, null)) as typeof fs.readSync)
      .mockImplementationOnce(((_fd, buffer) => {
        (buffer as Uint8Array).fill(0xaa, 0, 8);
        return 8;
      }) as typeof fs.readSync)
      .mockImplementationOnce(() => {
        throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
      });
    const target = seam.fillRandomBytes(new Uint8Array(32));
    expect(open).toHaveBeenCalledTimes(2);
    expect(hex(target.subarray(0, 8))).not.toBe('aa'.repeat(8));
    expect(new Set(target).size).toBeGreaterThan(16);
    seam.fillRandomBytes(new Uint8Array(32));
    expect(open).toHaveBeenCalledTimes(2);
  });
});
