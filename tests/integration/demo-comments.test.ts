import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCommentStore } from '../../examples/demo/comments.ts';

describe('the demo keeps comments across a restart', () => {
  it('a new store on the same file lists what the old one published, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calcha-comments-'));
    const file = join(dir, 'data', 'comments.json');
    const before = fileCommentStore(file);
    expect(before.list()).toEqual([]);
    before.add('Léa', 'Premier « commentaire »');
    before.add('Marc', 'Deuxième\nsur deux lignes');
    const after = fileCommentStore(file);
    expect(after.list().map(({ id, name, text }) => ({ id, name, text }))).toEqual([
      { id: 1, name: 'Léa', text: 'Premier « commentaire »' },
      { id: 2, name: 'Marc', text: 'Deuxième\nsur deux lignes' },
    ]);
    expect(readdirSync(join(dir, 'data'))).toEqual(['comments.json']);
  });
});
