import { describe, expect, it } from 'vitest';
import { isCalchaError } from '../../src/errors.ts';
import { redisStore } from '../../src/stores/redis.ts';
import { fixedClock } from '../helpers.ts';

/** A client that records the raw commands it is sent and answers as told. */
function recordingClient(reply: (args: string[]) => Promise<unknown>) {
  const sent: string[][] = [];
  const send = (args: string[]) => {
    sent.push(args);
    return reply(args);
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
      expect(client.sent[0]).toEqual(['SET', 'blog:abc', '1', 'NX', 'PX', '60000']);
    },
  );

  it('a key whose expiry has passed still gets the shortest TTL Redis takes, 1 ms', async () => {
    const clock = fixedClock();
    const client = recordingClient(async () => 'OK');
    const store = redisStore({ client: client.nodeRedis, now: clock.now });
    await store.consume('late', clock.now() - 5);
    expect(client.sent[0]?.at(-1)).toBe('1');
  });

  it('a Redis that does not answer rejects with ERR_CALCHA_STORE_TIMEOUT after `timeout`', async () => {
    const client = recordingClient(() => new Promise(() => {}));
    const store = redisStore({ client: client.nodeRedis, timeout: 20 });
    const error = await Promise.resolve(store.consume('x', Date.now() + 1_000)).catch((e) => e);
    expect(isCalchaError(error, 'ERR_CALCHA_STORE_TIMEOUT')).toBe(true);
    expect(String(error)).toMatch(/did not answer within 20 ms/);
  });

  it('refuses a missing client, a bad prefix, timeout or clock at construction, with codes', () => {
    const client = recordingClient(async () => 'OK').nodeRedis;
    const misuse = [
      () => redisStore({} as never),
      () => redisStore(undefined as never),
      () => redisStore({ client, prefix: 5 as never }),
      () => redisStore({ client, timeout: 0 }),
      () => redisStore({ client, now: 'soon' as never }),
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
});
