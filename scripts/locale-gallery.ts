/**
 * Writes docs/locales.md, the gallery of every supported locale, from the
 * library itself: `npm run docs:locales`. A test fails when the file and the
 * code disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textDirection } from '../src/language/direction.ts';
import { locales } from '../src/language/locales.ts';
import { loadSpeller } from '../src/language/spelling.ts';
import { questionText } from '../src/question/text.ts';

export const GALLERY_PATH = fileURLToPath(new URL('../docs/locales.md', import.meta.url));

/** The sample question of every row: 15 − 14. */
const SAMPLE = { left: 15, operation: '-', right: 14, answer: 1 } as const;

export async function renderLocaleGallery(): Promise<string> {
  const english = new Intl.DisplayNames('en', { type: 'language' });
  const rows: string[] = [];
  for (const locale of locales) {
    const speller = await loadSpeller(locale);
    const numbering = new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
    const native = new Intl.DisplayNames(locale, { type: 'language' }).of(locale) ?? '';
    const cells = [
      `\`${locale}\``,
      english.of(locale) ?? locale,
      native,
      textDirection(locale),
      numbering,
      questionText(SAMPLE, 'right', speller, 'locale'),
      questionText(SAMPLE, 'both', speller, 'locale'),
      questionText(SAMPLE, 'none', speller, 'locale'),
    ];
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return `# Locales

calcha writes questions in ${locales.length} locales of ${new Set(locales.map((l) => l.split('-')[0])).size} languages: every locale that
[n2words](https://github.com/forzagreen/n2words) spells, and Brazilian Portuguese and Swiss French. Each row shows the same question,
${SAMPLE.left} − ${SAMPLE.right}, in the three \`words\` modes, with \`digits: 'locale'\` (the locale's own numbering
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
