/**
 * The edge example on Node: `CALCHA_SECRET=… npx tsx examples/edge/node.ts`,
 * then open http://localhost:3002.
 */
import { serve } from '@hono/node-server';
import { createEdgeApp } from './app.ts';

const secret = process.env.CALCHA_SECRET;
if (!secret) {
  console.error('Set CALCHA_SECRET first: export CALCHA_SECRET=$(npx calcha secret)');
  process.exit(1);
}
const app = createEdgeApp();
serve({
  fetch: (request) => app.fetch(request, { CALCHA_SECRET: secret }),
  hostname: '127.0.0.1',
  port: 3002,
});
console.log('calcha edge example: http://localhost:3002');
