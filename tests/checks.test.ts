import { describe, expect, it } from 'vitest';
import { clock, MAX_SCOPE_LENGTH, oneOf, scope, wholeNumber } from '../src/checks.ts';

describe('argument checks', () => {
  it('wholeNumber takes whole numbers in range and names the argument otherwise', () => {
    expect(wholeNumber('max', 5, 5, 10)).toBe(5);
    expect(wholeNumber('max', 10, 5, 10)).toBe(10);
    for (const bad of [4, 11, 5.5, Number.NaN, '6', undefined]) {
      expect(() => wholeNumber('max', bad, 5, 10)).toThrow(
        `calcha: max must be a whole number from 5 to 10, got ${String(bad)}.`,
      );
    }
    expect(() => wholeNumber('capacity', 0, 1, Number.MAX_SAFE_INTEGER)).toThrow(
      'capacity must be a whole number ≥ 1, got 0.',
    );
  });

  it('oneOf lists what is allowed', () => {
    expect(oneOf('words', 'mixed', ['mixed', 'words'])).toBe('mixed');
    expect(() => oneOf('words', 'some', ['mixed', 'words'])).toThrow(
      `calcha: words must be one of 'mixed', 'words', got "some".`,
    );
  });

  it('clock takes a function, scope a short string', () => {
    const now = () => 1;
    expect(clock('now', now)).toBe(now);
    expect(() => clock('now', 1)).toThrow(TypeError);
    expect(scope('x'.repeat(MAX_SCOPE_LENGTH))).toHaveLength(MAX_SCOPE_LENGTH);
    expect(() => scope('x'.repeat(MAX_SCOPE_LENGTH + 1))).toThrow(TypeError);
    expect(() => scope(null)).toThrow(/scope must be a string/);
  });
});
