/**
 * The lifetime rule, stated once: how long a replay store remembers a used token.
 *
 * A verifier accepts a token until `expiresAt + clockSkew` on its own clock,
 * and servers' clocks may differ by up to `clockSkew`. A store counts time on
 * the clock of the server that consumed the token (Redis turns it into a
 * key's TTL there). When that clock is `clockSkew` ahead of another server's,
 * the other server still accepts the token until what the consuming server
 * reads as `expiresAt + 2 × clockSkew`. So every store remembers an id up to
 * and including that millisecond of the consuming server's clock, and forgets
 * it only after. With one clock (memoryStore) this covers the last accepted
 * millisecond, `expiresAt + clockSkew`, with room to spare.
 */

/**
 * The last millisecond, on the consuming server's clock, at which a store must
 * still remember a token that expires at `expiresAt` (epoch ms): any verifier
 * whose clock is within `clockSkew` could accept it until then.
 */
export function rememberUntil(expiresAt: number, clockSkew: number): number {
  return expiresAt + 2 * clockSkew;
}
