/**
 * Starts the demo as the README says, `npm start` (which builds, then serves the
 * build), on a free port of 127.0.0.1, with a clock the test can move.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from '../../scripts/paths.ts';

const CLOCK = pathToFileURL(fileURLToPath(new URL('./fixtures/offset-clock.mjs', import.meta.url)));

export interface StartedDemo {
  url: string;
  stdout: string;
  stderr: string;
  /** Moves the demo's clock forward. */
  advance(ms: number): void;
  stop(): void;
}

/** `npm start` with `env` added; resolves once the demo prints its URL. */
export function npmStart(env: Record<string, string> = {}): Promise<StartedDemo> {
  const dir = mkdtempSync(join(tmpdir(), 'calcha-npm-start-'));
  const clockFile = join(dir, 'clock-offset');
  let offset = 0;
  writeFileSync(clockFile, '0');
  // Its own process group, so that stop() ends npm, tsx and the server together.
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      CALCHA_SECRET: '',
      COMMENTS_FILE: join(dir, 'comments.json'),
      NODE_OPTIONS: `--import=${CLOCK.href}`,
      CALCHA_TEST_CLOCK_FILE: clockFile,
      ...env,
    },
  });
  const demo: StartedDemo = {
    url: '',
    stdout: '',
    stderr: '',
    advance(ms) {
      offset += ms;
      writeFileSync(clockFile, String(offset));
    },
    stop() {
      try {
        process.kill(-(child.pid as number), 'SIGTERM');
      } catch {}
    },
  };
  child.stderr?.on('data', (data) => {
    demo.stderr += data;
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (data) => {
      demo.stdout += data;
      const match = /calcha demo: (http:\/\/127\.0\.0\.1:\d+) /.exec(demo.stdout);
      if (match && demo.url === '') {
        demo.url = match[1] as string;
        resolve(demo);
      }
    });
    child.once('exit', (code) =>
      reject(Object.assign(new Error(`npm start exited with ${code}`), { demo, code })),
    );
  });
}
