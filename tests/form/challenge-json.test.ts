import { describe, expect, it } from 'vitest';
import { type Challenge, toChallengeJson } from '../../src/index.ts';

const challenge: Challenge = {
  question: '15 − quatorze =',
  token: 'AfUgAAQw4jQAAAQw4npQAAECAwQFBgcICQoLDA0OD6ye4F4wap6cVRT2RFKtBAlGcqRoUJn3s5Qcui2Nvcuw',
  locale: 'fr-FR',
  dir: 'ltr',
  expiresAt: 1_800_000_060_000,
};

describe('toChallengeJson', () => {
  it('adds the time left, measured on the server', () => {
    expect(toChallengeJson(challenge, challenge.expiresAt - 1_000)).toEqual({
      ...challenge,
      expiresIn: 1_000,
    });
    expect(toChallengeJson(challenge, challenge.expiresAt + 1_000).expiresIn).toBe(0);
  });
});
