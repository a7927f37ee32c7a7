/**
 * Cold start: each figure measured inside a fresh Node process
 * (bench/cold-start-child.mjs, over the built `dist/`), the median of five,
 * in wall time and in CPU time (user + system; on a shared machine the wall
 * time mostly measures the other processes).
 * Part of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./cold-start-child.mjs', import.meta.url));
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/** Runs the child RUNS times; returns the median of each figure, in ms. */
export function measureColdStart(): Record<string, string> {
  const runs = Array.from(
    { length: RUNS },
    () =>
      JSON.parse(execFileSync(process.execPath, [CHILD], { encoding: 'utf8' })) as Record<
        string,
        number
      >,
  );
  const names = Object.keys(runs[0] ?? {});
  return Object.fromEntries(
    names.map((name) => [name, `${median(runs.map((r) => r[name] ?? 0)).toFixed(1)} ms`]),
  );
}
