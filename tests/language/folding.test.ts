import { describe, expect, it } from 'vitest';
import { wordKey } from '../../src/language/folding.ts';
import type { Locale } from '../../src/language/locales.ts';
import { loadSpeller } from '../../src/language/spelling.ts';

/** Typing habits: each row is what a reader types, and the number it must read as. */
const HABITS: Array<[string, Locale, string, number]> = [
  ['Greek without accents', 'el-GR', 'εκατον ενα', 101],
  ['Greek in capitals, final sigma', 'el-GR', 'ΤΡΕΙΣ', 3],
  ['Arabic hamza left off, ه for ة', 'ar-SA', 'اربعه عشر', 14],
  ['Arabic oblique -ين form', 'ar-SA', 'اثنين', 2],
  ['Arabic oblique tens', 'ar-SA', 'عشرين', 20],
  ['Arabic مئة for مائة', 'ar-SA', 'مئة', 100],
  ['Arabic tatweel', 'ar-SA', 'عشـــرون', 20],
  ['Arabic with short vowels', 'ar-SA', 'عِشْرُونَ', 20],
  ['Arabic ى for ي', 'ar-SA', 'احدى عشرة', 11],
  ['Persian typed with the Arabic yeh', 'fa-IR', 'سيصد', 300],
  ['Persian typed with the Arabic kaf', 'fa-IR', 'يك', 1],
  ['Urdu typed with the Arabic yeh', 'ur-PK', 'تين', 3],
  ['Urdu typed with the Arabic heh for ھ', 'ur-PK', 'چه', 6],
  ['Urdu typed with the Arabic heh for ہ and ھ', 'ur-PK', 'اٹهاره', 18],
  ['Bengali without chandrabindu', 'bn-BD', 'পাচ', 5],
  ['Bengali without the final ো', 'bn-BD', 'পনের', 15],
  ['Bengali শ for শো', 'bn-BD', 'একশ পঞ্চাশ', 150],
  ['Bengali teen without ো after the hundreds', 'bn-BD', 'দুইশো বার', 212],
  ['Bengali without chandrabindu in 25', 'bn-BD', 'পচিশ', 25],
  ['Tamil sandhi joined', 'ta-IN', 'நூற்றொன்று', 101],
  ['Tamil sandhi joined, 450', 'ta-IN', 'நானூற்றைம்பது', 450],
  ['Tamil sandhi apart', 'ta-IN', 'இருபத்து ஒன்று', 21],
  ['Tamil doubled consonant, apart', 'ta-IN', 'நூற்றுப் பத்து', 110],
  ['Tamil doubled consonant, joined', 'ta-IN', 'நூற்றுப்பத்து', 110],
  ['Tamil doubled த் and a joined 99', 'ta-IN', 'தொள்ளாயிரத்துத் தொண்ணூற்றொன்பது', 999],
  ['Amharic ሥ for ስ', 'am-ET', 'አሥር', 10],
  ['Amharic ሥ for ስ, ሦ for ሶ', 'am-ET', 'አሥራ ሦስት', 13],
  ['Amharic ሠ for ሰ', 'am-ET', 'ሠላሳ', 30],
  ['Devanagari anusvara for chandrabindu', 'hi-IN', 'पांच', 5],
  ['Devanagari with chandrabindu', 'hi-IN', 'पाँच', 5],
  ['Ukrainian apostrophe U+02BC', 'uk-UA', 'пʼять', 5],
  ['Ukrainian typographic apostrophe', 'uk-UA', 'дев’ять', 9],
  ['Ukrainian ASCII apostrophe', 'uk-UA', "дев'яносто", 90],
  ['German ue for ü', 'de-DE', 'fuenf', 5],
  ['German oe for ö', 'de-DE', 'zwoelf', 12],
  ['German ss for ß', 'de-DE', 'dreissig', 30],
  ['Hausa d for ɗ', 'ha-NG', 'dari hudu da hamsin', 450],
  ['Hausa capital Ɗ', 'ha-NG', 'ƊARI', 100],
  ['Japanese hiragana reading', 'ja-JP', 'じゅうご', 15],
  ['Japanese katakana reading', 'ja-JP', 'ジュウゴ', 15],
  ['Japanese irregular reading さんびゃく', 'ja-JP', 'さんびゃく', 300],
  ['Japanese irregular reading ろっぴゃく', 'ja-JP', 'ろっぴゃく', 600],
  ['Japanese irregular reading はっぴゃく', 'ja-JP', 'はっぴゃく', 800],
  ['Japanese よん and し for 4', 'ja-JP', 'じゅうし', 14],
  ['Korean native numeral', 'ko-KR', '열다섯', 15],
  ['Korean native one', 'ko-KR', '하나', 1],
  ['Chinese 两', 'zh-Hans-CN', '两百', 200],
  ['Chinese 兩', 'zh-Hant-TW', '兩百', 200],
  ['Chinese 〇 for 零', 'zh-Hans-CN', '一百〇五', 105],
  ['Turkish capitals', 'tr-TR', 'SIFIR', 0],
];

describe('typing habits are folded', () => {
  it.each(HABITS)('%s: %s reads "%s" as %i', async (_, locale, typed, value) => {
    expect((await loadSpeller(locale)).read(typed)).toBe(value);
  });

  it('folds only where the letters mean one thing: German ae is not folded in Dutch', () => {
    expect(wordKey('twaelf', 'de-DE')).toBe(wordKey('twalf', 'de-DE'));
    expect(wordKey('twaelf', 'nl-NL')).not.toBe(wordKey('twalf', 'nl-NL'));
  });

  it('ignores case, Latin and Greek accents, spaces, hyphens and punctuation', () => {
    expect(wordKey(' Quatre-Vingt-Dix ')).toBe('quatrevingtdix');
    expect(wordKey('ZÉRO')).toBe('zero');
    expect(wordKey('Εκατόν Ένα')).toBe(wordKey('εκατον ενα'));
  });

  it('keeps what tells numbers apart: Cyrillic й, Devanagari vowel signs, Hebrew letters', () => {
    expect(wordKey('й')).not.toBe(wordKey('и'));
    expect(wordKey('दो', 'hi-IN')).not.toBe(wordKey('द', 'hi-IN'));
    expect(wordKey('שלוש')).not.toBe(wordKey('שלושה'));
  });
});
