/**
 * Writes src/language/data/: for each locale, the forms of a number readers
 * may type that n2words does not write, and the spelling questions show where
 * the locale takes CLDR's (SHOWN_FROM_CLDR in src/language/spelling.ts).
 *
 *   npm run language-data            # write the files
 *   npm run language-data -- --check # exit 1 when the files are out of date
 *
 * Sources: ICU's CLDR spellout for every locale ICU knows (through
 * scripts/cldr-spellout.py and Debian's python3-icu), less the forms
 * scripts/cldr-exceptions.ts lists as wrong; and the everyday forms no
 * speller writes that scripts/everyday-forms.ts lists. A form n2words' speller
 * already reads as the same number is not repeated. A form it reads as another
 * number stops the script: no form may name two numbers.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageData } from '../src/language/data/index.ts';
import { wordKey } from '../src/language/folding.ts';
import { type Locale, locales } from '../src/language/locales.ts';
import {
  LARGEST_SPELLED,
  loadSpellerWithoutData,
  SHOWN_FROM_CLDR,
  substituteWords,
} from '../src/language/spelling.ts';
import { type CldrDump, cldrSpellout } from './cldr-dump.ts';
import { exceptionFor } from './cldr-exceptions.ts';
import { everydayFormsOf } from './everyday-forms.ts';
import { ROOT } from './paths.ts';

const DATA_DIR = join(ROOT, 'src/language/data');
const INVISIBLE = /[\u00ad\u200b]/g;

/** One locale's speller without its data, as the generator starts from. */
type BaseSpeller = Awaitable<ReturnType<typeof loadSpellerWithoutData>>;
type Awaitable<T> = T extends Promise<infer U> ? U : T;

/**
 * Learns the word substitutions that turn n2words' spelling of each number into
 * the form one CLDR rule set writes (the feminine, the neuter, the
 * masculine-personal…): a word of n2words' always turns into the same word of
 * CLDR's (ένα → μία, dwa → dwaj). Substituted forms that CLDR writes are
 * `produced`; values where the substitution would write anything else are
 * `skip`ped, so no form is accepted that CLDR does not write.
 */
function learnWords(
  speller: BaseSpeller,
  wanted: (value: number) => string | undefined,
): { replace: Record<string, string>; skip: number[]; produced: Map<number, string> } {
  const proposals = new Map<string, string | null>();
  for (let value = 0; value <= LARGEST_SPELLED; value++) {
    const form = wanted(value);
    if (form === undefined || speller.read(form) === value) continue;
    const from = speller.spell(value).split(' ');
    const to = form.split(' ');
    if (from.length !== to.length) continue;
    from.forEach((word, i) => {
      const target = to[i] as string;
      if (word === target) return;
      const proposal = proposals.get(word);
      if (proposal === undefined) proposals.set(word, target);
      else if (proposal !== target) proposals.set(word, null);
    });
  }
  const replace: Record<string, string> = {};
  for (const [word, target] of [...proposals].sort()) if (target !== null) replace[word] = target;
  const skip: number[] = [];
  const produced = new Map<number, string>();
  for (let value = 0; value <= LARGEST_SPELLED; value++) {
    const base = speller.spell(value);
    const substituted = substituteWords(base, replace);
    if (substituted === base) continue;
    if (substituted === wanted(value)) produced.set(value, substituted);
    else if (speller.read(substituted) !== value) skip.push(value);
  }
  return { replace, skip, produced };
}

/** The data of one locale, and the problems found making it. */
async function localeData(
  locale: Locale,
  cldr: CldrDump,
): Promise<{ data: LanguageData; problems: string[] }> {
  const speller = await loadSpellerWithoutData(locale);
  const problems: string[] = [];
  const accepted: Record<number, string[]> = {};
  const keys = new Map<string, number>();
  const accept = (value: number, form: string, source: string) => {
    const plain = form.replace(INVISIBLE, '');
    const read = speller.read(plain);
    if (read === value) return;
    if (read !== undefined) {
      problems.push(`${locale} ${source}: "${plain}" is ${value}, but n2words reads it as ${read}`);
      return;
    }
    const key = wordKey(plain, locale);
    const owner = keys.get(key);
    if (owner === value) return;
    if (owner !== undefined) {
      problems.push(`${locale} ${source}: "${plain}" is ${value}, but also ${owner}`);
      return;
    }
    keys.set(key, value);
    accepted[value] = [...(accepted[value] ?? []), plain];
  };

  const icu = cldr.locales[locale];
  const ruleSets = icu?.icuLocale ? (icu.ruleSets ?? {}) : {};
  const shown: Record<number, string> = {};
  const shownFrom = SHOWN_FROM_CLDR[locale];
  const shownSet = shownFrom === undefined ? undefined : '%spellout-numbering';
  if (shownSet !== undefined) {
    const forms = ruleSets[shownSet];
    if (forms === undefined) problems.push(`${locale}: ICU has no ${shownSet} to show`);
    forms?.forEach((form, value) => {
      const cldrForm = form.replace(INVISIBLE, '');
      const plain = shownFrom?.rewrite?.(cldrForm) ?? cldrForm;
      if (value > LARGEST_SPELLED || plain === speller.spell(value)) return;
      shown[value] = plain;
      // A shown form is read back with the others (variants include it): note its key.
      if (speller.read(plain) === undefined) keys.set(wordKey(plain, locale), value);
    });
  }
  const words: NonNullable<LanguageData['words']>[number][] = [];
  for (const [ruleSet, forms] of Object.entries(ruleSets).sort()) {
    const wanted = (value: number) => {
      const form = forms[value]?.replace(INVISIBLE, '');
      return form === undefined || exceptionFor(locale, ruleSet, form) ? undefined : form;
    };
    const learnt = learnWords(speller, wanted);
    for (const [value, form] of learnt.produced) {
      const key = wordKey(form, locale);
      const owner = keys.get(key);
      if (owner !== undefined && owner !== value) {
        problems.push(`${locale} ${ruleSet}: "${form}" is ${value}, but also ${owner}`);
      }
      keys.set(key, value);
    }
    if (Object.keys(learnt.replace).length > 0) {
      words.push(
        learnt.skip.length > 0
          ? { replace: learnt.replace, skip: learnt.skip }
          : { replace: learnt.replace },
      );
    }
    forms.forEach((form, value) => {
      if (value <= LARGEST_SPELLED && wanted(value) !== undefined && !learnt.produced.has(value)) {
        accept(value, form, ruleSet);
      }
    });
  }
  for (const { replace, forms } of everydayFormsOf(locale)) {
    if (replace !== undefined) {
      for (let value = 0; value <= LARGEST_SPELLED; value++) {
        const form = substituteWords(speller.spell(value), replace);
        const owner = keys.get(wordKey(form, locale)) ?? speller.read(form) ?? value;
        if (owner !== value)
          problems.push(`${locale} everyday: "${form}" is ${value}, but also ${owner}`);
        keys.set(wordKey(form, locale), value);
      }
      words.push({ replace });
    }
    for (const [value, list] of Object.entries(forms ?? {})) {
      for (const form of list) accept(Number(value), form, 'everyday');
    }
  }
  const data: LanguageData = {};
  if (Object.keys(shown).length > 0) data.shown = shown;
  if (words.length > 0) data.words = words;
  if (Object.keys(accepted).length > 0) data.accepted = accepted;
  return { data, problems };
}

