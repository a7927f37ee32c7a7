/**
 * Starts the demo: `npm start`, then open http://localhost:3000.
 * PORT (default 3000), CALCHA_SECRET (default: a one-off secret, with a warning),
 * COMMENTS_FILE (default examples/demo/data/comments.json).
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { generateSecret } from 'calcha';
import { createDemoApp } from './app.ts';

const port = Number(process.env.PORT ?? 3000);
let secret = process.env.CALCHA_SECRET;
if (secret === undefined || secret === '') {
  secret = generateSecret();
  console.warn(
    'calcha demo: CALCHA_SECRET is not set; using a one-off secret. Questions on pages opened before a restart will be refused.\n' +
      '             Keep one with: export CALCHA_SECRET=$(npm run -s cli -- secret)',
  );
}
const commentsFile =
  process.env.COMMENTS_FILE ?? fileURLToPath(new URL('./data/comments.json', import.meta.url));

const server = createDemoApp({ secret, commentsFile }).listen(port, '127.0.0.1', (error) => {
  if (error) throw error;
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  console.log(`calcha demo: ${url}  (cached-page variant: ${url}/cached)`);
});
