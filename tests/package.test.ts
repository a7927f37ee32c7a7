import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs a script with plain Node against the built package, as a user's app would. */
function node(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

describe('the built package (npm test builds it first)', () => {
  beforeAll(() => {
    if (!existsSync(`${ROOT}/dist/index.js`)) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    }
  });

  it("loads with require('calcha') on Node ≥ 20.19: ESM without top-level await", () => {
    const result = node([
      '-e',
      "const c = require('calcha'); c.createCaptcha({ secret: c.generateSecret() }).generate().then((x) => console.log(x.token.length, c.locales.length))",
    ]);
    expect(result).toMatchObject({ code: 0, stdout: '84 71' });
  });

  it("loads with import 'calcha' and splits each locale into its own n2words module", () => {
    const result = node([
      '--input-type=module',
      '-e',
      "import { createCaptcha } from 'calcha'; const c = await createCaptcha({ secret: 'x'.repeat(32), locale: 'ar' }).generate(); console.log(c.locale, c.dir)",
    ]);
    expect(result).toMatchObject({ code: 0, stdout: 'ar-SA rtl' });
  });
});
