// The profile of docs/performance.md: a tight loop of round trips through the default memory
// store at steady state, over the built dist/, under the V8 sampling profiler; prints the
// frames with the most self time.
//
//   npm run build && node --cpu-prof --cpu-prof-dir=/tmp/calcha-prof bench/profile.mjs
//   node bench/profile.mjs /tmp/calcha-prof/*.cpuprofile
import { readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (file !== undefined) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const frame = `${functionName || '(anonymous)'} ${url.split('/').at(-1)}:${lineNumber + 1}`;
    self.set(frame, (self.get(frame) ?? 0) + profile.timeDeltas[i]);
    total += profile.timeDeltas[i];
  });
  for (const [frame, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${frame}`);
  }
} else {
  const calcha = await import(new URL('../dist/index.js', import.meta.url).href);
  let time = Date.now();
  const clock = () => time++;
  const store = calcha.memoryStore({ now: clock });
  const options = { minSolveTime: 0, now: clock, ttl: 10_000, clockSkew: 5_000, store };
  const captcha = calcha.createCaptcha({ secret: calcha.generateSecret(), ...options });
  for (let i = 0; i < 20_000; i++) store.consume(`long-${i}`, clock() + 7 * 86_400_000);
  const roundTrip = async () => {
    const { token } = await captcha.generate({ scope: 'bench' });
    await captcha.verify(token, '12', { scope: 'bench' });
  };
  for (let i = 0; i < 120_000; i++) await roundTrip();
}
