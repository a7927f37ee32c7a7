/**
 * Runs a Worker in workerd, the runtime of Cloudflare Workers (the `workerd`
 * npm package). The Worker is bundled as wrangler does it (esbuild, the
 * `workerd` export condition), so `calcha` resolves through its package.json to
 * the built Web Crypto build in dist/. A Durable Object namespace
 * `REPLAYS` of class `CalchaReplays` is bound, with in-memory storage.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../../../../scripts/paths.ts';

/**
 * The workerd binary from the runtime matrix (`runtimes`: .runtimes/node_modules, see
 * ../setup.ts), or `undefined` (with a loud warning) where there is none.
 */
export function workerdBinary(runtimes: string): string | undefined {
  let binary: string | undefined;
  try {
    // The package's main module names the binary of this platform.
    const require = createRequire(join(runtimes, '..', 'package.json'));
    binary = (require('workerd') as { default: string }).default;
  } catch {}
  if (binary !== undefined && existsSync(binary)) return binary;
  const why =
    'workerd has no binary for this platform (the runtime matrix installs it in .runtimes/)';
  if (process.env.CI) throw new Error(`${why}.`);
  console.warn(`\n!!! SKIPPING WORKERD TESTS: ${why}.\n`);
  return undefined;
}

function config(secret: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);

const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "2026-11-01",
  bindings = [
    (name = "CALCHA_SECRET", text = ${JSON.stringify(secret)}),
    (name = "REPLAYS", durableObjectNamespace = "CalchaReplays"),
  ],
  durableObjectNamespaces = [ (className = "CalchaReplays", uniqueKey = "calcha-replays") ],
  durableObjectStorage = (inMemory = void),
);
`;
}

/** Bundles `entry` and serves it from workerd on a free loopback port. */
export async function startWorker(binary: string, entry: string, secret: string) {
  if (!existsSync(join(ROOT, 'dist/web.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'calcha-workerd-'));
  await build({
    entryPoints: [entry],
    outfile: join(dir, 'worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    // No tsconfig paths: `calcha` resolves as a user's bundler resolves it.
    tsconfigRaw: {},
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'config.capnp'), config(secret));
  const child: ChildProcess = spawn(binary, ['serve', 'config.capnp', '--control-fd=3'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
  });
  // workerd reports the port it bound on the control file descriptor.
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`workerd exited with ${code}`)));
    child.stdio[3]?.on('data', (data: Buffer) => {
      const listen = /"event":"listen".*"port":(\d+)/.exec(data.toString());
      if (listen) resolve(Number(listen[1]));
    });
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
