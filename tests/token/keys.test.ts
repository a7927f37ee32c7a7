import { describe, expect, it } from 'vitest';
import { deriveKeyring } from '../../src/token/keys.ts';

describe('deriveKeyring', () => {
  it('names what it got instead of a secret: nothing, or its type', () => {
    expect(() => deriveKeyring(undefined)).toThrow(/got nothing; make one with/);
    expect(() => deriveKeyring(42)).toThrow(/got number; make one with/);
    expect(() => deriveKeyring([null])).toThrow(/got object; make one with/);
  });

  it('accepts a secret of exactly 32 bytes, refuses one of 31', async () => {
    const keyring = await deriveKeyring('x'.repeat(32));
    expect(keyring).toHaveLength(1);
    expect(() => deriveKeyring('x'.repeat(31))).toThrow(/secret is 31 bytes, it needs at least 32/);
  });
});
