/**
 * One server of the two-process test: verifies the same token COUNT times at
 * once through its own Redis client, and prints the reasons as JSON.
 *
 *   node --import tsx tests/integration/redis/verifier.ts <node-redis|ioredis> <redis url> <token> <answer> <count>
 *
 * The secret, scope and clock come from CALCHA_SECRET, SCOPE and NOW.
 */
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createCaptcha } from '../../../src/index.ts';
import { redisStore } from '../../../src/redis.ts';

const [kind, url, token, answer, count] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const client = kind === 'ioredis' ? new Redis(url) : await createClient({ url }).connect();
const now = () => Number(process.env.NOW);
const captcha = createCaptcha({
  secret: process.env.CALCHA_SECRET as string,
  store: redisStore({ client, now }),
  now,
});
const scope = process.env.SCOPE as string;
const results = await Promise.all(
  Array.from({ length: Number(count) }, () => captcha.verify(token, answer, { scope })),
);
process.stdout.write(JSON.stringify(results.map((r) => (r.ok ? 'ok' : r.reason))));
if (client instanceof Redis) client.disconnect();
else await client.quit();
