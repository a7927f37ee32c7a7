/**
 * The cost of a challenge's round trip (generate + verify) next to peers, as
 * ratios to one raw HMAC-SHA-256 (node:crypto) measured in the same run:
 * calcha with `store: false`, with the default memory store at steady state,
 * its Web Crypto build; jsonwebtoken (KeyObject secret), jose HS256,
 * altcha-lib; and svg-captcha's generation alone. Also what refusing garbage
 * (of a token's length, and a megabyte) and a forged token costs, in both
 * builds, one raw Web Crypto HMAC for scale, and the Web Crypto build's round
 * trip as a multiple of the node build's (same round).
 *
 * Part of `npm run bench` (bench/index.ts); reads the built `dist/`.
 */
import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import { createChallenge, verifySolution } from 'altcha-lib/v1';
import { jwtVerify, SignJWT } from 'jose';
import jwt from 'jsonwebtoken';
import svgCaptcha from 'svg-captcha';
import { Bench } from 'tinybench';

type Calcha = typeof import('calcha');
const node: Calcha = await import(new URL('../dist/index.js', import.meta.url).href);
const web: Calcha = await import(new URL('../dist/web.js', import.meta.url).href);

const secret = node.generateSecret();
const SCOPE = 'comment-form:post-42';

/** A clock that moves 1 ms per call: the store sees time pass as on a busy server. */
function steppingClock(start = Date.now()) {
  let time = start;
  return () => time++;
}

/** A calcha round trip: a fresh challenge, verified (a digits answer costs the same right or wrong). */
function roundTrip(captcha: ReturnType<Calcha['createCaptcha']>) {
  return async () => {
    const { token } = await captcha.generate({ scope: SCOPE });
    const result = await captcha.verify(token, '12', { scope: SCOPE });
    if (!result.ok && result.reason !== 'wrong-answer') throw new Error(result.reason);
  };
}

const common = { secret, minSolveTime: 0 } as const;
const stateless = node.createCaptcha({ ...common, store: false });
const webStateless = web.createCaptcha({ ...common, store: false });

// The default memory store (memoryStore with its defaults) at steady state: 40 000 entries,
// half of them expiring. The clock moves 1 ms per call; 20 000 entries outlive the run, and
// about 20 000 short-lived ones come and go (each remembered about 20 s: ttl 10 s plus the
// clock skew allowance).
const clock = steppingClock();
const store = node.memoryStore({ now: clock });
const stored = node.createCaptcha({ ...common, now: clock, ttl: 10_000, clockSkew: 5_000, store });
for (let i = 0; i < 20_000; i++) store.consume(`long-${i}`, clock() + 7 * 24 * 3_600_000);
for (let i = 0; i < 20_000; i++) await roundTrip(stored)();

const hmacKey = createSecretKey(randomBytes(32));
const hmacInput = randomBytes(64);
const rawHmac = () => createHmac('sha256', hmacKey).update(hmacInput).digest();

const jwtKey = createSecretKey(Buffer.from(secret));
const jsonwebtokenRoundTrip = () => {
  const token = jwt.sign({ answer: 12 }, jwtKey, {
    algorithm: 'HS256',
    expiresIn: '30m',
  });
  jwt.verify(token, jwtKey, { algorithms: ['HS256'] });
};
const joseKey = new TextEncoder().encode(secret);
const joseRoundTrip = async () => {
  const token = await new SignJWT({ answer: 12 })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('30m')
    .sign(joseKey);
  await jwtVerify(token, joseKey);
};
const altchaRoundTrip = async () => {
  const challenge = await createChallenge({ hmacKey: secret, maxNumber: 1_000 });
  await verifySolution(btoa(JSON.stringify({ ...challenge, number: 12 })), secret);
};

const token = (await stateless.generate({ scope: SCOPE })).token;
const forged = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
const garbage = 'x'.repeat(token.length);
/** What the fuzz tests throw at verify, at its largest: no time bound there, a figure here. */
const megabyte = 'x'.repeat(1 << 20);
/** Verifies `value` with an answer no question has (max 20), so every path ends in a refusal. */
const refuse =
  (captcha: ReturnType<Calcha['createCaptcha']>, value: string, answer = '1001') =>
  async () => {
    const result = await captcha.verify(value, answer, { scope: SCOPE });
    if (result.ok) throw new Error('accepted');
  };

