import { describe, expect, it } from 'vitest';
import { isCalchaError } from '../../src/errors.ts';
import { memoryStore } from '../../src/stores/memory.ts';
import { fixedClock } from '../helpers.ts';

describe('memoryStore', () => {
  it('says true the first time, false after', () => {
    const store = memoryStore();
    expect(store.consume('a', Date.now() + 60_000)).toBe(true);
    expect(store.consume('a', Date.now() + 60_000)).toBe(false);
    expect(store.consume('b', Date.now() + 60_000)).toBe(true);
  });

  it('remembers an id through the last millisecond it is given, and forgets it within the second after', () => {
    const clock = fixedClock(1_800_000_000_000);
    const store = memoryStore({ now: clock.now });
    const until = clock.now() + 1_500;
    expect(store.consume('a', until)).toBe(true);
    clock.set(until);
    expect(store.consume('a', until)).toBe(false);
    clock.set(until + 499);
    expect(store.consume('a', until)).toBe(false);
    clock.set(until + 500);
    expect(store.consume('a', until)).toBe(true);
  });

  it('an id given a time already past is still remembered for the rest of the second', () => {
    const clock = fixedClock(1_800_000_000_000);
    const store = memoryStore({ now: clock.now });
    expect(store.consume('late', clock.now() - 5_000)).toBe(true);
    clock.advance(999);
    expect(store.consume('late', clock.now() - 5_000)).toBe(false);
    expect(store.consume('nan', Number.NaN)).toBe(true);
    expect(store.consume('nan', Number.NaN)).toBe(false);
    clock.advance(1);
    expect(store.consume('late', clock.now() - 5_000)).toBe(true);
    expect(store.consume('nan', Number.NaN)).toBe(true);
  });

  it('when full of live entries it refuses (fail closed) instead of evicting one, with one coded error', () => {
    const clock = fixedClock();
    const store = memoryStore({ capacity: 3, now: clock.now });
    for (const id of ['a', 'b', 'c']) expect(store.consume(id, clock.now() + 10_000)).toBe(true);
    const refusal = () => {
      try {
        store.consume('d', clock.now() + 10_000);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const first = refusal();
    expect(isCalchaError(first, 'ERR_CALCHA_STORE_FULL')).toBe(true);
    expect(String(first)).toMatch(/full \(3 unexpired tokens\)/);
    // Refusing costs no new Error: the same one each time.
    expect(refusal()).toBe(first);
    // The live entries are still remembered; a known id is still told apart from a new one.
    for (const id of ['a', 'b', 'c']) expect(store.consume(id, clock.now() + 10_000)).toBe(false);
  });

  it('makes room as entries expire, in any order of expiry', () => {
    const clock = fixedClock(1_800_000_000_000);
    const store = memoryStore({ capacity: 3, now: clock.now });
    store.consume('long', clock.now() + 50_000);
    store.consume('short', clock.now() + 1_000);
    store.consume('medium', clock.now() + 5_000);
    clock.advance(2_000);
    expect(store.consume('d', clock.now() + 50_000)).toBe(true);
    expect(() => store.consume('e', clock.now() + 50_000)).toThrow(/full/);
    clock.advance(4_000);
    expect(store.consume('e', clock.now() + 50_000)).toBe(true);
    expect(store.consume('long', clock.now() + 50_000)).toBe(false);
    // 'short' was forgotten: it is a new id now, refused because the store is full.
    expect(() => store.consume('short', clock.now() + 50_000)).toThrow(/full/);
  });

  it('after a long idle time forgets everything at once and keeps working', () => {
    const clock = fixedClock(1_800_000_000_000);
    const store = memoryStore({ capacity: 2, now: clock.now });
    store.consume('a', clock.now() + 1_000);
    store.consume('b', clock.now() + 3_000);
    clock.advance(7 * 24 * 3_600_000);
    expect(store.consume('a', clock.now() + 1_000)).toBe(true);
    expect(store.consume('b', clock.now() + 1_000)).toBe(true);
    expect(() => store.consume('c', clock.now() + 1_000)).toThrow(/full/);
  });

  it('stays bounded under a long stream of tokens', () => {
    const clock = fixedClock();
    const store = memoryStore({ capacity: 200, now: clock.now });
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      clock.advance(10);
      if (store.consume(`id-${i}`, clock.now() + 1_000)) accepted++;
    }
    expect(accepted).toBe(20_000);
  });

  it('refuses a bad capacity or clock at construction, naming the option', () => {
    expect(() => memoryStore({ capacity: 0 })).toThrow(RangeError);
    expect(() => memoryStore({ capacity: 1.5 })).toThrow(
      'memoryStore capacity must be a whole number ≥ 1, got 1.5.',
    );
    expect(() => memoryStore({ now: 'soon' as unknown as () => number })).toThrow(TypeError);
    expect(() => memoryStore({ now: 'soon' as unknown as () => number })).toThrow(
      /memoryStore `now` must be a function/,
    );
  });

  it('an id remembered for a short time does not cut short one remembered longer before it', () => {
    const clock = fixedClock(1_800_000_000_000);
    const store = memoryStore({ now: clock.now });
    expect(store.consume('long', clock.now() + 50_000)).toBe(true);
    expect(store.consume('short', clock.now() + 1_000)).toBe(true);
    clock.advance(2_000);
    expect(store.consume('short', clock.now() + 1_000)).toBe(true);
    expect(store.consume('long', clock.now() + 50_000)).toBe(false);
  });

  it('an id given NaN is forgotten after its second even while a longer-lived id is remembered', () => {
    const clock = fixedClock(1_800_000_000_000);
    const store = memoryStore({ now: clock.now });
    expect(store.consume('long', clock.now() + 50_000)).toBe(true);
    expect(store.consume('nan', Number.NaN)).toBe(true);
    clock.advance(1_000);
    expect(store.consume('nan', Number.NaN)).toBe(true);
    expect(store.consume('long', clock.now() + 50_000)).toBe(false);
  });
});
