import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { afterAll, describe, expect, it } from 'vitest';
import { isCalchaError } from '../../../src/errors.ts';
import { createCaptcha } from '../../../src/index.ts';
import { redisStore } from '../../../src/redis.ts';
import { fixedClock, SECRET, solve } from '../../helpers.ts';
import { redisAvailable, startRedis } from './redis-server.ts';

const SCOPE = 'comment-form:post-7';
/** Small enough to fill in a moment, large enough for Redis to start. */
const EVICTING = ['--maxmemory', '2mb', '--maxmemory-policy', 'allkeys-lru'];

describe.skipIf(!redisAvailable())('redisStore against an evicting redis-server', () => {
  const servers: Array<Awaited<ReturnType<typeof startRedis>>> = [];
  const clients: Redis[] = [];
  const clock = fixedClock(Date.now());

  async function connect(args: string[]) {
    const server = await startRedis(undefined, args);
    servers.push(server);
    const client = new Redis(server.url);
    clients.push(client);
    return client;
  }

  function captchaOn(client: Redis, checkEviction = true) {
    return createCaptcha({
      secret: SECRET,
      words: 'digits',
      digits: 'latin',
      now: clock.now,
      store: redisStore({ client, now: clock.now, checkEviction }),
    });
  }

  async function solvedOn(captcha: ReturnType<typeof createCaptcha>) {
    const c = await captcha.generate({ scope: SCOPE });
    clock.advance(3_000);
    return { ...c, answer: String(solve(c.question)) };
  }

  afterAll(async () => {
    for (const client of clients) client.disconnect();
    for (const server of servers) await server.kill();
  });

  it('why it matters: with the check off, memory pressure evicts a used token and its replay passes', async () => {
    const client = await connect(EVICTING);
    const captcha = captchaOn(client, false);
    const c = await solvedOn(captcha);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    const [key] = await client.keys('calcha:*');
    // Fill memory with other keys until Redis evicts the used token's (bounded: 20 MB at most).
    const filler = 'x'.repeat(1_024);
    for (let round = 0; round < 20 && (await client.exists(key as string)) === 1; round++) {
      const pipeline = client.pipeline();
      for (let i = 0; i < 1_000; i++) pipeline.set(`filler:${round}:${i}`, filler);
      await pipeline.exec();
    }
    expect(await client.exists(key as string)).toBe(0);
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
  });

  it('by default an evicting Redis is refused (fail closed) with ERR_CALCHA_STORE_EVICTS, and nothing is stored', async () => {
    const client = await connect(EVICTING);
    const captcha = captchaOn(client);
    const c = await solvedOn(captcha);
    const result = await captcha.verify(c.token, c.answer, { scope: SCOPE });
    expect(result).toMatchObject({ ok: false, reason: 'store-error' });
    const error = (result as { error?: unknown }).error;
    expect(isCalchaError(error, 'ERR_CALCHA_STORE_EVICTS')).toBe(true);
    expect(String(error)).toContain('maxmemory-policy is allkeys-lru');
    expect(await client.dbsize()).toBe(0);
    // Fixed at run time: the next verification asks again and goes through.
    await client.config('SET', 'maxmemory-policy', 'noeviction');
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    expect(await captcha.verify(c.token, c.answer, { scope: SCOPE })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('where CONFIG is disabled (as on managed Redis) the policy is read from INFO', async () => {
    const hidden = ['--rename-command', 'CONFIG', ''];
    const safe = captchaOn(await connect(hidden));
    const c = await solvedOn(safe);
    expect(await safe.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    const evicting = captchaOn(await connect([...hidden, ...EVICTING]));
    const d = await solvedOn(evicting);
    expect(await evicting.verify(d.token, d.answer, { scope: SCOPE })).toMatchObject({
      ok: false,
      reason: 'store-error',
    });
  });

  it('a user allowed neither CONFIG nor INFO is refused until checkEviction is turned off', async () => {
    const admin = await connect([]);
    await admin.call('ACL', 'SETUSER', 'calcha', 'on', '>calcha-pass', '~calcha:*', '+set');
    const server = servers.at(-1) as (typeof servers)[number];
    const limited = await createClient({
      url: `redis://calcha:calcha-pass@127.0.0.1:${server.port}`,
    }).connect();
    try {
      const options = { secret: SECRET, words: 'digits', digits: 'latin', now: clock.now } as const;
      const checked = createCaptcha({
        ...options,
        store: redisStore({ client: limited, now: clock.now }),
      });
      const c = await solvedOn(checked);
      const result = await checked.verify(c.token, c.answer, { scope: SCOPE });
      expect(result).toMatchObject({ ok: false, reason: 'store-error' });
      expect(String((result as { error?: unknown }).error)).toContain('checkEviction: false');
      const trusted = createCaptcha({
        ...options,
        store: redisStore({ client: limited, now: clock.now, checkEviction: false }),
      });
      expect(await trusted.verify(c.token, c.answer, { scope: SCOPE })).toEqual({ ok: true });
    } finally {
      limited.destroy();
    }
  });
});
