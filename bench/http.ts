/**
 * calcha over HTTP: a node:http server (bench/http-server.mjs, its own
 * process) under autocannon on 127.0.0.1, bounded in count and time. GET a
 * challenge and POST a verification, each next to the same route returning a
 * static string: req/s, p99 latency, and the server's CPU time per request
 * above the static route's. The four routes run in turn, three rounds, and
 * each figure is the median of its rounds (every round's difference is shown
 * too: on a shared machine one run swings by several µs). Part of `npm run bench`.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

type Calcha = typeof import('calcha');

const SERVER = fileURLToPath(new URL('./http-server.mjs', import.meta.url));
const SCOPE = 'comment-form:post-42';
const DURATION_S = 3;
const CONNECTIONS = 10;
const ROUNDS = 3;
/** The most requests one run sends. */
const RUN_MAX = 30_000;
/**
 * Fresh solved tokens for the POST runs (the last 200 warm up): more than all of them send, so
 * none is a replay (and fewer than the server store's capacity of 100 000 are consumed).
 */
const TOKENS = ROUNDS * 2 * RUN_MAX + 200;

interface Run {
  requests: number;
  reqPerSec: number;
  p99: number;
  cpuMicros: number;
}

async function cpu(base: string): Promise<number> {
  return Number(await (await fetch(`${base}/cpu`)).text());
}

async function load(
  base: string,
  path: string,
  options: Partial<autocannon.Options> = {},
): Promise<Run> {
  const before = await cpu(base);
  const result = await autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    amount: RUN_MAX,
    ...options,
  });
  const cpuMicros = (await cpu(base)) - before;
  const requests = result.requests.total;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`failed requests on ${path}`);
  return { requests, reqPerSec: result.requests.average, p99: result.latency.p99, cpuMicros };
}

/** Runs the four routes one after the other and returns the table's rows. */
export async function measureHttp() {
  const calcha: Calcha = await import(new URL('../dist/index.js', import.meta.url).href);
  const secret = calcha.generateSecret();
  // CALCHA_BENCH_PROFILE=dir: the server runs under V8's CPU profiler and writes its profile
  // there when the run ends (read it with bench/profile.mjs).
  const profile = process.env.CALCHA_BENCH_PROFILE;
  const server = fork(SERVER, [], {
    env: { ...process.env, CALCHA_SECRET: secret },
    execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
  });
  try {
    const port = await new Promise<number>((resolve) => server.once('message', resolve as never));
    const base = `http://127.0.0.1:${port}`;
    const issuer = calcha.createCaptcha({ secret, words: 'digits', digits: 'latin' });
    const bodies: string[] = [];
    for (let i = 0; i < TOKENS; i++) {
      const c = await issuer.generate({ scope: SCOPE });
      const [a = '', op, b = ''] = c.question.split(' ');
      const answer = op === '+' ? Number(a) + Number(b) : Number(a) - Number(b);
      bodies.push(new URLSearchParams({ token: c.token, answer: String(answer) }).toString());
    }
    // Warm up each route (the first question loads ICU's number formats and a speller), so the
    // runs measure steady state.
    for (let i = 0; i < 200; i++) {
      await fetch(`${base}/challenge`).then((r) => r.text());
      await fetch(`${base}/static`).then((r) => r.text());
    }
    let next = TOKENS - 200;
    for (; next < TOKENS; next++) {
      await fetch(`${base}/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: bodies[next] ?? '',
      }).then((r) => r.text());
    }
    next = 0;
    const post = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      requests: [
        {
          setupRequest(request: autocannon.Request) {
            return { ...request, body: bodies[next++ % bodies.length] };
          },
        },
      ],
    };
    const routes = {
      'GET static': () => load(base, '/static'),
      'GET challenge': () => load(base, '/challenge'),
      'POST static': () => load(base, '/static', post),
      'POST verify': () => load(base, '/verify', post),
    };
    const runs = new Map<string, Run[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [route, run] of Object.entries(routes)) {
        runs.set(route, [...(runs.get(route) ?? []), await run()]);
      }
    }
    const perRequest = (run: Run) => run.cpuMicros / run.requests;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
    const of = (route: string, value: (run: Run) => number) => (runs.get(route) ?? []).map(value);
    const above = (route: string, base: string) =>
      of(route, perRequest).map((micros, round) => micros - (of(base, perRequest)[round] ?? 0));
    const differences: Record<string, number[]> = {
      'GET challenge': above('GET challenge', 'GET static'),
      'POST verify': above('POST verify', 'POST static'),
    };
    return [...runs.keys()].map((route) => ({
      route,
      'req/s': Math.round(median(of(route, (run) => run.reqPerSec))),
      'p99 ms': median(of(route, (run) => run.p99)),
      'CPU µs/req': median(of(route, perRequest)).toFixed(1),
      'CPU µs above static': differences[route]
        ? `${median(differences[route]).toFixed(1)} (${differences[route].map((d) => d.toFixed(1)).join(', ')})`
        : '',
    }));
  } finally {
    server.kill();
  }
}
