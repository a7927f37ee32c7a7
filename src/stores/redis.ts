/**
 * A replay store shared by every server, in Redis (`calcha/redis`).
 *
 * One atomic `SET key 1 NX PX <ms>` per verification: the first server to set
 * the key accepts the token, every other one sees it taken. Keys live as the
 * lifetime rule says (`lifetime.ts`), so Redis never holds more than the
 * tokens some server could still accept.
 *
 * A Redis that evicts keys under memory pressure would forget used tokens and
 * let replays through, so before its first `SET` the store reads Redis's
 * `maxmemory-policy` (`CONFIG GET`, else `INFO memory` where CONFIG is not
 * allowed) and refuses every consume unless it is `noeviction`
 * (docs/decisions.md, docs/deployment.md).
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
  /**
   * Whether to make sure Redis never evicts keys. When `true`, the store reads
   * `maxmemory-policy` once, before its first `SET` (`CONFIG GET`, else
   * `INFO memory`), and while it is anything but `noeviction`, or cannot be
   * read, every consume rejects with `ERR_CALCHA_STORE_EVICTS` ('store-error'):
   * an evicting Redis drops used tokens under memory pressure, and replays
   * pass. `false` skips the check: for a Redis that hides its configuration
   * but that you know does not evict.
   * @defaultValue true
   */
  checkEviction?: boolean;
}

/** Default {@link RedisStoreOptions.timeout}. */
export const DEFAULT_REDIS_TIMEOUT = 1_000;

/** The one `maxmemory-policy` under which Redis never deletes a key before its TTL. */
const SAFE_POLICY = 'noeviction';

/** The policy in a `CONFIG GET maxmemory-policy` reply: an array (RESP2), a Map or an object (RESP3). */
function policyOfConfigReply(reply: unknown): string | undefined {
  if (Array.isArray(reply)) return typeof reply[1] === 'string' ? reply[1] : undefined;
  if (reply instanceof Map) return reply.get('maxmemory-policy');
  if (typeof reply === 'object' && reply !== null) {
    const value = (reply as Record<string, unknown>)['maxmemory-policy'];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** The policy in an `INFO memory` reply. */
function policyOfInfoReply(reply: unknown): string | undefined {
  const text = typeof reply === 'string' ? reply : String(reply ?? '');
  return /^maxmemory_policy:(\S+)/m.exec(text)?.[1];
}

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
    checkEviction = true,
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
  if (typeof checkEviction !== 'boolean') {
    throw calchaError(
      TypeError,
      'ERR_CALCHA_OPTION',
      'redisStore checkEviction must be a boolean.',
    );
  }
  const timeout = wholeNumber('redisStore timeout (ms)', timeoutOption, 1, Number.MAX_SAFE_INTEGER);
  const now = clock('redisStore `now`', nowOption);
  const send = (command: string, args: string[]) =>
    ioRedis
      ? (client as IoRedisLike).call(command, ...args)
      : (client as NodeRedisLike).sendCommand([command, ...args]);

  /** Reads `maxmemory-policy`: CONFIG GET where allowed, else INFO memory; undefined if neither answers. */
  const readPolicy = async (): Promise<string | undefined> => {
    try {
      const policy = policyOfConfigReply(await send('CONFIG', ['GET', 'maxmemory-policy']));
      if (policy !== undefined) return policy;
    } catch {
      // CONFIG is often disabled on managed Redis; INFO usually is not.
    }
    try {
      return policyOfInfoReply(await send('INFO', ['memory']));
    } catch {
      return undefined;
    }
  };

  // Only a confirmed `noeviction` is kept: after a refusal the next consume asks again, so a
  // fixed Redis is used without a restart.
  let safe = !checkEviction;
  let checking: Promise<void> | undefined;
  const ensureNoEviction = () => {
    checking ??= readPolicy()
      .then((policy) => {
        if (policy === SAFE_POLICY) {
          safe = true;
          return;
        }
        throw calchaError(
          Error,
          'ERR_CALCHA_STORE_EVICTS',
          policy === undefined
            ? 'Redis did not say its maxmemory-policy (CONFIG GET and INFO were refused), so it may evict used tokens and let replays through; make sure it is noeviction, then pass redisStore({ checkEviction: false }).'
            : `Redis maxmemory-policy is ${policy}: under memory pressure it deletes used tokens and replays pass. Set maxmemory-policy noeviction (see docs/deployment.md).`,
        );
      })
      .finally(() => {
        checking = undefined;
      });
    return checking;
  };

  /** Races `work` against `timeout`, rejecting with ERR_CALCHA_STORE_TIMEOUT. */
  const inTime = async <T>(work: Promise<T>): Promise<T> => {
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
      return await Promise.race([work, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async consume(id, until) {
      if (!safe) await inTime(ensureNoEviction());
      // The key lives through `until` (Redis deletes a key once its clock passes the expiry).
      const ttl = String(Math.max(1, Math.ceil(until - now())));
      const reply = await inTime(send('SET', [`${prefix}${id}`, '1', 'NX', 'PX', ttl]));
      return reply === 'OK';
    },
  };
}
