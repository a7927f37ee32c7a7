/**
 * What readers type, built from each language's own references (dictionaries,
 * style guides, what people write) by reviewers reading as natives, not from
 * a speller: correct forms that must be read as their number, and near-misses
 * that must not. tests/language/readers.json says why for each case, and how
 * sure the reviewer was.
 *
 * Cases marked `gap` are correct forms calcha does not read yet (or near-misses
 * it still reads): the test checks they still fail, so fixing one makes this
 * test say to drop its mark. docs/answers.md lists them.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/language/locales.ts';
import { loadSpeller } from '../../src/language/spelling.ts';
import cases from './readers.json' with { type: 'json' };

interface Case {
  locale: string;
  text: string;
  value: number;
  expect: string;
  confidence: string;
  why: string;
  gap?: boolean;
}

const TOP_LANGUAGES = [
  'en',
  'zh',
  'hi',
  'es',
  'fr',
  'ar',
  'bn',
  'pt',
  'ru',
  'ur',
  'id',
  'de',
  'ja',
  'mr',
  'te',
  'tr',
  'ta',
  'vi',
  'ko',
  'it',
];

const outcome = async (c: Case) => {
  const read = (await loadSpeller(c.locale as Locale)).read(c.text);
  return c.expect === 'accept' ? read === c.value : read !== c.value;
};

describe('what readers type', () => {
  it('has at least ten cases for each of the twenty most used languages, accepted and refused', () => {
    for (const language of TOP_LANGUAGES) {
      const mine = (cases as Case[]).filter((c) => c.locale.split('-')[0] === language);
      expect(mine.length, language).toBeGreaterThanOrEqual(10);
      expect(new Set(mine.map((c) => c.expect)), language).toEqual(new Set(['accept', 'refuse']));
    }
  });

  it.each((cases as Case[]).filter((c) => !c.gap))(
    '$locale: "$text" → $expect $value ($why)',
    async (c) => {
      expect(await outcome(c)).toBe(true);
    },
  );

  it.each((cases as Case[]).filter((c) => c.gap))(
    'known gap, $locale: "$text" is not yet $expect as $value ($why)',
    async (c) => {
      expect(await outcome(c)).toBe(false);
    },
  );
});
