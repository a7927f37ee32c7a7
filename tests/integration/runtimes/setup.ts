/**
 * Global set-up of the `runtimes` test project (vitest.config.ts): the runtime
 * matrix and the packed package.
 *
 * - The runtimes (Bun, Deno, workerd, Node 22 and 24, Cloudflare's types) live in
 *   .runtimes/, a tool folder (scripts/tool-folder.ts), so a contributor's
 *   `npm ci` stays small. They are installed there with `npm ci` the first time
 *   these tests run, and again when .runtimes/package-lock.json changes.
 * - The package is packed once (`npm pack`, as published) and installed in a
 *   fresh project, which every test file of the project shares.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../../../scripts/paths.ts';
import { installToolFolder } from '../../../scripts/tool-folder.ts';

export const RUNTIMES = join(ROOT, '.runtimes');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fresh project with the packed calcha installed. */
    consumer: string;
    /** The files of the packed tarball. */
    packedFiles: string[];
    /** .runtimes/node_modules, or '' where it could not be installed (local runs only). */
    runtimes: string;
  }
}

/** Installs .runtimes/ (a tool folder) unless it is up to date; '' where that fails locally. */
function installRuntimes(): string {
  try {
    return installToolFolder(RUNTIMES, 'the runtime matrix (about 700 MB)');
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(
      '\n!!! SKIPPING THE RUNTIME MATRIX (Bun, Deno, workerd, Node 22 and 24): `npm ci` in .runtimes/ failed.\n',
    );
    return '';
  }
}

/** Packs the package as `npm publish` would and installs it in a fresh project. */
function installPacked(): { consumer: string; files: string[] } {
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'calcha-package-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const consumer = join(dir, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { calcha: `file:../${packed?.filename}` },
    }),
  );
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
    { cwd: consumer, stdio: 'ignore' },
  );
  return { consumer, files: packed?.files.map((f) => f.path).sort() ?? [] };
}

export default function setup(project: TestProject) {
  const { consumer, files } = installPacked();
  project.provide('consumer', consumer);
  project.provide('packedFiles', files);
  project.provide('runtimes', installRuntimes());
}
