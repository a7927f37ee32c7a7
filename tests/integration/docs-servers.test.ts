/**
 * Every server example of the README and the guides runs as written: each
 * ```ts block that calls `.listen(` is copied into a file, run with tsx against
 * the built package (as in a user's project: `calcha` resolves to dist/), served,
 * posted to, refused and accepted. `npm run typecheck` type-checks every block.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type DocExample, guideExamples } from '../../scripts/doc-examples.ts';
import { ROOT } from '../../scripts/paths.ts';
import { describeRefusal, HONEYPOT_CSS, type Locale } from '../../src/index.ts';
import { readRenderedForm, SECRET, solveQuestion } from '../helpers.ts';

/** Inside the package (so `calcha` resolves to it), outside what tsc reads; gitignored. */
const WORK = join(ROOT, '.cache/docs-servers');
const CLOCK = pathToFileURL(join(ROOT, 'tests/integration/fixtures/offset-clock.mjs')).href;

/** The examples of the README and the guides that serve something. */
const serverExamples = () => guideExamples().filter((example) => /\.listen\(/.test(example.code));

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
});

/** Runs an example; resolves with the page URL it prints, and a way to move its clock. */
async function run(example: DocExample, index: number) {
  mkdirSync(WORK, { recursive: true });
  const file = join(WORK, `example-${index}.ts`);
  const clockFile = join(WORK, `example-${index}.clock`);
  writeFileSync(file, example.code);
  writeFileSync(clockFile, '0');
  const port = await freePort();
  const child = spawn(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['--tsconfig', join(ROOT, 'examples/tsconfig.dist.json'), file],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        CALCHA_SECRET: SECRET,
        NODE_OPTIONS: `--import=${CLOCK}`,
        CALCHA_TEST_CLOCK_FILE: clockFile,
      },
    },
  );
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (data) => {
    stderr += data;
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (data) => {
      stdout += data;
      const match = /http:\/\/localhost:\d+\S*/.exec(stdout);
      if (match) resolve(match[0].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`${example.where} exited (${code}): ${stderr}`)));
  });
  let offset = 0;
  return {
    url,
    stderr: () => stderr,
    advance(ms: number) {
      offset += ms;
      writeFileSync(clockFile, String(offset));
    },
  };
}

const examples = serverExamples();

describe('the server examples of the docs, run', () => {
  it('are found: the server-rendered and the cached-page comment forms', () => {
    expect(examples.map((e) => e.where.replace(/:\d+$/, ''))).toEqual([
      'docs/comment-form.md',
      'docs/comment-form.md',
    ]);
  });

  it.each(examples.map((example, i) => [example.where, example, i] as const))(
    '%s: served, posted to, refused, accepted',
    async (_where, example, index) => {
      const server = await run(example, index);
      const origin = new URL(server.url).origin;
      const headers = { 'accept-language': 'en-GB' };

      // Served, with the honeypot rule linked and served.
      const page = await fetch(server.url, { headers });
      expect(page.status).toBe(200);
      const html = await page.text();
      const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)];
      const css = await Promise.all(
        stylesheets.map(async (m) => (await fetch(new URL(m[1] ?? '', origin))).text()),
      );
      expect(css).toContain(HONEYPOT_CSS);

      // A module script (the cached page's browser module) is served as built JavaScript.
      for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
        const script = await fetch(new URL(src ?? '', origin));
        expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
        expect(await script.text()).toBe(readFileSync(join(ROOT, 'dist/browser.js'), 'utf8'));
      }

      // The question: in the page, or from the endpoint the fragment names.
      const endpoint = /data-calcha-src="([^"]+)"/.exec(html)?.[1];
      const challenge = async (from: string) => {
        if (/name="calcha_token" value="[^"]/.test(from)) return readRenderedForm(from);
        const json = await (await fetch(new URL(endpoint ?? '', origin), { headers })).json();
        return { token: json.token as string, question: json.question, locale: json.locale };
      };
      const action = new URL(
        /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '',
        server.url,
      );
      const post = (body: URLSearchParams | null = null) =>
        fetch(action, { method: 'POST', headers, body, redirect: 'manual' });
      const fields = async (from: string, right: boolean, comment: string) => {
        const { token, question, locale } = await challenge(from);
        const answer = await solveQuestion(locale as Locale, question);
        return new URLSearchParams({
          comment,
          calcha_token: token,
          calcha_answer: String(right ? answer : answer + 1),
          calcha_website: '',
        });
      };

      // A post without a body: refused, not a crash.
      const empty = await post();
      expect(empty.status).toBe(422);
      expect(await empty.text()).toContain(describeRefusal('missing-field', 'en-GB'));

      // A wrong answer: 422, the comment as typed, and why.
      const wrongFields = await fields(html, false, 'a <b>kept</b> comment');
      server.advance(3_000);
      const wrong = await post(wrongFields);
      expect(wrong.status).toBe(422);
      const refused = await wrong.text();
      expect(refused).toContain(describeRefusal('wrong-answer', 'en-GB').replaceAll("'", '&#39;'));
      expect(refused).toContain('>a &#60;b&#62;kept&#60;/b&#62; comment</textarea>');

      // A right answer to a fresh question: published (303).
      const rightFields = await fields(refused, true, 'Published.');
      server.advance(3_000);
      const accepted = await post(rightFields);
      expect(accepted.status).toBe(303);
      expect(server.stderr()).toBe('');
    },
    120_000,
  );
});
