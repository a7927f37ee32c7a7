// One fresh process of the cold-start measure (bench/cold-start.ts): prints what the first
// import, createCaptcha + first generate, and the first answer in words cost here, in ms.
const started = performance.now();
const calcha = await import(new URL('../dist/index.js', import.meta.url).href);
const imported = performance.now();
const captcha = calcha.createCaptcha({ secret: 'x'.repeat(32), minSolveTime: 0, store: false });
const challenge = await captcha.generate();
const generated = performance.now();
await captcha.verify(challenge.token, 'quatorze');
const answered = performance.now();
process.stdout.write(
  JSON.stringify({
    import: imported - started,
    'createCaptcha + first generate': generated - imported,
    'first answer in words (fr-FR)': answered - generated,
  }),
);
