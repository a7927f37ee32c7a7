import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { programAvailable } from '../program.ts';

/** Whether redis-server is here (see programAvailable). */
export function redisAvailable(): boolean {
  const present = spawnSync('redis-server', ['--version']).status === 0;
  return programAvailable('redis-server', present, 'redis-server');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A throwaway redis-server on a free loopback port, with no persistence;
 * `args` adds configuration (`['--maxmemory-policy', 'allkeys-lru']`).
 */
export async function startRedis(port?: number, args: string[] = []) {
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    child.stdout?.on('data', (data: Buffer) => {
      if (data.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    /** Kills the server at once, as a crash would. */
    kill: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
