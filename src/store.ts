/**
 * Where used tokens are remembered, so each is accepted once.
 *
 * @example
 * ```ts
 * import type { ReplayStore } from 'calcha';
 * // A store over any key-value service with an atomic "set if absent":
 * declare const kv: { setIfAbsent(key: string, ttlMs: number): Promise<boolean> };
 * const store: ReplayStore = {
 *   consume: (id, expiresAt) => kv.setIfAbsent(`calcha:${id}`, expiresAt - Date.now()),
 * };
 * ```
 */
export interface ReplayStore {
  /**
   * Marks `id` as used until `expiresAt` (epoch ms). Resolves `true` the first
   * time `id` is seen, `false` when it was already used. Throwing or rejecting
   * refuses the answer with 'store-error' (fail closed).
   */
  consume(id: string, expiresAt: number): boolean | Promise<boolean>;
}

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
  const { capacity = DEFAULT_STORE_CAPACITY, now = Date.now } = options;
  if (!Number.isSafeInteger(capacity) || capacity < 1) {
    throw new RangeError(
      `calcha: memoryStore capacity must be a whole number ≥ 1, got ${String(capacity)}.`,
    );
  }
  if (typeof now !== 'function') {
    throw new TypeError(
      'calcha: memoryStore `now` must be a function returning epoch milliseconds.',
    );
  }
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
        throw new Error(
          `calcha: memoryStore is full (${capacity} unexpired tokens); raise its capacity or use a shared store such as redisStore.`,
        );
      }
      expiries.set(id, expiresAt);
      return true;
    },
  };
}
