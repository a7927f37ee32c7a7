/**
 * A replay store in this process's memory, O(1) per call whatever its size.
 *
 * Ids sit in a `Set` for lookup and, for forgetting, in buckets of one second
 * of their `until` (see `lifetime.ts`): bucket `b` holds the ids to remember
 * through the end of second `b`. A cursor walks the buckets in time order, so
 * entries leave in expiry order, each deleted once, and nothing ever iterates
 * the `Set` (V8 keeps a deleted entry's slot until it rehashes, so walking a
 * Map or Set from the front steps over every entry deleted before).
 */
import { clock, wholeNumber } from '../checks.js';
import { type CalchaError, calchaError } from '../errors.js';
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

/** The width of a bucket: an id is remembered up to this much longer than asked, never shorter. */
const BUCKET_MS = 1_000;

/**
 * A replay store in this process's memory, for a site served by one process.
 * It remembers each id through the `until` it is given (the lifetime rule,
 * rounded up to the second), then forgets it; memory is bounded by
 * `capacity`. Consuming, forgetting and refusing when full each cost O(1)
 * (forgetting: once per entry). Several processes or servers need a shared
 * store such as `redisStore`.
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
  const ids = new Set<string>();
  const buckets = new Map<number, string[]>();
  /** Every bucket before this one is forgotten. */
  let cursor = Math.floor(now() / BUCKET_MS);
  /** The latest bucket that holds ids. */
  let last = cursor;
  // One error for every refusal: building an Error (and its stack) per call would make a full
  // store slower to refuse than to accept.
  let full: CalchaError | undefined;

  const forget = (current: number) => {
    if (current > last) {
      // Everything has expired: drop it all, without walking the empty seconds between.
      ids.clear();
      buckets.clear();
      cursor = last = current;
      return;
    }
    for (; cursor < current; cursor++) {
      const expired = buckets.get(cursor);
      if (expired === undefined) continue;
      for (const id of expired) ids.delete(id);
      buckets.delete(cursor);
    }
  };

  return {
    consume(id, until) {
      const current = Math.floor(now() / BUCKET_MS);
      forget(current);
      if (ids.has(id)) return false;
      if (ids.size >= capacity) {
        full ??= calchaError(
          Error,
          'ERR_CALCHA_STORE_FULL',
          `memoryStore is full (${capacity} unexpired tokens); raise its capacity or use a shared store such as redisStore.`,
        );
        throw full;
      }
      // An id whose time has passed (or a NaN) is still remembered to the end of this second.
      const bucket = until >= 0 ? Math.max(current, Math.floor(until / BUCKET_MS)) : current;
      ids.add(id);
      const entries = buckets.get(bucket);
      if (entries === undefined) buckets.set(bucket, [id]);
      else entries.push(id);
      if (bucket > last) last = bucket;
      return true;
    },
  };
}
