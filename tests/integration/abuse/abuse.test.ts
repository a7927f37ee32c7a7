/**
 * Issue 10, "Prove it": the abuse suite over HTTP. Each attacker posts to the demo served on
 * 127.0.0.1 (tests/integration/abuse/demo.ts: a fixed clock the test moves, rate limits off),
 * reports in one line how many attempts got through, and asserts it: the digits-only readers
 * against the rates published in docs/security.md (computed exactly in
 * tests/question/rates.test.ts), every other attacker against zero. The store filler is
 * tests/integration/demo-rate-limit.test.ts. Bounded: at most a few hundred posts per attacker.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaptcha, type Locale } from '../../../src/index.ts';
import { readDigits } from '../../../src/language/digits.ts';
import { DEFAULTS } from '../../../src/options.ts';
import type { Operation } from '../../../src/types.ts';
import { questionParts, SECRET, seededRandom, solveQuestion } from '../../helpers.ts';
import { optimalBot, viewKey } from './bayes.ts';
import { alertOf, type Demo, reasonOf, refusal, startDemo, typedComment } from './demo.ts';

const { max, minSolveTime, clockSkew, ttl } = DEFAULTS;
const OPERATIONS = [...DEFAULTS.operations];
const OPERATION_OF: Record<string, Operation> = { '+': '+', '\u2212': '-' };
const apply = (operation: Operation, a: number, b: number) =>
  ({ '+': a + b, '-': a - b, '*': a * b, '/': a / b })[operation];

let demo: Demo;
beforeEach(async () => {
  demo = await startDemo();
});
afterEach(() => demo.close());

const report = (attacker: string, through: number, of: number, note = '') =>
  console.log(`abuse: ${attacker}: ${through}/${of} got through${note && ` (${note})`}`);

/** A fresh question, solved: its token, its answer and when it was issued (the demo's clock). */
async function solvedChallenge() {
  const challenge = await demo.challenge();
  const answer = await solveQuestion(challenge.locale as Locale, challenge.question);
  return { ...challenge, answer, issuedAt: challenge.expiresAt - ttl };
}

describe('digits-only readers: one guess per question, at the published rates', () => {
  const POSTS = 400;
  /** What a bot that reads only digits sees in "15 − fourteen =". */
  const read = (question: string) => {
    const [left, symbol, right] = questionParts(question);
    const leftDigit = readDigits(left);
    const side = leftDigit === undefined ? ('right' as const) : ('left' as const);
    const digit = side === 'left' ? (leftDigit as number) : (readDigits(right) as number);
    return { operation: OPERATION_OF[symbol] as Operation, side, digit };
  };
  const random = seededRandom(10);
  const optimal = optimalBot(OPERATIONS, max);

  const strategies = [
    { name: '(a) guesses in 1..max', rate: 1 / 20, answer: () => 1 + (random() % max) },
    { name: '(b) answers the digit operand', rate: 0, answer: (v: View) => v.digit },
    {
      name: '(c) assumes the word operand equals the digit one',
      rate: 19 / 560,
      answer: (v: View) => apply(v.operation, v.digit, v.digit),
    },
    {
      name: '(d) the optimal bot (likeliest answer for what it reads)',
      rate: 39 / 560,
      answer: (v: View) => optimal.answers.get(viewKey(v.operation, v.side, v.digit)) as number,
    },
  ];
  type View = ReturnType<typeof read>;

  it('the optimal bot computed here passes at the published 39/560', () => {
    expect(optimal.rate).toBeCloseTo(39 / 560, 12);
  });

  it.each(strategies)('$name', async ({ name, rate, answer }) => {
    let through = 0;
    const refusals = new Set<string>();
    for (let i = 0; i < POSTS; i++) {
      const challenge = await demo.challenge();
      demo.clock.advance(minSolveTime);
      const reply = await demo.post(challenge.token, String(answer(read(challenge.question))));
      if (reply.status === 303) through++;
      else refusals.add(`${reply.status} ${alertOf(reply.text)}`);
    }
    const sigma = Math.sqrt(POSTS * rate * (1 - rate));
    const [low, high] = [POSTS * rate - 4 * sigma, POSTS * rate + 4 * sigma];
    report(
      `digits-only ${name}`,
      through,
      POSTS,
      `published ${(rate * 100).toFixed(2)}%, expected ${Math.max(0, low).toFixed(1)}..${high.toFixed(1)}`,
    );
    expect(refusals).toEqual(new Set([`422 ${refusal('wrong-answer')}`]));
    expect(demo.published()).toBe(through);
    if (rate === 0) expect(through).toBe(0);
    else {
      expect(through).toBeGreaterThanOrEqual(low);
      expect(through).toBeLessThanOrEqual(high);
    }
  });
});

