import { spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { createClient, type RedisClientType } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/paths.ts';
import { createCaptcha } from '../../../src/index.ts';
import { redisStore } from '../../../src/redis.ts';
import { fixedClock, SECRET, solve } from '../../helpers.ts';
import { redisAvailable, startRedis } from './redis-server.ts';

const SCOPE = 'comment-form:post-7';
const TIMEOUT = 300;

describe.skipIf(!redisAvailable())('redisStore against a real redis-server', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let nodeRedis: RedisClientType;
  let ioRedis: Redis;
  const clock = fixedClock(Date.now());

  beforeAll(async () => {
    redis = await startRedis();
    nodeRedis = createClient({ url: redis.url, socket: { reconnectStrategy: 50 } });
    nodeRedis.on('error', () => {}); // a killed server is part of the test
    await nodeRedis.connect();
    ioRedis = new Redis(redis.url, { retryStrategy: () => 50, lazyConnect: false });
    ioRedis.on('error', () => {});
  });

  afterAll(async () => {
    nodeRedis?.destroy();
    ioRedis?.disconnect();
    await redis?.kill();
  });

  /** Two servers sharing one Redis, each with its own client, and one issuer. */
  function servers(timeout = 1_000) {
    const options = {
      secret: SECRET,
      words: 'digits' as const,
      digits: 'latin' as const,
      now: clock.now,
    };
    return {
      a: createCaptcha({
        ...options,
        store: redisStore({ client: nodeRedis, timeout, now: clock.now }),
      }),
      b: createCaptcha({
        ...options,
        store: redisStore({ client: ioRedis, timeout, now: clock.now }),
      }),
    };
  }

  async function solved() {
    const { a } = servers();
    const c = await a.generate({ scope: SCOPE });
    clock.advance(3_000);
    return { ...c, answer: String(solve(c.question)) };
  }

  const setCalls = async () => {
    const stats = await nodeRedis.info('commandstats');
    return Number(/cmdstat_set:calls=(\d+)/.exec(stats)?.[1] ?? 0);
  };

  it('a token is accepted once by either client, then replayed on both', async () => {
    const { a, b } = servers();
    const c = await solved();
    expect(await a.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    expect(await b.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    expect(await a.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('the same solved token sent 60 times at once to two processes is accepted exactly once', async () => {
    const c = await solved();
    const run = (kind: string) =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            'tests/integration/redis/verifier.ts',
            kind,
            redis.url,
            c.token,
            c.answer,
            '30',
          ],
          {
            cwd: ROOT,
            env: { ...process.env, CALCHA_SECRET: SECRET, SCOPE, NOW: String(clock.now()) },
          },
        );
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
        });
        child.stderr.pipe(process.stderr);
        child.on('exit', (code) =>
          code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}`)),
        );
      });
    const [first, second] = await Promise.all([run('node-redis'), run('ioredis')]);
    const all = [...first, ...second];
    expect(all).toHaveLength(60);
    expect(all.filter((r) => r === 'ok')).toHaveLength(1);
    expect(all.filter((r) => r === 'replayed')).toHaveLength(59);
  });

  it('a wrong answer on one server burns the token on the other', async () => {
    const { a, b } = servers();
    const c = await solved();
    const wrong = String(Number(c.answer) + 1);
    expect(await a.verify(c.token, wrong, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'wrong-answer',
    });
    expect(await b.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('every key has a TTL: the token expiry plus twice clockSkew (the lifetime rule)', async () => {
    const { a } = servers();
    const c = await solved();
    await a.verify(c.token, c.answer, { scope: SCOPE });
    const keys = await nodeRedis.keys('calcha:*');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const ttl = await nodeRedis.pTTL(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30 * 60_000 + 2 * 30_000);
    }
    const newest = c.expiresAt + 2 * 30_000 - clock.now();
    const ttls = await Promise.all(keys.map((k) => nodeRedis.pTTL(k)));
    expect(Math.max(...ttls)).toBeGreaterThan(newest - 5_000);
  });

  it('forged and tampered tokens never reach Redis; a changed answer bit burns the token it came from', async () => {
    const { a } = servers();
    const c = await solved();
    const before = { sets: await setCalls(), size: await nodeRedis.dbSize() };
    const tamper = (i: number) =>
      c.token.slice(0, i) + (c.token[i] === 'A' ? 'B' : 'A') + c.token.slice(i + 1);
    // Characters 45–46 hold the answer's low bits, not under the MAC (docs/token-format.md).
    for (let i = 0; i < c.token.length; i++) {
      if (i === 45 || i === 46) continue;
      const result = await a.verify(tamper(i), c.answer, { scope: SCOPE });
      expect(result.ok).toBe(false);
    }
    expect(await a.verify(c.token, c.answer, { scope: 'another-form' })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect({ sets: await setCalls(), size: await nodeRedis.dbSize() }).toEqual(before);
    // A changed answer bit is a guess: it burns the genuine token's own key, once.
    expect(await a.verify(tamper(45), c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'wrong-answer',
    });
    expect(await a.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    expect({ sets: await setCalls(), size: await nodeRedis.dbSize() }).toEqual({
      sets: before.sets + 2,
      size: before.size + 1,
    });
  });

  it('uses the prefix for its keys', async () => {
    const captcha = createCaptcha({
      secret: SECRET,
      words: 'digits',
      digits: 'latin',
      now: clock.now,
      store: redisStore({ client: ioRedis, prefix: 'blog-7:', now: clock.now }),
    });
    const c = await captcha.generate({ scope: SCOPE });
    clock.advance(3_000);
    await captcha.verify(c.token, String(solve(c.question)), { scope: SCOPE });
    expect(await ioRedis.keys('blog-7:*')).toHaveLength(1);
  });

  it('Redis killed mid-run gives store-error, and works again once it is back', async () => {
    // That it comes after `timeout` at the latest is tests/stores/redis.test.ts's, with a clock.
    const { a, b } = servers(TIMEOUT);
    const before = await solved();
    await redis.kill();
    for (const server of [a, b]) {
      const result = await server.verify(before.token, before.answer, { scope: SCOPE });
      expect(result).toMatchObject({ ok: false, reason: 'store-error' });
    }
    redis = await startRedis(redis.port);
    await expect
      .poll(() => nodeRedis.isReady && ioRedis.status === 'ready', { timeout: 5_000 })
      .toBe(true);
    for (const server of [a, b]) {
      const c = await solved();
      expect(await server.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    }
  });

  it('refuses a missing client or a bad timeout at construction', () => {
    expect(() => redisStore({} as never)).toThrow(/node-redis or ioredis/);
    expect(() => redisStore({ client: nodeRedis, timeout: 0 })).toThrow(RangeError);
  });
});
