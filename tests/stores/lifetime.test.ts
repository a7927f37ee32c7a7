import { describe, expect, it } from 'vitest';
import { rememberUntil } from '../../src/stores/lifetime.ts';

describe('the lifetime rule', () => {
  it('remembers until expiry plus twice clockSkew, to the millisecond', () => {
    expect(rememberUntil(1_800_000_060_000, 30_000)).toBe(1_800_000_120_000);
    expect(rememberUntil(1_800_000_060_000, 0)).toBe(1_800_000_060_000);
  });

  it('covers every server: one whose clock is clockSkew behind the consumer still accepts until then', () => {
    const expiresAt = 1_800_000_060_000;
    const clockSkew = 5_000;
    // The consuming server's clock is ahead by clockSkew; the other server accepts while its own
    // clock reads ≤ expiresAt + clockSkew, which the consumer reads as 2 × clockSkew later.
    const lastAcceptedElsewhere = expiresAt + clockSkew + clockSkew;
    expect(rememberUntil(expiresAt, clockSkew)).toBeGreaterThanOrEqual(lastAcceptedElsewhere);
  });
});