describe('attackers that must never get through', () => {
  it('one-token guesser: only the first answer is looked at, every later post is replayed', async () => {
    const { token, answer } = await solvedChallenge();
    demo.clock.advance(minSolveTime);
    const first = await demo.post(token, String(answer === 1 ? 2 : 1));
    expect(first.status).toBe(422);
    expect(alertOf(first.text)).toBe(refusal('wrong-answer'));
    // Every answer in 1..max afterwards, the right one among them.
    const later: string[] = [];
    for (let guess = 1; guess <= max; guess++) {
      const reply = await demo.post(token, String(guess));
      later.push(`${reply.status} ${alertOf(reply.text)}`);
    }
    report('one-token guesser', demo.published(), max + 1, 'the first a wrong answer');
    expect(new Set(later)).toEqual(new Set([`422 ${refusal('replayed')}`]));
    expect(later).toHaveLength(max);
    expect(demo.published()).toBe(0);
  });

  it('replayer at every edge of expiry: accepted once, then replayed or expired', async () => {
    const { token, answer, issuedAt, expiresAt } = await solvedChallenge();
    demo.clock.set(issuedAt + minSolveTime);
    expect((await demo.post(token, String(answer))).status).toBe(303);
    const edges = [
      ['issue + minSolveTime', issuedAt + minSolveTime, 'replayed'],
      ['expiresAt', expiresAt, 'replayed'],
      ['expiresAt + clockSkew (last accepted ms)', expiresAt + clockSkew, 'replayed'],
      ['expiresAt + clockSkew + 1', expiresAt + clockSkew + 1, 'expired'],
    ] as const;
    for (const [edge, time, reason] of edges) {
      demo.clock.set(time);
      const reply = await demo.post(token, String(answer));
      expect([edge, reply.status, alertOf(reply.text)]).toEqual([edge, 422, refusal(reason)]);
    }
    report('replayer', demo.published() - 1, edges.length, 'after the one accepted post');
    expect(demo.published()).toBe(1);
  });

  it('instant submitter: too-soon before minSolveTime, text kept, the token still good after', async () => {
    const { token, answer, issuedAt } = await solvedChallenge();
    const comment = 'Tom & "Jerry" <3 — typed once';
    let through = 0;
    for (const time of [issuedAt, issuedAt + 1, issuedAt + minSolveTime - 1]) {
      demo.clock.set(time);
      const reply = await demo.post(token, String(answer), comment);
      if (reply.status === 303) through++;
      expect(reply.status).toBe(422);
      expect(alertOf(reply.text)).toBe(refusal('too-soon'));
      expect(typedComment(reply.text)).toBe('Tom &#38; &#34;Jerry&#34; &#60;3 — typed once');
    }
    report('instant submitter', through, 3, 'then posted at issue + minSolveTime: accepted');
    demo.clock.set(issuedAt + minSolveTime);
    expect((await demo.post(token, String(answer), comment)).status).toBe(303);
    expect(demo.published()).toBe(1);
  });

  it('forger: changed characters and bits, random and v1-length tokens: none accepted', async () => {
    const real = await solvedChallenge();
    const spare = await solvedChallenge();
    demo.clock.advance(minSolveTime);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const random = seededRandom(68);
    const randomToken = (length: number) =>
      Array.from({ length }, () => alphabet[random() % 64]).join('');
    /** Every one-character change and every byte with one bit flipped, of a token. */
    const tampered = (token: string) => {
      const changed: string[] = [];
      for (let i = 0; i < token.length; i++) {
        const next = alphabet[(alphabet.indexOf(token[i] as string) + 1 + (i % 63)) % 64];
        changed.push(token.slice(0, i) + next + token.slice(i + 1));
      }
      const bytes = Buffer.from(token, 'base64url');
      for (let i = 0; i < bytes.length; i++) {
        const flipped = Buffer.from(bytes);
        flipped[i] = (flipped[i] as number) ^ (1 << (i % 8));
        changed.push(flipped.toString('base64url'));
      }
      return changed;
    };
    /**
     * Whether only the encrypted answer (bytes 31..34) differs: docs/token-format.md says it is
     * not under the MAC, decrypts to another unknown answer and shares the token's one guess.
     */
    const answerFieldOnly = (forged: string, token: string) => {
      const [a, b] = [Buffer.from(forged, 'base64url'), Buffer.from(token, 'base64url')];
      return a.every((byte, i) => byte === b[i] || (i >= 31 && i < 35));
    };
    const tally = async (forgeries: string[], answer: number) => {
      const reasons: Record<string, number> = {};
      let through = 0;
      for (const forged of forgeries) {
        expect(forged).not.toBe(real.token);
        const reply = await demo.post(forged, String(answer));
        if (reply.status === 303) through++;
        const reason = reasonOf(reply.text);
        reasons[reason] = (reasons[reason] ?? 0) + 1;
      }
      return { through, reasons };
    };

    // Changes to the header, nonce or MAC, random and v1-length (84) tokens, wrong lengths:
    // refused before the store, so the real token keeps its one guess.
    const all = tampered(real.token);
    const signed = [
      ...all.filter((forged) => !answerFieldOnly(forged, real.token)),
      ...Array.from({ length: 20 }, () => randomToken(68)),
      ...Array.from({ length: 10 }, () => randomToken(84)),
      real.token + real.token.slice(0, 16),
      real.token.slice(0, 67),
    ];
    const outside = await tally(signed, real.answer);
    report(
      'forger (header, nonce, MAC, random)',
      outside.through,
      signed.length,
      JSON.stringify(outside.reasons),
    );
    expect(outside.through).toBe(0);
    expect(Object.keys(outside.reasons).sort()).toEqual(['bad-signature', 'malformed']);
    expect((await demo.post(real.token, String(real.answer))).status).toBe(303);

    // Changes to the encrypted answer only: another (unknown) answer under the same nonce, so
    // the first is looked at (wrong), the later ones are replays, and the real token is used up.
    const cipher = tampered(spare.token).filter((forged) => answerFieldOnly(forged, spare.token));
    const inside = await tally(cipher, spare.answer);
    report(
      'forger (encrypted answer)',
      inside.through,
      cipher.length,
      JSON.stringify(inside.reasons),
    );
    expect(inside.through).toBe(0);
    expect(inside.reasons['wrong-answer']).toBe(1);
    for (const reason of Object.keys(inside.reasons)) {
      expect(['bad-signature', 'wrong-answer', 'replayed']).toContain(reason);
    }
    expect(reasonOf((await demo.post(spare.token, String(spare.answer))).text)).toBe('replayed');
    expect(demo.published()).toBe(1);
  });

  it('scope hopper: a token solved for another post’s form is refused as bad-signature', async () => {
    // Another post's form on the same site: the same secret, another scope.
    const otherForm = createCaptcha({ secret: SECRET, now: demo.clock.now, locale: 'en' });
    const tries = 5;
    let through = 0;
    for (let i = 0; i < tries; i++) {
      const challenge = await otherForm.generate({ scope: 'comment-form:post-2' });
      const answer = await solveQuestion(challenge.locale, challenge.question);
      demo.clock.advance(minSolveTime);
      const reply = await demo.post(challenge.token, String(answer));
      if (reply.status === 303) through++;
      expect(reply.status).toBe(422);
      expect(alertOf(reply.text)).toBe(refusal('bad-signature'));
    }
    report('scope hopper', through, tries);
    expect(demo.published()).toBe(0);
    // The same secret with the demo's own scope is accepted: the scope alone refused them.
    const own = await otherForm.generate({ scope: 'comment-form:post-1' });
    demo.clock.advance(minSolveTime);
    const answer = await solveQuestion(own.locale, own.question);
    expect((await demo.post(own.token, String(answer))).status).toBe(303);
  });

  it('garbage flood: every body gets a 4xx with the form, never a 5xx; a reader is served after', async () => {
    const { token, answer } = await solvedChallenge();
    demo.clock.advance(minSolveTime);
    const random = seededRandom(4);
    const binary = Uint8Array.from({ length: 4096 }, () => random() & 0xff);
    const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
    const full: [string, string][] = [
      ['name', 'G'],
      ['comment', 'garbage'],
      ['calcha_token', token],
      ['calcha_answer', String(answer)],
      ['calcha_website', ''],
    ];
    const without = (field: string) => full.filter(([key]) => key !== field);
    const bodies: [string, string | Uint8Array<ArrayBuffer>, string?][] = [
      ['empty body', ''],
      ['JSON', JSON.stringify(Object.fromEntries(full)), 'application/json'],
      ['text/plain', 'name=G&comment=x', 'text/plain'],
      ['binary as octet-stream', binary, 'application/octet-stream'],
      ['binary as a form', binary],
      ['broken percent-encoding', 'name=%ZZ&comment=%E0%A4%A&calcha_token=%FF%FE&calcha_answer=%'],
      ['no token', form(without('calcha_token'))],
      ['no answer', form(without('calcha_answer'))],
      ['no honeypot', form(without('calcha_website'))],
      ['no name', form(without('name'))],
      ['token twice (an array)', form([...full, ['calcha_token', token]])],
      ['answer twice (an array)', form([...full, ['calcha_answer', '1']])],
      ['name and comment twice', form([...full, ['name', 'H'], ['comment', 'y']])],
      ['bracketed keys', form(full.map(([k, v]) => [`${k}[]`, v]))],
      ['__proto__ and constructor', form([...full, ['__proto__', 'x'], ['constructor', 'y']])],
      ['a 30 KB token', form([...without('calcha_token'), ['calcha_token', 'A'.repeat(30_000)]])],
      [
        'a 30 KB answer',
        form([...without('calcha_answer'), ['calcha_answer', '9'.repeat(30_000)]]),
      ],
      ['a 1 MB comment', form([...without('comment'), ['comment', 'x'.repeat(1 << 20)]])],
      ['a UTF-16 form', form(full), 'application/x-www-form-urlencoded; charset=utf-16'],
      ['a filled honeypot', form([...without('calcha_website'), ['calcha_website', 'x']])],
    ];
    const statuses: string[] = [];
    for (const [what, body, type] of bodies) {
      const reply = await demo.raw(body, type);
      statuses.push(`${what}: ${reply.status}`);
      expect([what, reply.status >= 400 && reply.status < 500]).toEqual([what, true]);
      expect([what, reply.text]).toEqual([what, expect.stringContaining('name="calcha_token"')]);
      expect([what, reply.text]).not.toEqual([what, expect.stringContaining('node_modules')]);
    }
    report('garbage flood', demo.published(), bodies.length, statuses.join(', '));
    expect(demo.published()).toBe(0);
    // The server still serves a reader, who is published.
    const page = await demo.page();
    expect(page.status).toBe(200);
    const reader = await solvedChallenge();
    demo.clock.advance(minSolveTime);
    expect((await demo.post(reader.token, String(reader.answer))).status).toBe(303);
    expect(demo.published()).toBe(1);
  });
});
