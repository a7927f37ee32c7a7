#!/usr/bin/env node
/**
 * The `calcha` command (package.json `bin`): `npx calcha --help`. In a clone of
 * calcha, `npm run cli -- <command>` runs this same file from source.
 */
import { runCli } from './cli/run.js';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 70;
  });
