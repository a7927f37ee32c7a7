/**
 * Random bytes read from the kernel's generator through `node:fs` (which Node
 * has loaded before any user code runs), for the node build.
 *
 * Why not `node:crypto`: loading it (and node:stream behind it) is 5–7 ms of a
 * fresh process on Node 20 and 17–19 on Node 24, half of a cold start's first
 * question; reading the device is 0.5 ms (docs/performance.md). The bytes come
 * straight from the kernel's generator, the one OpenSSL (behind `node:crypto`)
 * seeds its own generator from through `getrandom(2)`.
 *
 * The pattern is libuv's (`uv__random_devurandom`): once per process, one byte
 * from `/dev/random` opened non-blocking, which refuses (EAGAIN) while the
 * kernel's generator is not seeded; then every fill from `/dev/urandom`, which
 * on Linux 5.6 and later is the same stream as `/dev/random` and
 * `getrandom()`, and which does not draw down the entropy estimate that older
 * kernels keep for `/dev/random`'s readers. A read here never returns bytes
 * from an unseeded generator: any refusal (EAGAIN, no such device on Windows, a
 * permission model that denies the path, a path that is not the kernel's
 * device, a read that ends early) makes the caller take `node:crypto` instead.
 */

type NodeFs = typeof import('node:fs');

/** `/dev/random` and `/dev/urandom` on Linux: character devices 1:8 and 1:9. */
const LINUX_DEVICE = { '/dev/random': 0x108, '/dev/urandom': 0x109 } as const;
type KernelDevice = keyof typeof LINUX_DEVICE;

let seeded = false;

/**
 * Fills all of `target` from the kernel's generator and returns true, or returns
 * false (and `target` is to be filled another way) if a device refused.
 */
export function readKernelRandom(target: Uint8Array): boolean {
  const fs = process.getBuiltinModule('node:fs');
  seeded ||= readDevice(fs, '/dev/random', new Uint8Array(1));
  return seeded && readDevice(fs, '/dev/urandom', target);
}

/**
 * Reads `target.length` bytes from `device`, opened non-blocking; false if it
 * is not the kernel's device (checked by number on Linux) or any step fails.
 */
function readDevice(fs: NodeFs, device: KernelDevice, target: Uint8Array): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(device, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stat = fs.fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    if (process.platform === 'linux' && stat.rdev !== LINUX_DEVICE[device]) return false;
    for (let filled = 0; filled < target.length; ) {
      const read = fs.readSync(fd, target, filled, target.length - filled, null);
      if (read === 0) return false;
      filled += read;
    }
    return true;
  } catch {
    return false;
  } finally {
    // Closing a device does not fail; if a patched `fs` makes it throw, the read still stands.
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } catch {}
  }
}
