import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/language/direction.ts';
import { locales } from '../../src/language/locales.ts';

describe('textDirection', () => {
  it('is rtl for Arabic, Hebrew, Persian and Urdu, ltr elsewhere', () => {
    const rtl = locales.filter((l) => textDirection(l) === 'rtl');
    expect(rtl).toEqual(['ar-SA', 'fa-IR', 'hbo-IL', 'he-IL', 'ur-PK']);
  });
});
