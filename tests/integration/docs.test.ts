/**
 * The examples a user reads: the ```ts blocks of README.md and docs/*.md, and the @example
 * blocks of src/. `npm run typecheck` compiles every one against the real API
 * (scripts/typecheck.ts, incrementally, in the program that checks the project); these tests
 * check what the compiler cannot: that no block escapes it, that every exported function has
 * an example, and that the guides' links lead somewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  docExamples,
  GUIDES,
  guideExamples,
  SOURCES,
  sourceExamples,
} from '../../scripts/doc-examples.ts';
import { ROOT } from '../../scripts/paths.ts';
import { projectCheck } from '../../scripts/typecheck.ts';

/** How many lines of the files open a TypeScript block, however it is spelled. */
const fences = (files: string[], fence: RegExp) =>
  files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .filter((l) => fence.test(l)),
  ).length;

describe('examples in the docs', () => {
  it('every function the package exports has an example in its JSDoc', async () => {
    // calcha/browser touches `document` on load, so it cannot be imported here; its two
    // functions are named by hand.
    const exported = new Set<string>(['mount', 'mountAll']);
    for (const entry of ['index', 'redis']) {
      const module = (await import(join(ROOT, `src/${entry}.ts`))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === 'function') exported.add(name);
      }
    }
    const examples = sourceExamples().map((b) => b.code);
    const missing = [...exported].filter(
      (name) => !examples.some((code) => new RegExp(`\\b${name}\\(`).test(code)),
    );
    expect(exported.size).toBeGreaterThan(8);
    expect(missing).toEqual([]);
  });

  it('every TypeScript block of the guides and of src/ is an example the type check finds', () => {
    const typescript = /^(\s*\*\s*)?```\s*(ts|typescript|tsx|mts|cts)\b/i;
    expect(guideExamples().length).toBe(fences(GUIDES, typescript));
    expect(sourceExamples().length).toBeGreaterThan(8);
    expect(sourceExamples().length).toBe(fences(SOURCES, typescript));
  });

  it('npm run typecheck compiles every example, each as a module of its own', () => {
    const { rootNames, virtualFiles } = projectCheck();
    const examples = docExamples();
    expect(examples.length).toBeGreaterThan(20);
    expect(virtualFiles.size).toBe(examples.length);
    const modules = [...virtualFiles];
    for (const { where, code } of examples) {
      const [file, line] = where.split(':');
      const module = modules.find(([path]) => path === join(ROOT, `${file}.${line}.example.ts`));
      expect(module?.[1], where).toContain(code);
      expect(rootNames, where).toContain(module?.[0]);
    }
  });

  it('every relative link in the README and the guides points to a file', () => {
    const broken = ['SECURITY.md', ...GUIDES].flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\]\(([^)#\s]+)[^)]*\)/g)]
        .map((m) => m[1] ?? '')
        .filter((link) => !/^[a-z]+:/.test(link) && !existsSync(join(ROOT, dirname(file), link)))
        .map((link) => `${file} -> ${link}`),
    );
    expect(broken).toEqual([]);
  });
});
