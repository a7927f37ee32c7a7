import { clock, wholeNumber } from '../checks.js';
import { calchaError } from '../errors.js';
import type { ReplayStore } from '../types.js';

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /**
   * How many unexpired tokens it remembers at most (about 100 bytes each).
   * When full it refuses ('store-error') rather than forget a live token.
   * @defaultValue 100_000
   */
  capacity?: number;
  /**
   * The clock, in epoch milliseconds (for tests).
   * @defaultValue Date.now
   */
  now?: () => number;
}

/** Default {@link MemoryStoreOptions.capacity}. */
export const DEFAULT_STORE_CAPACITY = 100_000;

/**
 * A replay store in this process's memory, for a site served by one process.
 * Entries leave when their token expires; memory is bounded by `capacity`.
 * Several processes or servers need a shared store such as `redisStore`.
 *
 * @example
 * ```ts
 * import { createCaptcha, memoryStore } from 'calcha';
 * const captcha = createCaptcha({
 *   secret: process.env.CALCHA_SECRET ?? '',
 *   store: memoryStore({ capacity: 10_000 }),
 * });
 * ```
 */
export function memoryStore(options: MemoryStoreOptions = {}): ReplayStore {
  const capacity = wholeNumber(
    'memoryStore capacity',
    options.capacity ?? DEFAULT_STORE_CAPACITY,
    1,
    Number.MAX_SAFE_INTEGER,
  );
  const now = clock('memoryStore `now`', options.now ?? Date.now);
  // Insertion order is close to expiry order, so expired entries gather at the front.
  const expiries = new Map<string, number>();

  const dropExpired = (time: number, all: boolean) => {
    for (const [id, expiresAt] of expiries) {
      if (expiresAt <= time) expiries.delete(id);
      else if (!all) return;
    }
  };

  return {
    consume(id, expiresAt) {
      const time = now();
      dropExpired(time, false);
      const known = expiries.get(id);
      if (known !== undefined) {
        if (known > time) return false;
        expiries.delete(id);
      }
      if (expiries.size >= capacity) dropExpired(time, true);
      if (expiries.size >= capacity) {
        throw calchaError(
          Error,
          'ERR_CALCHA_STORE_FULL',
          `memoryStore is full (${capacity} unexpired tokens); raise its capacity or use a shared store such as redisStore.`,
        );
      }
      expiries.set(id, expiresAt);
      return true;
    },
  };
}
