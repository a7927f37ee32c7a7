/**
 * Tool folders: what only some commands need (Biome, StrykerJS, the runtime matrix) lives in
 * a folder of its own with a committed package.json and lock file, outside the contributors'
 * `npm ci`. The command that needs it installs it there with `npm ci` on first use, and again
 * when the folder's lock file changes (docs/decisions.md, "A lean npm ci").
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './paths.ts';

/** Where the last install writes its lock file's hash. */
const STAMP = '.calcha-lock.sha256';

/**
 * Installs `folder` (absolute) with `npm ci` unless its node_modules was installed from the
 * current lock file; returns its node_modules. `what` names the tools in the message a first
 * install prints. Throws when `npm ci` fails.
 */
export function installToolFolder(folder: string, what: string): string {
  const modules = join(folder, 'node_modules');
  const stamp = join(modules, STAMP);
  const lock = createHash('sha256')
    .update(readFileSync(join(folder, 'package-lock.json')))
    .digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return modules;
  console.error(`\nInstalling ${what} into ${relative(ROOT, folder)}/ (first use)…`);
  // stdout stays the tool's: the install's report goes to stderr.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: folder,
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  writeFileSync(stamp, lock);
  return modules;
}
