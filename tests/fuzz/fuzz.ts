/**
 * The fuzzing set-up (issue 10, "Prove it"): hostile values and run settings shared by the
 * property tests of this folder.
 *
 * - In `npm test` each property runs a fixed-seed slice (`SLICE_RUNS`, seconds in all), so a
 *   failure is repeatable.
 * - `npm run fuzz` sets `CALCHA_FUZZ_RUNS` (and optionally `CALCHA_FUZZ_SEED`,
 *   `CALCHA_FUZZ_SECONDS`): many more runs from a fresh seed, each property stopped after
 *   `CALCHA_FUZZ_SECONDS` (default 60) so the run is bounded. fast-check prints the seed and the
 *   path of a failure to replay it.
 */
import fc from 'fast-check';

const SLICE_RUNS = 60;
const SLICE_SEED = 20_261_130;
const LONG = process.env.CALCHA_FUZZ_RUNS !== undefined;
const SECONDS = Number(process.env.CALCHA_FUZZ_SECONDS ?? 60);

/** fast-check's parameters for one property; `weight` scales the run count of costly ones. */
export function runs(weight = 1): fc.Parameters<unknown> {
  if (!LONG) return { numRuns: Math.max(5, Math.round(SLICE_RUNS * weight)), seed: SLICE_SEED };
  const seed = process.env.CALCHA_FUZZ_SEED;
  return {
    numRuns: Math.round(Number(process.env.CALCHA_FUZZ_RUNS) * weight),
    ...(seed === undefined ? {} : { seed: Number(seed) }),
    interruptAfterTimeLimit: SECONDS * 1000,
    markInterruptAsFailure: false,
  };
}

/** The vitest timeout of one property test: the slice's default, or the long run's bound. */
export const TIMEOUT = LONG ? (SECONDS + 60) * 1000 : 30_000;

/** A Proxy whose every trap throws, or a revoked one (on which every operation throws). */
function hostileProxy(kind: number): object {
  const boom = () => {
    throw new Error('trap');
  };
  if (kind === 0) {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  const traps: ProxyHandler<object> = {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    set: boom,
    defineProperty: boom,
    apply: boom,
  };
  return new Proxy(kind === 1 ? {} : kind === 2 ? [] : () => {}, traps);
}

/** An object whose conversions throw (toString, valueOf, Symbol.toPrimitive, toJSON). */
function throwingObject(): object {
  const boom = () => {
    throw new Error('conversion');
  };
  return { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom, toJSON: boom };
}

/** Huge inputs, built once: a megabyte of text, of NULs, of a token's alphabet, a big array. */
const HUGE: unknown[] = [
  'x'.repeat(1_000_000),
  '\u0000'.repeat(100_000),
  'A'.repeat(1_000_000),
  `${'9'.repeat(100_000)}`,
  new Uint8Array(1_000_000),
  Array.from({ length: 100_000 }, (_, i) => i),
];

/** The characters of a base64url token. */
const TOKEN_CHARS = /^[A-Za-z0-9_-]{80,88}$/;

/**
 * One hostile input. Proxies and throwing objects are built only when a test asks for the
 * value: fast-check itself inspects what it generates (and would trip over them).
 */
export class Input {
  constructor(
    private readonly label: string,
    readonly value: () => unknown,
  ) {}
  toString(): string {
    return this.label;
  }
}

export const plain = (arbitrary: fc.Arbitrary<unknown>) =>
  arbitrary.map((v) => new Input(describe(v), () => v));
const built = (label: string, make: () => unknown) => fc.constant(new Input(label, make));

function describe(value: unknown): string {
  if (typeof value === 'string' && value.length > 80) return `string(${value.length})`;
  if (value instanceof Uint8Array && value.length > 80) return `bytes(${value.length})`;
  if (Array.isArray(value) && value.length > 80) return `array(${value.length})`;
  try {
    return fc.stringify(value);
  } catch {
    return typeof value;
  }
}

/** Any value a caller could pass where a reader's input goes: junk of every type and size. */
export const hostile: fc.Arbitrary<Input> = fc.oneof(
  plain(
    fc.anything({
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withMap: true,
      withSet: true,
    }),
  ),
  plain(fc.string({ unit: 'binary' })),
  plain(fc.string({ unit: 'grapheme', maxLength: 200 })),
  plain(fc.stringMatching(TOKEN_CHARS)),
  plain(fc.uint8Array({ maxLength: 200 })),
  plain(fc.double()),
  plain(fc.integer()),
  plain(
    fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 2 ** 53, null, undefined, true, ''),
  ),
  plain(fc.constant(Symbol('calcha'))),
  built('revoked proxy', () => hostileProxy(0)),
  built('proxy whose traps throw', () => hostileProxy(1)),
  built('array proxy whose traps throw', () => hostileProxy(2)),
  built('function proxy whose traps throw', () => hostileProxy(3)),
  built('object whose conversions throw', throwingObject),
  built('Object.create(null)', () => Object.create(null)),
  plain(fc.constantFrom(...HUGE)),
);
