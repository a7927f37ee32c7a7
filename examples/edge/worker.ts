/**
 * The Cloudflare Workers entry of the edge example: the Hono app of app.ts,
 * with one-time use in the Durable Object of replay-store.ts. The wrangler
 * configuration it needs is in docs/deployment.md.
 */
import { createEdgeApp, type EdgeAppOptions, type EdgeBindings } from './app.ts';
import { durableObjectStore, type ReplayObjectNamespace } from './replay-store.ts';

export { CalchaReplays } from './replay-store.ts';

export interface WorkerBindings extends EdgeBindings {
  /** The namespace of the CalchaReplays Durable Object (a `DurableObjectNamespace`). */
  REPLAYS: ReplayObjectNamespace;
}

/** The Worker, with further captcha options if wanted. */
export function createWorker(options: Omit<EdgeAppOptions<WorkerBindings>, 'store'> = {}) {
  return createEdgeApp<WorkerBindings>({
    ...options,
    store: (env) => durableObjectStore(env.REPLAYS),
  });
}

export default createWorker();
