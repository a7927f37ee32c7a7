/**
 * `npm run typecheck`: two incremental type checks (scripts/incremental-check.ts).
 *
 * - The project (tsconfig.json: src, tests, examples, bench, scripts) with every example of the
 *   docs (scripts/doc-examples.ts) as a module of its own, compiled against the public API
 *   (`calcha` resolves to src/ through the tsconfig's paths). An example may leave a name
 *   unused (it shows one call, say); every other error counts.
 * - The Web Crypto build as a Worker sees it (tsconfig.web.json).
 *
 * One program for the project and the examples: they read the same declarations (Node's,
 * Express's, Redis'), which a separate program would parse again.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { type DocExample, docExamples } from './doc-examples.ts';
import { checkIncrementally, type IncrementalCheck, readTsconfig } from './incremental-check.ts';
import { ROOT } from './paths.ts';

/** The diagnostics of noUnusedLocals and noUnusedParameters, which the examples are spared. */
const UNUSED = new Set([6133, 6138, 6192, 6196, 6198, 6199, 6205]);

/**
 * Where an example is compiled: a file beside the one it is written in, named after it and the
 * line of its fence (`docs/comment-form.md.12.example.ts`). Its text starts on the line it has
 * there, so an error's line is the line to fix.
 */
export function exampleModules(examples: DocExample[]): Map<string, string> {
  return new Map(
    examples.map(({ where, code }) => {
      const [file, line] = where.split(':') as [string, string];
      return [
        join(ROOT, `${file}.${line}.example.ts`),
        `${'\n'.repeat(Number(line))}${code}\nexport {};\n`,
      ];
    }),
  );
}

/** The project's check: tsconfig.json's files and the docs' examples. */
export function projectCheck(): IncrementalCheck & { virtualFiles: Map<string, string> } {
  const config = readTsconfig(join(ROOT, 'tsconfig.json'));
  const examples = exampleModules(docExamples());
  return {
    rootNames: [...config.fileNames, ...examples.keys()],
    options: config.options,
    buildInfo: 'tsc.tsbuildinfo',
    virtualFiles: examples,
    configErrors: config.errors,
  };
}

function checkProject(): ts.Diagnostic[] {
  const check = projectCheck();
  return checkIncrementally(check).filter(
    (d) => !(d.file && check.virtualFiles.has(d.file.fileName) && UNUSED.has(d.code)),
  );
}

function checkWebBuild(): ts.Diagnostic[] {
  const config = readTsconfig(join(ROOT, 'tsconfig.web.json'));
  return checkIncrementally({
    rootNames: config.fileNames,
    options: config.options,
    buildInfo: 'tsc-web.tsbuildinfo',
    configErrors: config.errors,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const diagnostics = [...checkProject(), ...checkWebBuild()];
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => ROOT,
    getNewLine: () => '\n',
  };
  if (diagnostics.length > 0) {
    const format = process.stdout.isTTY
      ? ts.formatDiagnosticsWithColorAndContext
      : ts.formatDiagnostics;
    console.error(format(diagnostics, host));
    console.error(`Found ${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'}.`);
    process.exitCode = 1;
  }
}
