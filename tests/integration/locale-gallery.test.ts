import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GALLERY_PATH, renderLocaleGallery } from '../../scripts/locale-gallery.ts';

describe('docs/locales.md', () => {
  it('is in sync with the code (regenerate with npm run docs:locales)', async () => {
    expect(readFileSync(GALLERY_PATH, 'utf8')).toBe(await renderLocaleGallery());
  });
});
