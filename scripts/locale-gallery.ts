/**
 * Writes docs/locales.md, the gallery of every supported locale, from the
 * library itself: `npm run docs:locales`. A test fails when the file and the
 * code disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDigits } from '../src/digits.ts';
import { textDirection } from '../src/locale.ts';
import { locales } from '../src/locales.ts';
import { OPERATION_SYMBOLS } from '../src/question.ts';
import { loadSpeller } from '../src/spelling.ts';

export const GALLERY_PATH = fileURLToPath(new URL('../docs/locales.md', import.meta.url));

/** The sample question of every row: 15 − 14. */
const LEFT = 15;
const RIGHT = 14;

export async function renderLocaleGallery(): Promise<string> {
  const english = new Intl.DisplayNames('en', { type: 'language' });
  const rows: string[] = [];
  for (const locale of locales) {
    const speller = await loadSpeller(locale);
    const digits = (n: number) => formatDigits(n, locale, 'locale');
    const question = (left: string, right: string) =>
      `${left} ${OPERATION_SYMBOLS['-']} ${right} =`;
    const numbering = new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
    const native = new Intl.DisplayNames(locale, { type: 'language' }).of(locale) ?? '';
    const cells = [
      `\`${locale}\``,
      english.of(locale) ?? locale,
      native,
      textDirection(locale),
      numbering,
      question(digits(LEFT), speller.spell(RIGHT)),
      question(speller.spell(LEFT), speller.spell(RIGHT)),
      question(digits(LEFT), digits(RIGHT)),
    ];
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return `# Locales

calcha writes questions in ${locales.length} locales: every locale that
[n2words](https://github.com/forzagreen/n2words) spells. Each row shows the same question,
${LEFT} − ${RIGHT}, in the three \`words\` modes, with \`digits: 'locale'\` (the locale's own numbering
system). \`resolveLocale\` maps other tags to these (\`fr-CA\` → \`fr-FR\`); answers are read as
[docs/answers.md](answers.md) says.

This file is generated from the library by \`npm run docs:locales\`; a test fails when it is out of date.

| tag | language | name | dir | digits | mixed | words | digits only |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GALLERY_PATH, await renderLocaleGallery());
  console.log(`wrote ${GALLERY_PATH}`);
}
