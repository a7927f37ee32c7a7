/**
 * `npm run bench`: every figure of docs/performance.md in one run, on the
 * built `dist/`. Cold start in fresh processes; the memory store's footprint;
 * round trips as ratios to a raw HMAC-SHA-256 measured in the same run, next
 * to peers; HTTP under autocannon. Not a test: times depend on the machine,
 * read the ratios.
 *
 *   npm run bench                       # everything
 *   npx tsx bench/index.ts roundtrip    # one part (cold, memory, roundtrip, http), after a build
 */
import { cpus, loadavg } from 'node:os';

const wanted = new Set(process.argv.slice(2));
const runs = (part: string) => wanted.size === 0 || wanted.has(part);

console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()[0]?.toFixed(1)}, ${new Date().toISOString().slice(0, 16)}Z`,
);
if (runs('cold')) {
  const { measureColdStart } = await import('./cold-start.ts');
  console.log('\nCold start (fresh processes, median of 5)');
  console.table(measureColdStart());
}
if (runs('memory')) {
  const { measureMemory } = await import('./memory.ts');
  console.log('\nmemoryStore footprint (fresh process, after GC)');
  console.table(measureMemory());
}
if (runs('roundtrip')) {
  const { runRoundTrips } = await import('./roundtrip.ts');
  console.log('\nRound trips, ratios to one raw HMAC-SHA-256, node:crypto (same run)');
  console.table(await runRoundTrips());
}
if (runs('http')) {
  const { measureHttp } = await import('./http.ts');
  console.log(
    '\nHTTP (node:http, autocannon on 127.0.0.1, 10 connections, 3 s a route, median of 3 rounds)',
  );
  console.table(await measureHttp());
}
console.log(`load ${loadavg()[0]?.toFixed(1)} at the end`);
