/**
 * The memory store's footprint with 1 000 000 live tokens, in a fresh process
 * (bench/memory-child.mjs) with `--expose-gc`. Part of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./memory-child.mjs', import.meta.url));

export function measureMemory(): Record<string, string> {
  return JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', CHILD], { encoding: 'utf8' }),
  ) as Record<string, string>;
}