// Sanity: each peer accepts its own input.
jsonwebtokenRoundTrip();
await joseRoundTrip();
await altchaRoundTrip();
for (const [captcha, value, reason] of [
  [stateless, token, 'wrong-answer'],
  [stateless, forged, 'bad-signature'],
  [webStateless, forged, 'bad-signature'],
  [stateless, garbage, 'malformed'],
  [webStateless, garbage, 'malformed'],
  [stateless, megabyte, 'malformed'],
] as const) {
  const result = await captcha.verify(value, '1001', { scope: SCOPE });
  if (result.ok || result.reason !== reason) throw new Error(`expected ${reason}: ${result}`);
}

const webHmacKey = await crypto.subtle.importKey(
  'raw',
  randomBytes(32),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['sign'],
);
const rawWebHmac = () => crypto.subtle.sign('HMAC', webHmacKey, hmacInput);

const RAW = 'raw HMAC-SHA-256 (node:crypto, 64 bytes)';
const RAW_WEB = 'raw HMAC-SHA-256 (Web Crypto, 64 bytes)';
const NODE_TRIP = 'calcha round trip, store: false';
const WEB_TRIP = 'calcha round trip, Web Crypto build, store: false';
const WEB_OVER_NODE = 'Web Crypto build round trip ÷ node build round trip';

/**
 * Runs every task in `rounds` rounds (so that load on a shared machine drifts
 * evenly over all of them) and returns, per task, the median over the rounds
 * of its time as a ratio to the raw node:crypto HMAC of the same round; and
 * the median of the two builds' round-trip ratio.
 */
export async function runRoundTrips(rounds = 5, time = 400) {
  const ratios = new Map<string, number[]>();
  const times = new Map<string, number[]>();
  const builds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmupTime: 100 });
    bench
      .add(RAW, rawHmac)
      .add(RAW_WEB, rawWebHmac)
      .add(NODE_TRIP, roundTrip(stateless))
      .add('calcha round trip, memory store at steady state (40 000)', roundTrip(stored))
      .add(WEB_TRIP, roundTrip(webStateless))
      .add('jsonwebtoken HS256 round trip (KeyObject)', jsonwebtokenRoundTrip)
      .add('jose HS256 round trip', joseRoundTrip)
      .add('altcha-lib v1 createChallenge + verifySolution', altchaRoundTrip)
      .add('svg-captcha create (generation only)', () => svgCaptcha.create())
      .add('calcha verify alone (wrong answer), store: false', refuse(stateless, token))
      .add('calcha verify, garbage refused', refuse(stateless, garbage))
      .add('calcha verify, garbage refused, Web Crypto build', refuse(webStateless, garbage))
      .add(
        'calcha verify, 1 MB token and 1 MB answer refused',
        refuse(stateless, megabyte, megabyte),
      )
      .add('calcha verify, forged token refused', refuse(stateless, forged))
      .add('calcha verify, forged token refused, Web Crypto build', refuse(webStateless, forged));
    await bench.run();
    const nsPerCall = (name: string) => {
      const task = bench.tasks.find((t) => t.name === name);
      const hz = task?.result && 'throughput' in task.result ? task.result.throughput.mean : 0;
      return 1e9 / hz;
    };
    for (const task of bench.tasks) {
      const ns = nsPerCall(task.name);
      times.set(task.name, [...(times.get(task.name) ?? []), ns]);
      ratios.set(task.name, [...(ratios.get(task.name) ?? []), ns / nsPerCall(RAW)]);
    }
    builds.push(nsPerCall(WEB_TRIP) / nsPerCall(NODE_TRIP));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
  return [
    ...[...ratios].map(([task, values]) => ({
      task,
      'µs/op': (median(times.get(task) ?? []) / 1e3).toFixed(2),
      'raw HMACs': median(values).toFixed(2),
    })),
    { task: WEB_OVER_NODE, 'µs/op': '', 'raw HMACs': `× ${median(builds).toFixed(2)}` },
  ];
}
