/**
 * Runs a tool from its tool folder (scripts/tool-folder.ts), installing it there first when
 * needed: `tsx scripts/tool.ts <folder> <command> [arguments…]`, as package.json's scripts do
 * (`tsx scripts/tool.ts tools/biome biome check .`). Exits with the tool's status.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { installToolFolder } from './tool-folder.ts';

const [folder, command, ...args] = process.argv.slice(2);
if (folder === undefined || command === undefined) {
  console.error('Usage: tsx scripts/tool.ts <folder> <command> [arguments…]');
  process.exit(2);
}
const modules = installToolFolder(join(ROOT, folder), command);
const run = spawnSync(join(modules, '.bin', command), args, { stdio: 'inherit' });
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;
