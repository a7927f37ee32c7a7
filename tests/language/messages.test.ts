import { describe, expect, it } from 'vitest';
import { locales } from '../../src/language/locales.ts';
import { describeRefusal, honeypotLabel } from '../../src/language/messages.ts';
import { FORM_ONLY_REASONS, REFUSAL_REASONS } from '../../src/types.ts';

const REASONS = [...REFUSAL_REASONS, ...FORM_ONLY_REASONS];

/** One tag per language with built-in messages (Chinese twice: one per script). */
const LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'zh-Hans',
  'zh-Hant',
  'hi',
  'ar',
  'bn',
  'pt',
  'ru',
  'ur',
  'id',
  'ja',
  'mr',
  'te',
  'tr',
  'ta',
  'vi',
  'ko',
  'fil',
  'fa',
  'sw',
  'it',
  'th',
  'pl',
  'uk',
  'nl',
  'ms',
];

describe('describeRefusal', () => {
  it('speaks English, French and German by the language of the locale', () => {
    expect(describeRefusal('wrong-answer', 'en-GB')).toBe(
      'That answer is not right. Please answer the new question; your comment is kept.',
    );
    // French puts a non-breaking space before ';'.
    expect(describeRefusal('wrong-answer', 'fr-BE')).toBe(
      "Ce n'est pas la bonne réponse. Répondez à la nouvelle question\u00a0; votre commentaire est conservé.",
    );
    expect(describeRefusal('missing-field', 'de-DE')).toBe(
      'Bitte beantworten Sie die Anti-Spam-Frage.',
    );
    expect(describeRefusal('missing-field', 'es-MX')).toBe(
      'Responda a la pregunta antispam, por favor.',
    );
  });

  it('chooses Chinese by script: Taiwan, Hong Kong and Hant are Traditional, the rest Simplified', () => {
    const traditional = '驗證問題已過期。請回答新的問題。';
    const simplified = '验证问题已过期。请回答新的问题。';
    for (const tag of ['zh-Hant-TW', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant']) {
      expect(describeRefusal('expired', tag), tag).toBe(traditional);
    }
    for (const tag of ['zh', 'zh-CN', 'zh-Hans-CN', 'zh-SG', 'zh-Hans-HK']) {
      expect(describeRefusal('expired', tag), tag).toBe(simplified);
    }
  });

  it('speaks the other languages, Brazilian and European Portuguese alike', () => {
    const pt = 'A pergunta antispam expirou. Por favor, responda à nova pergunta.';
    expect(describeRefusal('expired', 'pt-BR')).toBe(pt);
    expect(describeRefusal('expired', 'pt-PT')).toBe(pt);
    expect(describeRefusal('missing-field', 'ja-JP')).toBe('スパム対策の質問にお答えください。');
    expect(describeRefusal('missing-field', 'ar-SA')).toBe('يُرجى الإجابة عن سؤال التحقق.');
    expect(describeRefusal('missing-field', 'ru-RU')).toBe(
      'Пожалуйста, ответьте на проверочный вопрос.',
    );
    expect(describeRefusal('missing-field', 'hi-IN')).toBe('कृपया एंटी-स्पैम प्रश्न का उत्तर दें।');
    expect(describeRefusal('missing-field', 'ko-KR')).toBe('스팸 방지 질문에 답해 주세요.');
    expect(describeRefusal('missing-field', 'tl')).toBe('Pakisagot ang anti-spam na tanong.');
    expect(describeRefusal('missing-field', 'it-IT')).toBe('Rispondi alla domanda antispam.');
    expect(describeRefusal('missing-field', 'nl-NL')).toBe('Beantwoord de antispamvraag.');
  });

  it('falls back to English for other languages and for tags that are not tags', () => {
    const english = 'The anti-spam question expired. Please answer the new question.';
    for (const tag of ['ha-NG', 'sv-SE', 'xx', '', 'fr_FR', 'en-', 'x'.repeat(10_000)]) {
      expect(describeRefusal('expired', tag), tag).toBe(english);
    }
    expect(describeRefusal('honeypot')).toBe(
      'Your browser filled in a field meant to stay empty. Please send again.',
    );
  });

  it('reads only own properties: no prototype reached through the locale, the reason or your messages', () => {
    const english =
      'That answer is not right. Please answer the new question; your comment is kept.';
    for (const tag of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(describeRefusal('wrong-answer', tag), tag).toBe(english);
    }
    const inherited = Object.create({ 'wrong-answer': 'inherited' }) as Record<string, string>;
    expect(describeRefusal('wrong-answer', 'en', inherited)).toBe(english);
    expect(describeRefusal('toString' as never, 'fr')).toBe(
      "La question anti-spam n'est pas revenue intacte. Répondez à la nouvelle question.",
    );
    expect(describeRefusal('__proto__' as never)).toBe(
      'The anti-spam question did not come back intact. Please answer the new question.',
    );
  });

  it('takes your own messages for some reasons', () => {
    expect(describeRefusal('expired', 'it-IT', { expired: 'La domanda è scaduta.' })).toBe(
      'La domanda è scaduta.',
    );
    expect(describeRefusal('replayed', 'it-IT', { expired: 'La domanda è scaduta.' })).toBe(
      'Questo modulo è già stato inviato una volta. Rispondi alla nuova domanda.',
    );
  });

  it('has a distinct, non-empty message for every reason in every language, none in English but English', () => {
    const english = new Set(REASONS.map((r) => describeRefusal(r, 'en')));
    const all = new Set<string>();
    for (const tag of LANGUAGES) {
      const messages = REASONS.map((r) => describeRefusal(r, tag));
      expect(new Set(messages).size, tag).toBe(REASONS.length);
      for (const m of messages) {
        expect(m.trim(), tag).toBe(m);
        expect(m.length, tag).toBeGreaterThan(5);
        expect(m, tag).not.toMatch(/ {2}|\s[.,;:!?؛،।。]$/u);
        if (tag !== 'en') expect(english.has(m), `${tag}: ${m}`).toBe(false);
        all.add(m);
      }
    }
    expect(all.size).toBe(LANGUAGES.length * REASONS.length);
  });

  it('covers the most used languages among the supported locales', () => {
    const spoken = new Set(locales.map((l) => describeRefusal('expired', l)));
    // 71 locales; en-* share English, and 31 locales of other languages get English too.
    expect(spoken.size).toBe(LANGUAGES.length);
  });
});

describe('honeypotLabel', () => {
  it('is "Leave this field empty" in the language of the locale, English for others', () => {
    expect(honeypotLabel('en-US')).toBe('Leave this field empty');
    expect(honeypotLabel('fr-FR')).toBe('Laissez ce champ vide');
    expect(honeypotLabel('de-CH')).toBe('Dieses Feld leer lassen');
    expect(honeypotLabel('es-ES')).toBe('Deje este campo vacío');
    expect(honeypotLabel('zh-HK')).toBe('請將此欄位留空');
    expect(honeypotLabel('zh-CN')).toBe('请将此字段留空');
    expect(honeypotLabel('ja-JP')).toBe('この欄には何も入力しないでください');
    expect(honeypotLabel('sv-SE')).toBe('Leave this field empty');
    expect(honeypotLabel('__proto__')).toBe('Leave this field empty');
  });

  it('has a distinct label in every language with messages', () => {
    const labels = LANGUAGES.map((tag) => honeypotLabel(tag));
    expect(new Set(labels).size).toBe(LANGUAGES.length);
  });
});
