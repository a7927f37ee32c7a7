/**
 * Where the scripts and tests find the repository: its root, and the folder where builds and
 * checks keep what a later run can reuse (node_modules/.cache/calcha/: the build's input hash,
 * TypeScript's .tsbuildinfo files, the ICU dump, the build's n2words entries).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const CACHE = join(ROOT, 'node_modules/.cache/calcha');
