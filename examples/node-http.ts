/**
 * calcha with nothing but node:http: a one-page comment form.
 *
 *   CALCHA_SECRET=… npx tsx examples/node-http.ts   (then open http://localhost:3001)
 *
 * The whole integration is three calls: generate + renderHtml to show the
 * question, verifyForm to check the post, describeRefusal to say why not.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  type CaptchaOptions,
  createCaptcha,
  describeRefusal,
  HONEYPOT_CSS,
  renderHtml,
} from 'calcha';

const SCOPE = 'comment-form';
const MAX_BODY_BYTES = 32 * 1024;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readBody(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) break;
  }
  return new URLSearchParams(body.slice(0, MAX_BODY_BYTES));
}

/** A request handler; `options` are calcha's (a secret at least). */
export function commentFormHandler(options: CaptchaOptions) {
  const captcha = createCaptcha({ locale: 'en-GB', ...options });
  const comments: string[] = [];

  const page = async (response: ServerResponse, status: number, error = '', typed = '') => {
    const challenge = await captcha.generate({ scope: SCOPE });
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Comments</title>
<style>${HONEYPOT_CSS}</style></head><body><h1>Comments</h1>
<ul>${comments.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>
<form method="post"><div role="alert">${escapeHtml(error)}</div>
<label for="comment">Comment</label><textarea id="comment" name="comment" required>${escapeHtml(typed)}</textarea>
${renderHtml(challenge, { labelBefore: 'Anti-spam question:' })}
<button>Post</button></form></body></html>`);
  };

  return async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') return page(response, 200);
    const body = await readBody(request);
    const comment = body.get('comment') ?? '';
    const result = await captcha.verifyForm(body, { scope: SCOPE });
    if (!result.ok) return page(response, 422, describeRefusal(result.reason, 'en'), comment);
    comments.push(comment);
    response.writeHead(303, { location: '/' }).end();
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const secret = process.env.CALCHA_SECRET;
  if (!secret) {
    console.error('Set CALCHA_SECRET first: export CALCHA_SECRET=$(npx calcha secret)');
    process.exit(1);
  }
  createServer(commentFormHandler({ secret })).listen(3001, '127.0.0.1');
  console.log('http://localhost:3001');
}
