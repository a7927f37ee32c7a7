// The server of the HTTP measure (bench/http.ts): node:http over the built `dist/`, with a
// static route next to each calcha route, and /cpu reporting this process's CPU time (µs).
import { createServer } from 'node:http';

const calcha = await import(new URL('../dist/index.js', import.meta.url).href);
const captcha = calcha.createCaptcha({ secret: process.env.CALCHA_SECRET, minSolveTime: 0 });
const SCOPE = 'comment-form:post-42';

const readBody = (request) =>
  new Promise((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
  });

const server = createServer(async (request, response) => {
  const send = (text, type = 'text/plain') => {
    response.writeHead(200, { 'content-type': type });
    response.end(text);
  };
  switch (`${request.method} ${request.url}`) {
    case 'GET /static':
      return send('{"question":"15 − quatorze ="}', 'application/json');
    case 'GET /challenge':
      return send(JSON.stringify(await captcha.generate({ scope: SCOPE })), 'application/json');
    case 'POST /static':
      await readBody(request);
      return send('{"ok":true}', 'application/json');
    case 'POST /verify': {
      const form = new URLSearchParams(await readBody(request));
      const result = await captcha.verify(form.get('token'), form.get('answer'), { scope: SCOPE });
      return send(JSON.stringify(result), 'application/json');
    }
    case 'GET /cpu': {
      const { user, system } = process.cpuUsage();
      return send(String(user + system));
    }
    default:
      response.writeHead(404).end();
  }
});
server.listen(0, '127.0.0.1', () => process.send?.(server.address().port));
// A clean exit when the bench ends, so that a CPU profile (CALCHA_BENCH_PROFILE) is written.
process.on('SIGTERM', () => process.exit(0));
