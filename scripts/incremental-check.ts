/**
 * A TypeScript type check that keeps what it learnt: an incremental program whose
 * `.tsbuildinfo` lives in node_modules/.cache/calcha/, as `tsc --incremental` keeps it. A run
 * where no file changed parses and binds, and takes every file's diagnostics from the last run;
 * a changed file is checked again, with every file whose types depend on it. Files can be given
 * as text (`virtualFiles`), for code that is not a file of its own (the docs' examples).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { CACHE } from './paths.ts';

export interface IncrementalCheck {
  /** The root files (absolute paths), those of `virtualFiles` included. */
  rootNames: readonly string[];
  options: ts.CompilerOptions;
  /** The name of the `.tsbuildinfo` file in node_modules/.cache/calcha/. */
  buildInfo: string;
  /** Files that exist only as this text (absolute paths). */
  virtualFiles?: ReadonlyMap<string, string>;
  /** Diagnostics of the config file, reported with the rest. */
  configErrors?: readonly ts.Diagnostic[];
}

/** The options and root files of a tsconfig file (absolute path), with its errors. */
export function readTsconfig(path: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error(`${path} could not be read`);
  return parsed;
}

/** Type-checks the program and returns its diagnostics, as `tsc --noEmit --incremental` would. */
export function checkIncrementally(check: IncrementalCheck): ts.Diagnostic[] {
  mkdirSync(CACHE, { recursive: true });
  const options: ts.CompilerOptions = {
    ...check.options,
    noEmit: true,
    incremental: true,
    tsBuildInfoFile: join(CACHE, check.buildInfo),
  };
  const host = ts.createIncrementalCompilerHost(options);
  const virtualFiles = check.virtualFiles ?? new Map<string, string>();
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  // The host reads every source file through readFile, so a virtual file is versioned (by the
  // hash of its text) like any other.
  host.readFile = (name) => virtualFiles.get(name) ?? readFile(name);
  host.fileExists = (name) => virtualFiles.has(name) || fileExists(name);
  const program = ts.createIncrementalProgram({
    rootNames: check.rootNames,
    options,
    host,
    configFileParsingDiagnostics: check.configErrors ?? [],
  });
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(),
  ];
  // With noEmit, this writes only the .tsbuildinfo.
  program.emit();
  return diagnostics;
}
