import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordKey } from '../../src/language/folding.ts';
import { type Locale, locales } from '../../src/language/locales.ts';
import { LARGEST_SPELLED, loadSpeller, type Speller } from '../../src/language/spelling.ts';
import shownTable from './shown-spellings.json' with { type: 'json' };

const spellers = new Map<Locale, Speller>();
beforeAll(async () => {
  for (const locale of locales) spellers.set(locale, await loadSpeller(locale));
});
const speller = (locale: Locale) => spellers.get(locale) as Speller;

describe('word tables', () => {
  it('cover the 71 n2words locales, then pt-BR and fr-CH, appended', () => {
    expect(locales).toHaveLength(73);
    expect(locales.slice(71)).toEqual(['pt-BR', 'fr-CH']);
  });

  it.each(locales)('%s: every accepted spelling of 0..1000 names exactly one number', (locale) => {
    const owner = new Map<string, number>();
    const collisions: string[] = [];
    for (let value = 0; value <= LARGEST_SPELLED; value++) {
      for (const words of speller(locale).variants(value)) {
        const key = wordKey(words, locale);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== value)
          collisions.push(`${words}: ${previous} and ${value}`);
        owner.set(key, value);
      }
    }
    expect(collisions).toEqual([]);
  });

  it.each(locales)('%s: the spelling shown in questions reads back for 0..1000', (locale) => {
    const wrong: string[] = [];
    for (let value = 0; value <= LARGEST_SPELLED; value++) {
      const words = speller(locale).spell(value);
      if (speller(locale).read(words) !== value) wrong.push(`${value}: ${words}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('questions show each number as its readers write it', () => {
  // The sample of every locale, reviewed by readers of each language (docs/decisions.md).
  it.each(locales)(
    '%s: the reviewed spellings of 1..20, the tens, 100..110, 200, 300, 450, 999 and 1000',
    (locale) => {
      const expected = shownTable.locales[locale] as Record<string, string>;
      const actual = Object.fromEntries(
        shownTable.sample.map((value) => [String(value), speller(locale).spell(value)]),
      );
      expect(actual).toEqual(expected);
    },
  );

  const corrections: Array<[Locale, number, string, string]> = [
    ['es-ES', 16, 'dieciséis', 'n2words drops the accent'],
    ['fi-FI', 245, 'kaksisataaneljäkymmentäviisi', 'n2words writes "kaksi sata …"'],
    ['sv-SE', 244, 'tvåhundrafyrtiofyra', 'n2words writes "två hundra och fyrtio-fyra"'],
    ['nb-NO', 136, 'hundre og trettiseks', 'n2words writes "en hundre og tretti-seks"'],
    ['el-GR', 140, 'εκατόν σαράντα', 'n2words writes "εκατό σαράντα"'],
    ['hu-HU', 102, 'százkettő', 'n2words writes "százkét" standing alone'],
    ['he-IL', 3, 'שלוש', 'n2words writes the archaic שלש'],
    ['he-IL', 110, 'מאה ועשר', 'n2words leaves out the ו'],
    ['hbo-IL', 450, 'ארבע מאות וחמשים', 'n2words writes "ארבעה מאות חמישים"'],
    ['hbo-IL', 111, 'מאה ואחד עשר', 'n2words leaves out the ו'],
    ['hbo-IL', 250, 'מאתים וחמשים', 'n2words writes the modern "מאתיים חמישים"'],
    ['yo-NG', 300, 'ọ̀ọ́dúnrún', 'n2words writes "ẹ̀ta ọgọ́rùn"'],
    ['yo-NG', 60, 'ọgọ́ta', 'n2words writes "ogóta"'],
    ['fil-PH', 450, 'apat na raan at limampu', 'n2words writes "apat na daang limampu"'],
    ['fil-PH', 500, 'limang daan', 'no r after a consonant'],
    ['fil-PH', 16, 'labing-anim', 'n2words writes "labinanum"'],
    ['fil-PH', 100, 'isang daan', 'n2words writes "isang daang"'],
    ['fil-PH', 21, "dalawampu't isa", 'n2words writes "dalawampu isa"'],
    ['sw-KE', 110, 'mia moja na kumi', 'n2words leaves out "na"'],
    ['fa-IR', 300, 'سیصد', 'n2words writes it with the Arabic yeh'],
    ['ro-RO', 12, 'doisprezece', 'counting uses the masculine; n2words writes douăsprezece'],
    ['da-DK', 60, 'tres', 'n2words writes "treds"'],
    ['sr-Cyrl-RS', 905, 'деветсто пет', 'n2words writes "девестo" with a Latin o'],
    ['pt-BR', 16, 'dezesseis', 'Brazilian spelling'],
    ['fr-CH', 80, 'huitante', 'Swiss French'],
    ['fr-CH', 71, 'septante et un', 'Swiss French'],
    ['fr-BE', 80, 'quatre-vingts', 'Belgian French says quatre-vingts'],
    ['fr-BE', 90, 'nonante', 'Belgian French'],
    ['mr-IN', 100, 'शंभर', 'n2words writes "एक शंभर"'],
    ['mr-IN', 450, 'चारशे पन्नास', 'n2words writes "चार शंभर पन्नास"'],
    ['ha-NG', 450, 'ɗari huɗu da hamsin', 'n2words writes "huɗu ɗari hamsin"'],
    ['ha-NG', 11, 'goma sha ɗaya', 'the written form keeps goma'],
    ['kn-IN', 450, 'ನಾನೂರ ಐವತ್ತು', 'n2words writes "ನಾಲ್ಕು ನೂರು ಐವತ್ತು"'],
    ['gu-IN', 200, 'બસો', 'n2words writes "બે સો"'],
    ['te-IN', 450, 'నాలుగు వందల యాభై', 'n2words writes "వందలు" before the rest'],
    ['pa-IN', 70, 'ਸੱਤਰ', 'n2words misspells it ਸਤੱਰ'],
    ['bn-BD', 16, 'ষোলো', 'n2words writes ষোল, not the Bangla Academy spelling'],
    ['bn-BD', 116, 'এক শত ষোলো', 'n2words writes ষোল'],
    ['ta-IN', 1000, 'ஆயிரம்', 'n2words writes "ஒரு ஆயிரம்"'],
    ['te-IN', 101, 'నూట ఒకటి', 'n2words writes "వంద ఒకటి"'],
    ['te-IN', 199, 'నూట తొంభై తొమ్మిది', 'n2words writes "వంద …"'],
    ['te-IN', 21, 'ఇరవై ఒకటి', 'n2words writes ఒక్కటి ("only one")'],
    ['te-IN', 1000, 'వెయ్యి', 'n2words writes "ఒక వెయ్యి"; 100 is shown alone too'],
    ['kn-IN', 1000, 'ಸಾವಿರ', 'n2words writes "ಒಂದು ಸಾವಿರ"; 100 is shown alone too'],
  ];
  it.each(corrections)('%s %i is "%s" (%s)', (locale, value, words) => {
    expect(speller(locale).spell(value)).toBe(words);
  });
});

describe('French is spelled right (what Math Captcha got wrong)', () => {
  const expected: Array<[number, string]> = [
    [21, 'vingt et un'],
    [71, 'soixante et onze'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [90, 'quatre-vingt-dix'],
    [99, 'quatre-vingt-dix-neuf'],
    [200, 'deux cents'],
    [201, 'deux cent un'],
  ];
  it.each(expected)('%i is "%s"', (value, words) => {
    expect(speller('fr-FR').spell(value)).toBe(words);
  });

  it('Belgian questions say septante and nonante', () => {
    expect(speller('fr-BE').spell(71)).toBe('septante et un');
    expect(speller('fr-BE').spell(90)).toBe('nonante');
  });
});

describe('answers in words: the variants people write', () => {
  const accepted: Array<[Locale, string, number]> = [
    ['fr-FR', 'vingt-et-un', 21], // 1990 spelling
    ['fr-FR', 'Vingt-Et-Une', 21],
    ['fr-FR', 'une', 1],
    ['fr-FR', 'quatre vingt', 80],
    ['fr-FR', 'quatre-vingt-dix', 90],
    ['fr-FR', 'septante', 70],
    ['fr-FR', 'huitante', 80],
    ['fr-FR', 'octante', 80],
    ['fr-FR', 'huitante et un', 81],
    ['fr-FR', 'nonante-deux', 92],
    ['fr-FR', 'deux cent', 200],
    ['fr-BE', 'soixante-dix', 70],
    ['fr-BE', 'quatre-vingt-dix', 90],
    ['de-DE', 'ein', 1],
    ['de-DE', 'eins', 1],
    ['de-DE', 'hundert', 100],
    ['de-DE', 'Einundzwanzig', 21],
    ['de-DE', 'dreissig', 30],
    ['de-DE', 'DREISSIG', 30],
    ['nl-NL', 'een', 1],
    ['nl-NL', 'één', 1],
    ['en-US', 'one hundred and one', 101],
    ['en-GB', 'one hundred one', 101],
    ['en-GB', 'Twenty One', 21],
    ['es-ES', 'una', 1],
    ['es-ES', 'veintiuna', 21],
    ['ru-RU', 'одна', 1],
    ['uk-UA', 'сім', 7],
    ['uk-UA', 'сiм', 7], // n2words' own Latin i
    ['zh-Hans-CN', '十四', 14],
    ['zh-Hans-CN', '壹拾肆', 14],
    ['zh-Hant-TW', '貳拾壹', 21],
    ['ar-SA', 'أربعة عشر', 14],
    ['ar-SA', 'أربع عشرة', 14],
    ['pt-PT', 'vinte e um', 21],
    ['it-IT', 'ventuno', 21],
    ['tr-TR', 'yirmibir', 21],
    ['tr-TR', 'SIFIR', 0],
    ['tr-TR', 'DOKUZ YÜZ DOKSAN DOKUZ', 999],
    ['vi-VN', 'hai mươi mốt', 21],
    ['cs-CZ', 'sto jedenadvacet', 121],
    ['da-DK', 'hundred og halvtreds', 150],
    ['el-GR', 'εκατό σαράντα', 140],
    ['fil-PH', 'sandaan at isa', 101],
    ['ha-NG', 'dari da goma', 110],
    ['hbo-IL', 'שמנה מאות', 800],
    ['hbo-IL', 'מאתיים חמישים', 250],
    ['he-IL', 'מאה שתיים עשרה', 112],
    ['hr-HR', 'dvjesta dvadeset', 220],
    ['nb-NO', 'hundre og femogtjue', 125],
    ['nl-NL', 'eenduizend', 1000],
    ['pt-PT', 'cento e dezenove', 119],
    ['ro-RO', 'o sută patrusprezece', 114],
    ['sr-Cyrl-RS', 'jedna hiljada', 1000],
    ['sr-Latn-RS', 'двадесет један', 21],
    ['uk-UA', 'одно', 1],
    ['yo-NG', 'ẹ̀ta ọgọ́rùn', 300],
    ['zh-Hans-CN', '九百九', 990],
    ['zh-Hant-TW', '一百一', 110],
    ['vi-VN', 'hai muoi mot', 21],
  ];
  it.each(accepted)('%s reads "%s" as %i', (locale, words, value) => {
    expect(speller(locale).read(words)).toBe(value);
  });

  const refused: Array<[Locale, string]> = [
    ['fr-FR', 'vingt un'], // Math Captcha's misspelling is not a number
    ['fr-FR', 'twenty-one'], // another locale's words
    ['en-US', 'vingt et un'],
    ['fr-FR', ''],
    ['hbo-IL', 'שמונ מאות'], // the feminine before מאות is not made by cutting שמונה
    ['zh-Hans-CN', '一百零'],
  ];
  it.each(refused)('%s does not read "%s"', (locale, words) => {
    expect(speller(locale).read(words)).toBeUndefined();
  });

  it.each(refused)('%s: "%s" names no number', (locale, words) => {
    for (let value = 0; value <= LARGEST_SPELLED; value++) {
      expect([value, speller(locale).names(words, value)]).toEqual([value, false]);
    }
  });

  it('names(words, value) says what read(words) === value says, from the forms of value alone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: 0, max: LARGEST_SPELLED }),
        fc.integer({ min: 0, max: LARGEST_SPELLED }),
        fc.nat(),
        fc.constantFrom('', ' ', '-', '.'),
        (locale, written, asked, pick, extra) => {
          const forms = speller(locale).variants(written);
          const words = `${forms[pick % forms.length]}${extra}`;
          expect(speller(locale).names(words, asked)).toBe(speller(locale).read(words) === asked);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('names no number outside 0..1000', () => {
    for (const value of [-1, 1001, 1.5, Number.NaN]) {
      expect(speller('fr-FR').names('mille', value)).toBe(false);
    }
  });
});

describe('wordKey', () => {
  it('folds case, Latin accents, spaces, hyphens and apostrophes', () => {
    expect(wordKey(' Quatre-Vingt-Dix ')).toBe('quatrevingtdix');
    expect(wordKey('ZÉRO')).toBe('zero');
    expect(wordKey('дев’яносто')).toBe(wordKey("дев'яносто"));
  });

  it('keeps the marks of Cyrillic: й is its own letter', () => {
    expect(wordKey('й')).not.toBe(wordKey('и'));
  });
});
