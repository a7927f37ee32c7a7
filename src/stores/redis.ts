/**
 * A replay store shared by every server, in Redis (`calcha/redis`).
 *
 * One atomic `SET key 1 NX PX <ms>` per verification: the first server to set
 * the key accepts the token, every other one sees it taken. Keys expire with
 * their token, so Redis never holds more than the tokens still alive.
 */
import { clock, wholeNumber } from '../checks.js';
import { calchaError } from '../errors.js';
import type { ReplayStore } from '../types.js';

/** A node-redis (v4 and later) client: `sendCommand(['SET', …])`. */
export interface NodeRedisLike {
  /** Sends one raw command, such as `['SET', key, '1', 'NX', 'PX', '60000']`. */
  sendCommand(args: string[]): Promise<unknown>;
}

/** An ioredis client: `call('SET', …)`. */
export interface IoRedisLike {
  /** Sends one raw command, such as `call('SET', key, '1', 'NX', 'PX', '60000')`. */
  call(command: string, ...args: string[]): Promise<unknown>;
}

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** A connected node-redis or ioredis client; calcha never opens or closes it. */
  client: NodeRedisLike | IoRedisLike;
  /**
   * Put before each token's id to make its key.
   * @defaultValue 'calcha:'
   */
  prefix?: string;
  /**
   * How long to wait for Redis, in ms, before refusing the answer with
   * 'store-error' (fail closed) rather than hang while Redis is down.
   * @defaultValue 1_000
   */
  timeout?: number;
  /**
   * The clock, in epoch milliseconds, to turn a token's expiry into a TTL (for tests).
   * @defaultValue Date.now
   */
  now?: () => number;
}

/** Default {@link RedisStoreOptions.timeout}. */
export const DEFAULT_REDIS_TIMEOUT = 1_000;

function isIoRedis(client: NodeRedisLike | IoRedisLike): client is IoRedisLike {
  // ioredis also has a sendCommand, taking a Command object: ask for call first.
  return typeof (client as IoRedisLike).call === 'function';
}

/**
 * A replay store in Redis, for sites served by several processes or servers.
 * Works with node-redis (v4+) and ioredis clients.
 *
 * @example
 * ```ts
 * import { createCaptcha } from 'calcha';
 * import { redisStore } from 'calcha/redis';
 * import { createClient } from 'redis';
 *
 * const client = await createClient({ url: process.env.REDIS_URL ?? 'redis://localhost:6379' }).connect();
 * const captcha = createCaptcha({
 *   secret: process.env.CALCHA_SECRET ?? '',
 *   store: redisStore({ client, prefix: 'myblog:calcha:' }),
 * });
 * ```
 */
export function redisStore(options: RedisStoreOptions): ReplayStore {
  const {
    client,
    prefix = 'calcha:',
    timeout: timeoutOption = DEFAULT_REDIS_TIMEOUT,
    now: nowOption = Date.now,
  } = options ?? ({} as Partial<RedisStoreOptions>);
  const ioRedis = typeof client === 'object' && client !== null && isIoRedis(client);
  if (!ioRedis && typeof (client as NodeRedisLike | undefined)?.sendCommand !== 'function') {
    throw calchaError(
      TypeError,
      'ERR_CALCHA_OPTION',
      'redisStore needs a connected node-redis or ioredis `client`.',
    );
  }
  if (typeof prefix !== 'string') {
    throw calchaError(TypeError, 'ERR_CALCHA_OPTION', 'redisStore prefix must be a string.');
  }
  const timeout = wholeNumber('redisStore timeout (ms)', timeoutOption, 1, Number.MAX_SAFE_INTEGER);
  const now = clock('redisStore `now`', nowOption);
  const set = (args: string[]) =>
    ioRedis
      ? (client as IoRedisLike).call('SET', ...args)
      : (client as NodeRedisLike).sendCommand(['SET', ...args]);

  return {
    async consume(id, expiresAt) {
      const ttl = String(Math.max(1, Math.ceil(expiresAt - now())));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              calchaError(
                Error,
                'ERR_CALCHA_STORE_TIMEOUT',
                `Redis did not answer within ${timeout} ms.`,
              ),
            ),
          timeout,
        );
      });
      try {
        const reply = await Promise.race([set([`${prefix}${id}`, '1', 'NX', 'PX', ttl]), timedOut]);
        return reply === 'OK';
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
