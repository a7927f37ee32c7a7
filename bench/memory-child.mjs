// The memory store's footprint (bench/memory.ts): 1 000 000 live tokens in one memoryStore,
// measured with process.memoryUsage after a full GC (run with --expose-gc). Each id is made as
// verify makes it (a nonce in base64url, 22 characters) and kept by the store alone.
const { memoryStore } = await import(new URL('../dist/index.js', import.meta.url).href);
const { randomBytes } = await import('node:crypto');
const COUNT = 1_000_000;
const heap = () => {
  globalThis.gc?.();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return heapUsed + external - arrayBuffers;
};
const now = Date.now();
const nonces = randomBytes(16 * COUNT);
const before = heap();
const store = memoryStore({ capacity: COUNT, now: () => now });
for (let i = 0; i < COUNT; i++) {
  // Spread over 30 minutes of expiry, as a busy site's tokens are.
  store.consume(
    nonces.toString('base64url', 16 * i, 16 * i + 16),
    now + 1_000 + ((i * 1_800) % 1_800_000),
  );
}
const after = heap();
// The store is used after the measure, so the collector cannot take it before.
if (store.consume(nonces.toString('base64url', 0, 16), now) !== false) throw new Error('forgot');
process.stdout.write(
  JSON.stringify({
    'memoryStore with 1 000 000 live tokens (ids included)': `${((after - before) / 1e6).toFixed(1)} MB`,
    'per token': `${((after - before) / COUNT).toFixed(0)} bytes`,
  }),
);
