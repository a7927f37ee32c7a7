/**
 * Starts the demo: `npm start`, then open http://localhost:3000.
 *
 * HOST (default 127.0.0.1; 0.0.0.0 to serve other machines), PORT (default 3000;
 * 0 for any free port), CALCHA_SECRET (default: a one-off secret, with a warning),
 * COMMENTS_FILE (default examples/demo/data/comments.json).
 *
 * `npm start` builds the package first and runs this file with
 * examples/tsconfig.dist.json, which has no `paths`: `calcha` and `calcha/browser`
 * resolve as in a user's app, through package.json to dist/.
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { generateSecret } from 'calcha';
import { createDemoApp } from './app.ts';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`calcha demo: PORT must be a port number (0 to 65535), got ${process.env.PORT}.`);
  process.exit(1);
}
let secret = process.env.CALCHA_SECRET;
if (secret === undefined || secret === '') {
  secret = generateSecret();
  console.warn(
    'calcha demo: CALCHA_SECRET is not set; using a one-off secret. Questions on pages opened before a restart will be refused.\n' +
      '             Keep one with: export CALCHA_SECRET=$(npx calcha secret)',
  );
}
const commentsFile =
  process.env.COMMENTS_FILE ?? fileURLToPath(new URL('./data/comments.json', import.meta.url));

const server = createDemoApp({ secret, commentsFile }).listen(port, host, (error) => {
  if (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${port} is already in use on ${host}. Stop the other server, or pick another port: PORT=${port + 1} npm start`
        : code === 'EACCES'
          ? `port ${port} needs privileges on this machine. Pick a port above 1023: PORT=3000 npm start`
          : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
            ? `HOST=${host} is not an address of this machine. Use 127.0.0.1, or 0.0.0.0 for every address.`
            : error.message;
    console.error(`calcha demo: ${reason}`);
    process.exit(1);
  }
  const address = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}`;
  console.log(`calcha demo: ${url}  (cached-page variant: ${url}/cached)`);
});
