/**
 * Issue 10, item 4, over HTTP: one client can no longer fill the demo's
 * one-time-use store. Each answered token holds a place in the store until it
 * expires; the demo's rate limit (express-rate-limit) caps what one address
 * can add. The flood is bounded: 100 rounds against a store of 60 places.
 */

import { mkdtempSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDemoApp, DEFAULT_RATE_LIMITS, type DemoOptions } from '../../examples/demo/app.ts';
import { describeRefusal, memoryStore } from '../../src/index.ts';
import { SECRET, solveQuestion } from '../helpers.ts';

const CAPACITY = 60;
const ROUNDS = 100;

/** A request from a given local address (127.0.0.1 and 127.0.0.2 are two clients). */
function send(
  url: string,
  from: string,
  body?: URLSearchParams,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: body ? 'POST' : 'GET',
        localAddress: from,
        headers: {
          'accept-language': 'en',
          ...(body && { 'content-type': 'application/x-www-form-urlencoded' }),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(body?.toString());
  });
}

let server: Server | undefined;
afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

async function startDemo(rateLimits: DemoOptions['rateLimits']) {
  let offset = 0;
  const now = () => Date.now() + offset;
  const app = createDemoApp({
    secret: SECRET,
    commentsFile: join(mkdtempSync(join(tmpdir(), 'calcha-flood-')), 'comments.json'),
    now,
    store: memoryStore({ capacity: CAPACITY, now }),
    ...(rateLimits === undefined ? {} : { rateLimits }),
  });
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  server = listening;
  const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;

  /** Fetches a challenge and posts an answer to it (the right one, or a wrong one). */
  async function round(from: string, right: boolean) {
    const challenge = await send(`${base}/calcha/challenge`, from);
    if (challenge.status !== 200) return { challenge: challenge.status, post: 0, text: '' };
    const { token, question, locale } = JSON.parse(challenge.text);
    const answer = await solveQuestion(locale, question);
    offset += 3_000; // past minSolveTime, so each wrong answer uses a place in the store
    const post = await send(
      `${base}/comments`,
      from,
      new URLSearchParams({
        name: 'Flood',
        comment: 'flood',
        calcha_token: token,
        calcha_answer: String(right ? answer : answer + 1),
        calcha_website: '',
      }),
    );
    return { challenge: 200, post: post.status, text: post.text };
  }
  return { round };
}

describe('one client flooding the demo', () => {
  it(`is held to ${DEFAULT_RATE_LIMITS.posts} posts; another reader still gets in`, async () => {
    const demo = await startDemo(undefined);
    const statuses: number[] = [];
    for (let i = 0; i < ROUNDS; i++) statuses.push((await demo.round('127.0.0.1', false)).post);
    expect(statuses.filter((s) => s === 422)).toHaveLength(DEFAULT_RATE_LIMITS.posts);
    expect(statuses.filter((s) => s !== 422).every((s) => s === 429 || s === 0)).toBe(true);
    // A reader from another address: served, and published.
    const reader = await demo.round('127.0.0.2', true);
    expect(reader).toMatchObject({ challenge: 200, post: 303 });
  }, 60_000);

  it('without the limit, the same flood fills the store and locks the next reader out', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const demo = await startDemo(false);
    for (let i = 0; i < ROUNDS; i++) await demo.round('127.0.0.1', false);
    const reader = await demo.round('127.0.0.2', true);
    expect(reader.post).toBe(422);
    expect(reader.text).toContain(describeRefusal('store-error', 'en'));
    expect(logged).toHaveBeenCalledWith('calcha store error:', expect.anything());
    logged.mockRestore();
  }, 60_000);
});
