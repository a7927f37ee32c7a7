import { describe, expect, it, vi } from 'vitest';
import { isCalchaError } from '../../src/errors.ts';
import { redisStore } from '../../src/stores/redis.ts';
import { fixedClock } from '../helpers.ts';

/** A Redis that does not evict, as CONFIG GET says it in RESP2. */
const NO_EVICTION = ['maxmemory-policy', 'noeviction'];

/**
 * A client that records the raw commands it is sent and answers as told; CONFIG
 * GET says `noeviction` unless `reply` answers CONFIG itself.
 */
function recordingClient(
  reply: (args: string[]) => Promise<unknown>,
  config: (args: string[]) => Promise<unknown> = async () => NO_EVICTION,
) {
  const sent: string[][] = [];
  const send = (args: string[]) => {
    sent.push(args);
    return args[0] === 'CONFIG' || args[0] === 'INFO' ? config(args) : reply(args);
  };
  return {
    sent,
    nodeRedis: { sendCommand: send },
    ioRedis: { call: (command: string, ...args: string[]) => send([command, ...args]) },
  };
}

describe('redisStore (against a stand-in client; tests/integration/redis runs a real server)', () => {
  it.each(['nodeRedis', 'ioRedis'] as const)(
    '%s: one SET key 1 NX PX ttl per consume, true on OK, false on null',
    async (kind) => {
      const clock = fixedClock();
      const taken = new Set<string>();
      const client = recordingClient(async (args) => {
        const key = args.find((a) => a.startsWith('blog:')) ?? '';
        if (taken.has(key)) return null;
        taken.add(key);
        return 'OK';
      });
      const store = redisStore({ client: client[kind], prefix: 'blog:', now: clock.now });
      expect(await store.consume('abc', clock.now() + 60_000)).toBe(true);
      expect(await store.consume('abc', clock.now() + 60_000)).toBe(false);
      expect(client.sent).toEqual([
        ['CONFIG', 'GET', 'maxmemory-policy'],
        ['SET', 'blog:abc', '1', 'NX', 'PX', '60000'],
        ['SET', 'blog:abc', '1', 'NX', 'PX', '60000'],
      ]);
    },
  );

  it('a key whose expiry has passed still gets the shortest TTL Redis takes, 1 ms', async () => {
    const clock = fixedClock();
    const client = recordingClient(async () => 'OK');
    const store = redisStore({ client: client.nodeRedis, now: clock.now });
    await store.consume('late', clock.now() - 5);
    expect(client.sent.at(-1)?.at(-1)).toBe('1');
  });

  it('a Redis that does not answer rejects with ERR_CALCHA_STORE_TIMEOUT after `timeout`', async () => {
    const client = recordingClient(
      () => new Promise(() => {}),
      () => new Promise(() => {}),
    );
    vi.useFakeTimers();
    try {
      const store = redisStore({ client: client.nodeRedis, timeout: 20 });
      let settled: unknown;
      Promise.resolve(store.consume('x', Date.now() + 1_000)).then(
        () => (settled = 'resolved'),
        (error) => (settled = error),
      );
      await vi.advanceTimersByTimeAsync(19);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(isCalchaError(settled, 'ERR_CALCHA_STORE_TIMEOUT')).toBe(true);
      expect(String(settled)).toMatch(/did not answer within 20 ms/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a missing client, a bad prefix, timeout or clock at construction, with codes', () => {
    const client = recordingClient(async () => 'OK').nodeRedis;
    const misuse = [
      () => redisStore({} as never),
      () => redisStore(undefined as never),
      () => redisStore({ client, prefix: 5 as never }),
      () => redisStore({ client, timeout: 0 }),
      () => redisStore({ client, now: 'soon' as never }),
      () => redisStore({ client, checkEviction: 'yes' as never }),
    ];
    for (const call of misuse) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(isCalchaError(thrown, 'ERR_CALCHA_OPTION'), String(thrown)).toBe(true);
    }
  });

  describe('eviction', () => {
    const evicting = (policy: string) => async () => ['maxmemory-policy', policy];
    const refusal = async (store: ReturnType<typeof redisStore>) =>
      Promise.resolve(store.consume('x', Date.now() + 60_000)).catch((error) => error);

    it.each(['allkeys-lru', 'volatile-ttl', 'allkeys-random', 'volatile-lfu'])(
      'a Redis whose policy is %s is refused with ERR_CALCHA_STORE_EVICTS, and no SET is sent',
      async (policy) => {
        const client = recordingClient(async () => 'OK', evicting(policy));
        const error = await refusal(redisStore({ client: client.ioRedis }));
        expect(isCalchaError(error, 'ERR_CALCHA_STORE_EVICTS')).toBe(true);
        expect(String(error)).toContain(`maxmemory-policy is ${policy}`);
        expect(client.sent.filter((args) => args[0] === 'SET')).toEqual([]);
      },
    );

    it('checks once, then sends only SET; concurrent first calls share one check', async () => {
      const client = recordingClient(async () => 'OK');
      const store = redisStore({ client: client.nodeRedis });
      await Promise.all([1, 2, 3].map((i) => store.consume(`id-${i}`, Date.now() + 60_000)));
      await store.consume('id-4', Date.now() + 60_000);
      expect(client.sent.filter((args) => args[0] === 'CONFIG')).toHaveLength(1);
      expect(client.sent.filter((args) => args[0] === 'SET')).toHaveLength(4);
    });

    it('reads RESP3 replies (a Map or an object) as well as arrays', async () => {
      for (const reply of [
        new Map([['maxmemory-policy', 'noeviction']]),
        { 'maxmemory-policy': 'noeviction' },
      ]) {
        const client = recordingClient(
          async () => 'OK',
          async () => reply,
        );
        expect(
          await redisStore({ client: client.nodeRedis }).consume('a', Date.now() + 1_000),
        ).toBe(true);
      }
    });

    it('where CONFIG is refused it reads INFO memory', async () => {
      for (const [policy, ok] of [
        ['noeviction', true],
        ['allkeys-lru', false],
      ] as const) {
        const client = recordingClient(
          async () => 'OK',
          async ([command]) => {
            if (command === 'CONFIG') throw new Error("ERR unknown command 'CONFIG'");
            return `# Memory\r\nused_memory:1000\r\nmaxmemory_policy:${policy}\r\n`;
          },
        );
        const result = await refusal(redisStore({ client: client.ioRedis }));
        expect(result === true, String(result)).toBe(ok);
      }
    });

    it('when neither CONFIG nor INFO answers it refuses, and says how to opt out', async () => {
      const denied = async () => {
        throw new Error('NOPERM');
      };
      const client = recordingClient(async () => 'OK', denied);
      const error = await refusal(redisStore({ client: client.nodeRedis }));
      expect(isCalchaError(error, 'ERR_CALCHA_STORE_EVICTS')).toBe(true);
      expect(String(error)).toContain('checkEviction: false');
      expect(
        await redisStore({ client: client.nodeRedis, checkEviction: false }).consume(
          'y',
          Date.now() + 1_000,
        ),
      ).toBe(true);
      expect(client.sent.filter((args) => args[0] === 'SET')).toHaveLength(1);
    });

    it('after a refusal it asks again, so a Redis set to noeviction is used without a restart', async () => {
      let policy = 'allkeys-lru';
      const client = recordingClient(
        async () => 'OK',
        async () => ['maxmemory-policy', policy],
      );
      const store = redisStore({ client: client.ioRedis });
      expect(isCalchaError(await refusal(store), 'ERR_CALCHA_STORE_EVICTS')).toBe(true);
      policy = 'noeviction';
      expect(await refusal(store)).toBe(true);
    });
  });
});
