/**
 * The edge example on Node: `CALCHA_SECRET=… npx tsx examples/edge/node.ts`,
 * then open http://localhost:3002.
 */
import { serve } from '@hono/node-server';
import { createEdgeApp } from './app.ts';

const secret = process.env.CALCHA_SECRET;
if (!secret) throw new Error('Set CALCHA_SECRET (npm run -s cli -- secret makes one).');
const app = createEdgeApp();
serve({
  fetch: (request) => app.fetch(request, { CALCHA_SECRET: secret }),
  hostname: '127.0.0.1',
  port: 3002,
});
console.log('calcha edge example: http://localhost:3002');
