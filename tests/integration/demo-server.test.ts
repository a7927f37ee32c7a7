import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start (examples/demo/server.ts)', () => {
  it('serves the demo on 127.0.0.1 without CALCHA_SECRET, warning that the secret is one-off', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/demo/server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        CALCHA_SECRET: '',
        COMMENTS_FILE: join(mkdtempSync(join(tmpdir(), 'calcha-start-')), 'comments.json'),
      },
    });
    try {
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          stdout += d;
          const match = /http:\/\/localhost:(\d+)/.exec(stdout);
          if (match) resolve(`http://127.0.0.1:${match[1]}`);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
      });
      expect(stderr).toMatch(/CALCHA_SECRET is not set; using a one-off secret/);
      const page = await fetch(`${url}/`, { headers: { 'accept-language': 'fr-FR' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<html lang="fr">');
      expect(html).toMatch(/class="calcha-question" lang="fr-FR"/);
      const challenge = await (
        await fetch(`${url}/calcha/challenge`, { headers: { 'accept-language': 'en' } })
      ).json();
      expect(challenge).toMatchObject({ locale: 'en-US', dir: 'ltr' });
    } finally {
      child.kill();
    }
  });
});
