/**
 * examples/edge/ types the few Durable Object members it uses itself, so that a
 * contributor's `npm ci` needs no Cloudflare types. Here, with the runtime
 * matrix installed, the example is checked against Cloudflare's own types:
 * a Worker project passes its real `DurableObjectState` and namespace binding.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, inject, it } from 'vitest';
import { checkIncrementally, readTsconfig } from '../../../../scripts/incremental-check.ts';
import { ROOT } from '../../../../scripts/paths.ts';

const runtimes = inject('runtimes');

describe.skipIf(runtimes === '')('examples/edge with @cloudflare/workers-types', () => {
  it("takes Cloudflare's DurableObjectState and DurableObjectNamespace as they are", () => {
    // In .runtimes/, so that '@cloudflare/workers-types' resolves there.
    const file = join(runtimes, '..', 'edge-types-check.mts');
    writeFileSync(
      file,
      `import type { DurableObjectNamespace, DurableObjectState } from '@cloudflare/workers-types';
import { CalchaReplays, durableObjectStore } from ${JSON.stringify(join(ROOT, 'examples/edge/replay-store.ts'))};
import { createWorker } from ${JSON.stringify(join(ROOT, 'examples/edge/worker.ts'))};
declare const state: DurableObjectState;
declare const namespace: DurableObjectNamespace;
new CalchaReplays(state);
durableObjectStore(namespace);
createWorker().fetch(new Request('https://example.test/'), { CALCHA_SECRET: 'x', REPLAYS: namespace });
export {};
`,
    );
    // Incremental (its .tsbuildinfo in node_modules/.cache/calcha/): checked again only when
    // the example, calcha or Cloudflare's types changed.
    const diagnostics = checkIncrementally({
      rootNames: [file],
      options: readTsconfig(join(ROOT, 'tsconfig.json')).options,
      buildInfo: 'tsc-workerd.tsbuildinfo',
    });
    const errors = diagnostics
      .filter((d) => d.file?.fileName === file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  }, 120_000);
});
