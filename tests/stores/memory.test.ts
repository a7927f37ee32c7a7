import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/stores/memory.ts';
import { fixedClock } from '../helpers.ts';

describe('memoryStore', () => {
  it('says true the first time, false after', () => {
    const store = memoryStore();
    expect(store.consume('a', Date.now() + 60_000)).toBe(true);
    expect(store.consume('a', Date.now() + 60_000)).toBe(false);
    expect(store.consume('b', Date.now() + 60_000)).toBe(true);
  });

  it('forgets an entry once it expires', () => {
    const clock = fixedClock();
    const store = memoryStore({ now: clock.now });
    expect(store.consume('a', clock.now() + 1_000)).toBe(true);
    clock.advance(999);
    expect(store.consume('a', clock.now() + 1_000)).toBe(false);
    clock.advance(1);
    expect(store.consume('a', clock.now() + 1_000)).toBe(true);
  });

  it('when full of live entries it refuses (fail closed) instead of evicting one', () => {
    const clock = fixedClock();
    const store = memoryStore({ capacity: 3, now: clock.now });
    for (const id of ['a', 'b', 'c']) expect(store.consume(id, clock.now() + 10_000)).toBe(true);
    expect(() => store.consume('d', clock.now() + 10_000)).toThrow(/full \(3 unexpired tokens\)/);
    // The live entries are still remembered.
    for (const id of ['a', 'b', 'c']) expect(store.consume(id, clock.now() + 10_000)).toBe(false);
  });

  it('makes room as entries expire, in any order of expiry', () => {
    const clock = fixedClock();
    const store = memoryStore({ capacity: 3, now: clock.now });
    store.consume('long', clock.now() + 50_000);
    store.consume('short', clock.now() + 1_000);
    store.consume('medium', clock.now() + 5_000);
    clock.advance(1_000);
    expect(store.consume('d', clock.now() + 50_000)).toBe(true);
    expect(() => store.consume('e', clock.now() + 50_000)).toThrow(/full/);
    clock.advance(4_000);
    expect(store.consume('e', clock.now() + 50_000)).toBe(true);
    expect(store.consume('long', clock.now() + 50_000)).toBe(false);
  });

  it('stays bounded under a long stream of tokens', () => {
    const clock = fixedClock();
    const store = memoryStore({ capacity: 100, now: clock.now });
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      clock.advance(10);
      if (store.consume(`id-${i}`, clock.now() + 1_000)) accepted++;
    }
    expect(accepted).toBe(20_000);
  });

  it('refuses a bad capacity or clock at construction', () => {
    expect(() => memoryStore({ capacity: 0 })).toThrow(RangeError);
    expect(() => memoryStore({ capacity: 1.5 })).toThrow(RangeError);
    expect(() => memoryStore({ now: 'soon' as unknown as () => number })).toThrow(TypeError);
  });
});
