import { describe, expect, it } from 'vitest';
import { describeRefusal } from '../../src/language/messages.ts';
import { FORM_ONLY_REASONS, REFUSAL_REASONS } from '../../src/types.ts';

describe('describeRefusal', () => {
  it('speaks English and French, by the locale language', () => {
    expect(describeRefusal('wrong-answer', 'en-GB')).toBe(
      'That answer is not right. Please answer the new question; your comment is kept.',
    );
    expect(describeRefusal('wrong-answer', 'fr-BE')).toBe(
      "Ce n'est pas la bonne réponse. Répondez à la nouvelle question\u00a0; votre commentaire est conservé.",
    );
    expect(describeRefusal('missing-field', 'de-DE')).toBe(
      'Bitte beantworten Sie die Anti-Spam-Frage.',
    );
  });

  it('falls back to English, and takes your own messages', () => {
    expect(describeRefusal('expired', 'ja-JP')).toBe(
      'The anti-spam question expired. Please answer the new question.',
    );
    expect(describeRefusal('expired', 'it-IT', { expired: 'La domanda è scaduta.' })).toBe(
      'La domanda è scaduta.',
    );
    expect(describeRefusal('honeypot')).toMatch(/field meant to stay empty/);
  });

  it('has a message for every reason in every built-in language', () => {
    const reasons = [...REFUSAL_REASONS, ...FORM_ONLY_REASONS];
    for (const locale of ['en', 'fr', 'de', 'es']) {
      const messages = new Set(reasons.map((r) => describeRefusal(r, locale)));
      expect(messages.size).toBe(reasons.length);
    }
  });
});
