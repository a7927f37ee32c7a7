/**
 * Random bytes read from the kernel's CSPRNG, `/dev/random`, through `node:fs`
 * (which Node has loaded before any user code runs), for the node build.
 *
 * Why not `node:crypto`: loading it (and node:stream behind it) is 5–7 ms of a
 * fresh process on Node 20 and 17–19 on Node 24, half of a cold start's first
 * question; reading the device is 0.5 ms (docs/performance.md). The bytes are
 * the ones OpenSSL seeds itself from.
 *
 * Why `/dev/random` opened non-blocking rather than `/dev/urandom`: on Linux
 * 5.6 and later both give the same stream once the kernel's generator is
 * seeded, but before that `/dev/urandom` answers anyway while `/dev/random`
 * opened with `O_NONBLOCK` refuses with EAGAIN. So a read here never returns
 * bytes from an unseeded generator: any refusal (EAGAIN at early boot, an old
 * kernel's entropy estimate, no such device on Windows, a permission model
 * that denies the path, a device that is not a character device, a read that
 * ends early, sixteen or more bytes all equal) makes the caller fall back to
 * `node:crypto`. The checks follow libuv's `uv__random_readpath`.
 */

/** The device read; a parameter only so that tests can name one that fails. */
const KERNEL_RANDOM = '/dev/random';

/**
 * Fills all of `target` from the kernel's CSPRNG and returns true, or returns
 * false (and `target` is to be filled another way) if the device refused.
 */
export function readKernelRandom(target: Uint8Array, device = KERNEL_RANDOM): boolean {
  const fs = process.getBuiltinModule('node:fs');
  let fd: number | undefined;
  try {
    fd = fs.openSync(device, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    if (!fs.fstatSync(fd).isCharacterDevice()) return false;
    for (let filled = 0; filled < target.length; ) {
      const read = fs.readSync(fd, target, filled, target.length - filled, null);
      if (read === 0) return false;
      filled += read;
    }
    // A device that repeats one byte is not a generator (a container that mounted /dev/zero in
    // its place); 16 uniform bytes are all equal with probability 2^-120.
    return target.length < 16 || target.some((byte) => byte !== target[0]);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
