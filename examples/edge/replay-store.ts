/**
 * One-time use on Cloudflare Workers: a Durable Object that remembers used
 * token ids, and the `ReplayStore` calcha calls. Requests to one object run one
 * at a time, so its read-then-write is atomic, which Workers KV (eventually
 * consistent) cannot promise. Copy this file into your Worker; it is an
 * example, not part of the package. tests/integration/runtimes/workerd/ runs it in workerd.
 */
import type { ReplayStore } from 'calcha';

/**
 * The part of a Durable Object's state this file uses. Cloudflare's
 * `DurableObjectState` (@cloudflare/workers-types) has it; the tests check that the
 * real types fit, so this example needs no 150 MB of types to type-check here.
 */
export interface ReplayObjectState {
  storage: {
    get(key: string): Promise<unknown>;
    put(key: string, value: number): Promise<void>;
    delete(key: string): Promise<boolean>;
    list<T>(): Promise<Map<string, T>>;
    getAlarm(): Promise<number | null>;
    setAlarm(scheduledTime: number): Promise<void>;
  };
}

/** The part of a `DurableObjectNamespace` binding this file uses. */
export interface ReplayObjectNamespace<Id = unknown> {
  idFromName(name: string): Id;
  get(id: Id): {
    fetch(
      url: string,
      init: { method: string; body: string },
    ): Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
  };
}

/** The Durable Object: remembers used ids until they expire. */
export class CalchaReplays {
  constructor(private state: ReplayObjectState) {}

  async fetch(request: Request): Promise<Response> {
    const { id, expiresAt } = (await request.json()) as { id: string; expiresAt: number };
    if ((await this.state.storage.get(id)) !== undefined) return Response.json({ first: false });
    await this.state.storage.put(id, expiresAt);
    // Forget it once the token has expired.
    const alarm = await this.state.storage.getAlarm();
    if (alarm === null || alarm > expiresAt) await this.state.storage.setAlarm(expiresAt);
    return Response.json({ first: true });
  }

  async alarm(): Promise<void> {
    const now = Date.now();
    let next: number | undefined;
    for (const [id, expiresAt] of await this.state.storage.list<number>()) {
      if (expiresAt <= now) await this.state.storage.delete(id);
      else next = Math.min(next ?? expiresAt, expiresAt);
    }
    if (next !== undefined) await this.state.storage.setAlarm(next);
  }
}

/** The ReplayStore calcha calls, given the Durable Object namespace binding. */
export function durableObjectStore<Id>(namespace: ReplayObjectNamespace<Id>): ReplayStore {
  return {
    async consume(id, expiresAt) {
      // Spread ids over 16 objects so that one object is not the only lane.
      const stub = namespace.get(namespace.idFromName(`calcha-${id.charCodeAt(0) % 16}`));
      const response = await stub.fetch('https://calcha/consume', {
        method: 'POST',
        body: JSON.stringify({ id, expiresAt }),
      });
      if (!response.ok) throw new Error(`calcha replay store answered ${response.status}`);
      return ((await response.json()) as { first: boolean }).first;
    },
  };
}
