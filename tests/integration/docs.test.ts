/**
 * Every TypeScript example a user reads compiles against the real API: the
 * ```ts blocks of README.md and docs/*.md, and the @example blocks of src/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Block {
  where: string;
  code: string;
}

function markdownBlocks(file: string): Block[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => ({
    where: `${file}:${text.slice(0, m.index).split('\n').length}`,
    code: m[1] ?? '',
  }));
}

function sourceExamples(file: string): Block[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*\* ```ts\n([\s\S]*?)^\s*\* ```$/gm)].map((m) => ({
    where: `${file}:${text.slice(0, m.index).split('\n').length}`,
    code: (m[1] ?? '').replace(/^\s*\* ?/gm, ''),
  }));
}

const sourceFiles = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/${f}`);
const docs = readdirSync(join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
const blocks = [
  ...['README.md', ...docs].flatMap(markdownBlocks),
  ...sourceFiles.flatMap(sourceExamples),
];

function compile(group: Block[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const options: ts.CompilerOptions = {
    ...config?.options,
    noUnusedLocals: false,
    noUnusedParameters: false,
    noEmit: true,
  };
  // Each block is its own module, in a folder of the project so that `calcha` resolves.
  const files = new Map(
    group.map((b, i) => [join(ROOT, 'docs', `__example_${i}.ts`), `${b.code}\nexport {};\n`]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile(name, version)
      : ts.createSourceFile(name, text, version);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => {
      const index = [...files.keys()].indexOf(d.file?.fileName ?? '');
      const line = d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line ?? 0;
      return `${group[index]?.where} (+${line}): ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

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
    const examples = sourceFiles.flatMap(sourceExamples).map((b) => b.code);
    const missing = [...exported].filter(
      (name) => !examples.some((code) => new RegExp(`\\b${name}\\(`).test(code)),
    );
    expect(exported.size).toBeGreaterThan(8);
    expect(missing).toEqual([]);
  });

  it('every example compiles against the public API', () => {
    expect(compile(blocks)).toEqual([]);
  }, 120_000);

  it('every relative link in the README and the guides points to a file', () => {
    const broken = ['README.md', 'SECURITY.md', ...docs].flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\]\(([^)#\s]+)[^)]*\)/g)]
        .map((m) => m[1] ?? '')
        .filter((link) => !/^[a-z]+:/.test(link) && !existsSync(join(ROOT, dirname(file), link)))
        .map((link) => `${file} -> ${link}`),
    );
    expect(broken).toEqual([]);
  });
});
