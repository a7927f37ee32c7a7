// One fresh process of the cold-start measure (bench/cold-start.ts): prints what the first
// import, createCaptcha + first generate, the first answer in words and the first answer in
// words that names no number (what reading every form up to 1000 cost) cost here, in ms of
// wall time and of CPU time (user + system: what the phase itself burnt, less sensitive to other
// processes on a shared machine).
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
};
const marks = [[performance.now(), cpu()]];
const mark = () => marks.push([performance.now(), cpu()]);
const calcha = await import(new URL('../dist/index.js', import.meta.url).href);
mark();
const captcha = calcha.createCaptcha({ secret: 'x'.repeat(32), minSolveTime: 0, store: false });
const challenge = await captcha.generate();
mark();
await captcha.verify(challenge.token, 'quatorze');
mark();
// `store: false`: the same token can be answered again.
await captcha.verify(challenge.token, 'quatre-vingt-dix-neuf mille');
mark();
const phases = [
  'import',
  'createCaptcha + first generate',
  'first answer in words (fr-FR)',
  'first answer in words naming no number',
];
const result = {};
phases.forEach((name, i) => {
  result[`${name}, wall`] = marks[i + 1][0] - marks[i][0];
  result[`${name}, CPU`] = marks[i + 1][1] - marks[i][1];
});
process.stdout.write(JSON.stringify(result));
