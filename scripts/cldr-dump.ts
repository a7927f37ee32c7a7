/**
 * ICU's CLDR spellout of every calcha locale (scripts/cldr-spellout.py under Debian's
 * python3-icu), kept in node_modules/.cache/calcha/ so that a run with the same ICU only reads
 * it: the dump takes about 2 s, its file 7 MB.
 *
 * The cache's key is everything the dump's bytes depend on: the script, the locales asked for,
 * the Python that runs it, PyICU's and ICU's versions, ICU's default locale (what ICU falls back
 * to) and `ICU_DATA`, and each ICU library the process loaded (path, size, modification time,
 * so a patched package is another key). Where the loaded libraries cannot be listed
 * (/proc/self/maps is Linux's), nothing is cached: ICU is asked every time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { locales } from '../src/language/locales.ts';
import { CACHE, ROOT } from './paths.ts';

export const PYTHON = process.env.CALCHA_PYTHON ?? '/usr/bin/python3';
const SCRIPT = join(ROOT, 'scripts/cldr-spellout.py');
const PREFIX = 'cldr-spellout-';

/** What scripts/cldr-spellout.py prints. */
export interface CldrDump {
  icu: string;
  locales: Record<
    string,
    { icuLocale: string | null; ruleSets?: Record<string, string[]> } | undefined
  >;
}

/** Whether PYTHON can import PyICU. */
export function icuAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import icu']).status === 0;
}

/** Prints, as JSON, what identifies the ICU this Python loads; `libraries` null off Linux. */
const IDENTIFY = `
import icu, json, os, sys
libraries = None
if os.path.exists('/proc/self/maps'):
    paths = set()
    with open('/proc/self/maps') as maps:
        for line in maps:
            fields = line.split(None, 5)
            path = fields[5].strip() if len(fields) == 6 else ''
            if path.startswith('/') and 'icu' in os.path.basename(path).lower():
                paths.add(path)
    libraries = [[p, os.stat(p).st_size, os.stat(p).st_mtime_ns] for p in sorted(paths)]
print(json.dumps({
    'python': [sys.executable, sys.version],
    'pyicu': icu.VERSION, 'icu': icu.ICU_VERSION, 'unicode': icu.UNICODE_VERSION,
    'defaultLocale': str(icu.Locale.getDefault()),
    'icuData': os.environ.get('ICU_DATA'),
    'libraries': libraries,
}))
`;

/** The cache file for this ICU and script, or undefined where the ICU cannot be identified. */
function cacheFile(): string | undefined {
  const identity = JSON.parse(execFileSync(PYTHON, ['-c', IDENTIFY], { encoding: 'utf8' })) as {
    libraries: unknown[] | null;
  };
  if (!identity.libraries?.length) return undefined;
  const key = createHash('sha256')
    .update(JSON.stringify({ identity, python: PYTHON, locales }))
    .update(readFileSync(SCRIPT))
    .digest('hex');
  return join(CACHE, `${PREFIX}${key}.json`);
}

/** Runs the dump itself. */
function dump(): string {
  return execFileSync(PYTHON, [SCRIPT, ...locales], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
}

/** Every CLDR form of every calcha locale ICU knows, from ICU itself (or its cached dump). */
export function cldrSpellout(): CldrDump {
  const file = cacheFile();
  if (file === undefined) return JSON.parse(dump()) as CldrDump;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as CldrDump;
  const text = dump();
  const parsed = JSON.parse(text) as CldrDump;
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE).filter((name) => name.startsWith(PREFIX))) {
    rmSync(join(CACHE, old), { force: true });
  }
  // Written under another name first, so that a run stopped halfway leaves no partial dump.
  writeFileSync(`${file}.partial`, text);
  renameSync(`${file}.partial`, file);
  return parsed;
}
