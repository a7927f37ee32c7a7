/**
 * How fast calcha issues and verifies challenges, next to peers measured in
 * the same run: altcha-lib (the closest library: an HMAC-signed challenge)
 * and a JWT signed with HS256 by jose (what a hand-rolled signed token costs),
 * and calcha's own Web Crypto build (what Workers and edge runtimes run).
 *
 *   npm run bench
 *
 * Not a test: numbers depend on the machine; the ratios are what to read.
 */
import { createChallenge, solveChallenge, verifySolution } from 'altcha-lib/v1';
import { createCaptcha, generateSecret } from 'calcha';
import { jwtVerify, SignJWT } from 'jose';
import { Bench } from 'tinybench';
import { loadSpeller } from '../src/language/spelling.ts';

const secret = generateSecret();
// No store: the same token is verified again and again, through every step but the store's.
const captcha = createCaptcha({
  secret,
  words: 'digits',
  digits: 'latin',
  store: false,
  minSolveTime: 0,
});
const challenge = await captcha.generate({ scope: 'bench' });
const [left, symbol, right] = challenge.question.split(' ');
const answer = symbol === '+' ? Number(left) + Number(right) : Number(left) - Number(right);
const answerInWords = (await loadSpeller('fr-FR')).spell(answer);
const forged = `${challenge.token.slice(0, 60)}${challenge.token[60] === 'A' ? 'B' : 'A'}${challenge.token.slice(61)}`;
const issuer = createCaptcha({ secret, store: false });
// The Web Crypto build, as Workers run it (npm run bench builds dist/ first).
const webBuild = new URL('../dist/web.js', import.meta.url).href;
const web: typeof import('calcha') = await import(webBuild);
const webCaptcha = web.createCaptcha({ secret, store: false, minSolveTime: 0 });

const altchaKey = secret;
const altchaChallenge = await createChallenge({ hmacKey: altchaKey, maxNumber: 1_000 });
const solution = await solveChallenge(
  altchaChallenge.challenge,
  altchaChallenge.salt,
  altchaChallenge.algorithm,
  1_000,
).promise;
const altchaPayload = btoa(JSON.stringify({ ...altchaChallenge, number: solution?.number }));

const jwtKey = new TextEncoder().encode(secret);
const jwt = await new SignJWT({ answer })
  .setProtectedHeader({ alg: 'HS256' })
  .setExpirationTime('30m')
  .sign(jwtKey);

// Sanity: every verifier accepts its own input before it is timed.
const checks = [
  (await captcha.verify(challenge.token, String(answer), { scope: 'bench' })).ok,
  (await captcha.verify(challenge.token, answerInWords, { scope: 'bench' })).ok,
  (await webCaptcha.verify(challenge.token, String(answer), { scope: 'bench' })).ok,
  await verifySolution(altchaPayload, altchaKey),
  (await jwtVerify(jwt, jwtKey)).payload.answer === answer,
];
if (checks.includes(false)) throw new Error(`a verifier refused its own input: ${checks}`);

const bench = new Bench({ time: 1_000 });
bench
  .add('calcha generate (fr-FR, mixed)', () => issuer.generate({ scope: 'bench' }))
  .add('calcha verify, answer in digits', () =>
    captcha.verify(challenge.token, String(answer), { scope: 'bench' }),
  )
  .add('calcha verify, answer in words', () =>
    captcha.verify(challenge.token, answerInWords, { scope: 'bench' }),
  )
  .add('calcha verify, forged token', () =>
    captcha.verify(forged, String(answer), { scope: 'bench' }),
  )
  .add('calcha verify, Web Crypto build', () =>
    webCaptcha.verify(challenge.token, String(answer), { scope: 'bench' }),
  )
  .add('altcha-lib v1 createChallenge', () =>
    createChallenge({ hmacKey: altchaKey, maxNumber: 1_000 }),
  )
  .add('altcha-lib v1 verifySolution', () => verifySolution(altchaPayload, altchaKey))
  .add('jose HS256 JWT sign', () =>
    new SignJWT({ answer }).setProtectedHeader({ alg: 'HS256' }).sign(jwtKey),
  )
  .add('jose HS256 JWT verify', () => jwtVerify(jwt, jwtKey));

await bench.run();

const reference = bench.tasks.find((t) => t.name === 'calcha verify, answer in digits');
const referenceHz =
  reference?.result && 'throughput' in reference.result ? reference.result.throughput.mean : 1;
console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.table(
  bench.tasks.map((task) => {
    const hz = task.result && 'throughput' in task.result ? task.result.throughput.mean : 0;
    return {
      task: task.name,
      'ops/s': Math.round(hz).toLocaleString('en-US'),
      'µs/op': (1e6 / hz).toFixed(1),
      'vs calcha verify': `${(hz / referenceHz).toFixed(2)}×`,
    };
  }),
);
