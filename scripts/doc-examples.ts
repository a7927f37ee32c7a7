/**
 * The TypeScript examples a user reads: the ```ts blocks of README.md and docs/*.md, and the
 * ```ts blocks in the JSDoc comments of src/. `npm run typecheck` compiles every one against the
 * public API (scripts/typecheck.ts); tests/integration/docs-servers.test.ts runs the servers
 * among them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export interface DocExample {
  /** The file and line of the opening fence, as `docs/comment-form.md:12`. */
  where: string;
  code: string;
}

/** README.md and the guides (docs/*.md), as paths from the repository's root. */
export const GUIDES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** The TypeScript files of src/, as paths from the repository's root. */
export const SOURCES = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .map((f) => `src/${f}`);

function examplesIn(file: string, block: RegExp, unwrap: (code: string) => string): DocExample[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(block)].map((m) => ({
    where: `${file}:${text.slice(0, m.index).split('\n').length}`,
    code: unwrap(m[1] ?? ''),
  }));
}

/** The ```ts blocks of README.md and docs/*.md. */
export function guideExamples(): DocExample[] {
  return GUIDES.flatMap((file) => examplesIn(file, /^```ts\n([\s\S]*?)^```$/gm, (code) => code));
}

/** The ```ts blocks of the JSDoc comments in src/, without their leading ` * `. */
export function sourceExamples(): DocExample[] {
  return SOURCES.flatMap((file) =>
    examplesIn(file, /^\s*\* ```ts\n([\s\S]*?)^\s*\* ```$/gm, (code) =>
      code.replace(/^\s*\* ?/gm, ''),
    ),
  );
}

/** Every example: the guides' and the source's. */
export function docExamples(): DocExample[] {
  return [...guideExamples(), ...sourceExamples()];
}
