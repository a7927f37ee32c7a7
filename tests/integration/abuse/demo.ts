/**
 * The abuse suite's one server: the demo (examples/demo/app.ts) served in-process on
 * 127.0.0.1, port 0, with a fixed clock the test moves and rate limits off (each attacker
 * here is about the captcha, not the limiter: tests/integration/demo-rate-limit.test.ts
 * covers that). A post is accepted when it answers 303; refused with 422 and the page,
 * whose role="alert" element holds `describeRefusal(reason, 'en')` and whose form holds
 * the text as typed.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoApp } from '../../../examples/demo/app.ts';
import { describeRefusal, type FormRefusalReason, memoryStore } from '../../../src/index.ts';
import { FORM_ONLY_REASONS, REFUSAL_REASONS } from '../../../src/types.ts';
import { fixedClock, SECRET } from '../../helpers.ts';

export interface Reply {
  status: number;
  text: string;
}

/** The demo's refusal message for a reason, as the page writes it (HTML-escaped). */
export function refusal(reason: FormRefusalReason): string {
  return describeRefusal(reason, 'en').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The text of the page's role="alert" element ('' when there is none). */
export function alertOf(html: string): string {
  return /<div id="form-error" class="error" role="alert">([^<]*)<\/div>/.exec(html)?.[1] ?? '';
}

/** The refusal reason whose message the page shows (or the message itself, when none is). */
export function reasonOf(html: string): string {
  const alert = alertOf(html);
  const reasons = [...REFUSAL_REASONS, ...FORM_ONLY_REASONS];
  return reasons.find((reason) => refusal(reason) === alert) ?? alert;
}

/** The comment text the refused page gives back in its textarea. */
export function typedComment(html: string): string | undefined {
  return /<textarea id="comment"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1];
}

export async function startDemo() {
  const clock = fixedClock();
  const commentsFile = join(mkdtempSync(join(tmpdir(), 'calcha-abuse-')), 'comments.json');
  const app = createDemoApp({
    secret: SECRET,
    commentsFile,
    now: clock.now,
    store: memoryStore({ now: clock.now }),
    rateLimits: false,
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const read = async (response: Response): Promise<Reply> => ({
    status: response.status,
    text: await response.text(),
  });

  return {
    base,
    clock,
    /** A fresh question from GET /calcha/challenge (the JSON the browser module reads). */
    async challenge(): Promise<{
      question: string;
      token: string;
      locale: string;
      expiresAt: number;
    }> {
      const response = await fetch(`${base}/calcha/challenge`, {
        headers: { 'accept-language': 'en' },
      });
      if (response.status !== 200) throw new Error(`challenge: ${response.status}`);
      return (await response.json()) as never;
    },
    /** GET / as a reader. */
    async page(): Promise<Reply> {
      return read(await fetch(`${base}/`, { headers: { 'accept-language': 'en' } }));
    },
    /** Posts the comment form with a token and an answer. */
    async post(token: string, answer: string, comment = 'a comment'): Promise<Reply> {
      return this.raw(
        new URLSearchParams({
          name: 'Bot',
          comment,
          calcha_token: token,
          calcha_answer: answer,
          calcha_website: '',
        }).toString(),
      );
    },
    /** Posts any body with any content type to /comments. */
    async raw(
      body: string | Uint8Array<ArrayBuffer>,
      contentType = 'application/x-www-form-urlencoded',
    ): Promise<Reply> {
      return read(
        await fetch(`${base}/comments`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'accept-language': 'en', 'content-type': contentType },
          body,
        }),
      );
    },
    /** How many comments the demo has published (its comments file). */
    published(): number {
      if (!existsSync(commentsFile)) return 0;
      return (JSON.parse(readFileSync(commentsFile, 'utf8')) as unknown[]).length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type Demo = Awaited<ReturnType<typeof startDemo>>;
