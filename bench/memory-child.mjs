// The memory store's footprint (bench/memory.ts): 1 000 000 live tokens in one memoryStore,
// measured with process.memoryUsage after a full GC (run with --expose-gc).
const { memoryStore } = await import(new URL('../dist/index.js', import.meta.url).href);
const { randomBytes } = await import('node:crypto');
const COUNT = 1_000_000;
const heap = () => {
  globalThis.gc?.();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return heapUsed + external - arrayBuffers;
};
// Ids made first (as verify's keys are: 22 base64url characters), so only the store is counted.
const ids = Array.from({ length: COUNT }, () => randomBytes(16).toString('base64url'));
const now = Date.now();
const before = heap();
const store = memoryStore({ capacity: COUNT, now: () => now });
for (let i = 0; i < COUNT; i++) store.consume(ids[i], now + 1_800_000 + i);
const withStore = heap();
const idBytes = (() => {
  const keep = store;
  ids.length = 0;
  const after = heap();
  void keep;
  return withStore - after;
})();
process.stdout.write(
  JSON.stringify({
    'store alone (ids shared with the caller)': `${((withStore - before) / 1e6).toFixed(1)} MB`,
    'ids (22-character strings)': `${(idBytes / 1e6).toFixed(1)} MB`,
    'store with its ids, 1 000 000 live tokens': `${((withStore - before + idBytes) / 1e6).toFixed(1)} MB`,
  }),
);
