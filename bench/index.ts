/**
 * `npm run bench`: every figure of docs/performance.md in one run, on the
 * built `dist/`. Round trips as ratios to a raw HMAC-SHA-256 measured in the
 * same run, next to peers; cold start in fresh processes; HTTP under
 * autocannon. Not a test: times depend on the machine, read the ratios.
 *
 *   npm run bench             # everything
 */
import { cpus } from 'node:os';
import { measureColdStart } from './cold-start.ts';
import { measureHttp } from './http.ts';
import { measureMemory } from './memory.ts';

console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString().slice(0, 16)}Z`,
);
console.log('\nCold start (fresh processes, median of 5)');
console.table(measureColdStart());
console.log('\nmemoryStore footprint (fresh process, after GC)');
console.table(measureMemory());
console.log('\nRound trips, ratios to one raw HMAC-SHA-256 (same run)');
const { runRoundTrips } = await import('./roundtrip.ts');
console.table(await runRoundTrips());
console.log('\nHTTP (node:http, autocannon on 127.0.0.1, 10 connections, 3 s a route)');
console.table(await measureHttp());
