import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH, readAnswer } from '../../src/language/answer.ts';
import { type Locale, locales } from '../../src/language/locales.ts';
import { LARGEST_SPELLED, loadSpeller, type Speller } from '../../src/language/spelling.ts';

/** Zeros of some digit scripts: ASCII, Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali, Thai, Tibetan, full-width, mathematical bold and monospace. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xf20, 0xff10, 0x1d7ce, 0x1d7f6];

function inScript(value: number, zero: number): string {
  return [...String(value)].map((d) => String.fromCodePoint(zero + Number(d))).join('');
}

const spellers = new Map<Locale, Speller>();
beforeAll(async () => {
  for (const locale of locales) spellers.set(locale, await loadSpeller(locale));
});
const read = (input: unknown, locale: Locale = 'fr-FR') =>
  readAnswer(input, async () => spellers.get(locale) as Speller);

const value = fc.integer({ min: 0, max: LARGEST_SPELLED });
const locale = fc.constantFrom(...locales);

describe('readAnswer', () => {
  it('reads any number in range written in the digits of any script', async () => {
    await fc.assert(
      fc.asyncProperty(value, fc.constantFrom(...ZEROS), async (n, zero) => {
        expect(await read(inScript(n, zero))).toBe(n);
      }),
    );
  });

  it('reads any number in range written in words in any locale, in any accepted variant', async () => {
    await fc.assert(
      fc.asyncProperty(locale, value, fc.nat(), async (l, n, pick) => {
        const variants = (spellers.get(l) as Speller).variants(n);
        expect(await read(variants[pick % variants.length], l)).toBe(n);
      }),
      { numRuns: 2_000 },
    );
  });

  it('forgives case, surrounding space, trailing punctuation, and hyphens for spaces', async () => {
    const latin = locales.filter((l) =>
      /^(en|fr|de|es|it|pt|nl|pl|ro|cs|hr|sv|da|fi|tr|id|ms)-/.test(l),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...latin),
        value,
        fc.constantFrom('', ' ', '  \t'),
        fc.constantFrom('', '.', '!', ' ?', '...'),
        fc.boolean(),
        async (l, n, space, punctuation, upper) => {
          let words = (spellers.get(l) as Speller).spell(n).replace(/ /g, '-');
          words = upper ? words.toUpperCase() : words;
          expect(await read(`${space}${words}${punctuation}${space}`, l)).toBe(n);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('accepts "= 15", "15." and grouped thousands such as "1 000" and "1,000"', async () => {
    expect(await read('= 15')).toBe(15);
    expect(await read('15.')).toBe(15);
    expect(await read('1 000')).toBe(1000);
    expect(await read('1,000')).toBe(1000);
    expect(await read('1.000')).toBe(1000);
    expect(await read('007')).toBe(7);
    expect(await read('quatorze !')).toBe(14);
  });

  it('reads nothing from text that is not a number', async () => {
    for (const text of [
      '',
      '   ',
      '1.5',
      '-3',
      '12a',
      '1 2',
      '10,00',
      'quatorzee',
      '١٥x',
      '\u0000',
      '<b>15</b>',
    ]) {
      expect(await read(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it(`refuses an answer longer than ${MAX_ANSWER_LENGTH} characters without reading it`, async () => {
    let loaded = false;
    const result = await readAnswer(`${'1'.repeat(MAX_ANSWER_LENGTH)}5`, async () => {
      loaded = true;
      return spellers.get('fr-FR') as Speller;
    });
    expect(result).toBeUndefined();
    expect(loaded).toBe(false);
    expect(await read(`${' '.repeat(MAX_ANSWER_LENGTH - 2)}15`)).toBe(15);
  });

  it('with the expected answer, reads words as that answer or as nothing, and digits as they are', async () => {
    await fc.assert(
      fc.asyncProperty(locale, value, value, fc.nat(), async (l, n, expected, pick) => {
        const variants = (spellers.get(l) as Speller).variants(n);
        const speller = async () => spellers.get(l) as Speller;
        const words = variants[pick % variants.length];
        expect(await readAnswer(words, speller, expected)).toBe(n === expected ? n : undefined);
        expect(await readAnswer(String(n), speller, expected)).toBe(n);
      }),
      { numRuns: 2_000 },
    );
    expect(await readAnswer('bonjour', async () => spellers.get('fr-FR') as Speller, 14)).toBe(
      undefined,
    );
  });

  it('answers undefined, never throws, for any value of any type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (input) => {
        const result = await read(input);
        expect(result === undefined || Number.isSafeInteger(result)).toBe(true);
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), locale, async (input, l) => {
        const result = await read(input, l);
        expect(result === undefined || Number.isSafeInteger(result)).toBe(true);
      }),
    );
  });
});
