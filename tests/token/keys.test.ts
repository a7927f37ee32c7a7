import { describe, expect, it } from 'vitest';
import { deriveKeyring } from '../../src/token/keys.ts';

describe('deriveKeyring', () => {
  it('names what it got instead of a secret: nothing, or its type', () => {
    expect(() => deriveKeyring(undefined)).toThrow(/got nothing; make one with/);
    expect(() => deriveKeyring(42)).toThrow(/got number; make one with/);
    expect(() => deriveKeyring([null])).toThrow(/got object; make one with/);
  });
});