/** The module of one locale's data. */
function dataModule(locale: Locale, data: LanguageData, icuVersion: string): string {
  const lines = [
    `// Generated by scripts/language-data.ts from ICU ${icuVersion} CLDR spellout: do not edit.`,
    `// ${locale}: ${Object.keys(data.shown ?? {}).length} spellings shown from CLDR, ${data.words?.length ?? 0} word substitutions, ${Object.values(data.accepted ?? {}).flat().length} more forms accepted.`,
  ];
  if (data.shown) lines.push(`export const shown = ${JSON.stringify(data.shown)};`);
  if (data.words) lines.push(`export const words = ${JSON.stringify(data.words)};`);
  if (data.accepted) lines.push(`export const accepted = ${JSON.stringify(data.accepted)};`);
  return `${lines.join('\n')}\n`;
}

/** The index: one literal import() per locale with data, so bundlers split them. */
function indexModule(withData: Locale[]): string {
  const entries = withData.map((l) => `  '${l}': () => import('./${l}.js'),`);
  return `// Generated by scripts/language-data.ts: do not edit.
import type { Locale } from '../locales.js';

/**
 * A locale's generated data: CLDR's spelling where questions show it instead
 * of n2words', and the forms readers may type that n2words does not write, by value.
 */
export interface LanguageData {
  /** CLDR's spelling of the numbers whose question shows it, by value. */
  shown?: Readonly<Record<number, string>>;
  /**
   * Word substitutions that turn n2words' spelling into another CLDR form
   * (ένα → μία), each applied to every number but those it \`skip\`s.
   */
  words?: readonly { replace: Readonly<Record<string, string>>; skip?: readonly number[] }[];
  /** Other forms readers may type, by value. */
  accepted?: Readonly<Record<number, readonly string[]>>;
}

/** Each locale's generated data, loaded with the locale. */
export const LANGUAGE_DATA: Partial<Record<Locale, () => Promise<LanguageData>>> = {
${entries.join('\n')}
};
`;
}

/** Every file of src/language/data/ as it should be. */
export async function generateLanguageData(cldr = cldrSpellout()): Promise<{
  files: Map<string, string>;
  problems: string[];
}> {
  const files = new Map<string, string>();
  const problems: string[] = [];
  const withData: Locale[] = [];
  for (const locale of locales) {
    const made = await localeData(locale, cldr);
    problems.push(...made.problems);
    if (Object.keys(made.data).length === 0) continue;
    withData.push(locale);
    files.set(`${locale}.ts`, dataModule(locale, made.data, cldr.icu));
  }
  files.set('index.ts', indexModule(withData));
  return { files, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const { files, problems } = await generateLanguageData();
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const present = readdirSync(DATA_DIR);
  const stale = [
    ...[...files]
      .filter(
        ([name, text]) =>
          !present.includes(name) || readFileSync(join(DATA_DIR, name), 'utf8') !== text,
      )
      .map(([name]) => name),
    ...present.filter((name) => !files.has(name)),
  ];
  if (check) {
    if (stale.length > 0) {
      console.error(
        `out of date in src/language/data: ${stale.join(', ')}; run npm run language-data`,
      );
      process.exit(1);
    }
    console.log(`src/language/data is up to date (${files.size} files)`);
  } else {
    for (const name of present) if (!files.has(name)) rmSync(join(DATA_DIR, name));
    for (const [name, text] of files) writeFileSync(join(DATA_DIR, name), text);
    console.log(`wrote ${files.size} files to src/language/data (${stale.length} changed)`);
  }
}
