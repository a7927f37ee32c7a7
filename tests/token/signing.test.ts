import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaptcha } from '../../src/captcha.ts';
import { type Locale, localeId } from '../../src/language/locales.ts';
import { LAYOUT } from '../../src/token/format.ts';
import { deriveKeyring, type Keys } from '../../src/token/keys.ts';
import { openToken, readToken, signToken } from '../../src/token/signing.ts';
import { decodeTokenV1, signTokenV1 } from '../../src/token/v1.ts';
import { SECRET } from '../helpers.ts';
import v1File from './vectors.json' with { type: 'json' };
import v2File from './vectors-v2.json' with { type: 'json' };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
type Vector = (typeof v2File.vectors)[number];

const claimsOf = (v: Vector) => ({
  keyId: v.keyId,
  locale: v.locale as Locale,
  issuedAt: v.issuedAt,
  expiresAt: v.expiresAt,
  nonce: Buffer.from(v.nonce, 'hex'),
});

/** The scope as the MAC covers it in both versions: uint32 length ‖ UTF-8. */
const scopeBlock = (scope: string) => {
  const utf8 = Buffer.from(scope, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(utf8.length);
  return new Uint8Array(Buffer.concat([length, utf8]));
};

async function keysOf(v: Vector) {
  const [keys] = await deriveKeyring(v.secret);
  expect(keys?.id).toBe(v.keyId);
  return keys as NonNullable<typeof keys>;
}

describe.each([
  ['v2', v2File.vectors],
  ['v1', v1File.vectors],
])('token format %s test vectors', (version, vectors) => {
  it.each(vectors)(
    'signs $locale, scope "$scope", answer $answer to the committed token',
    async (v) => {
      const keys = await keysOf(v);
      expect(localeId(v.locale as Locale)).toBe(v.localeId);
      const token =
        version === 'v2'
          ? await signToken(claimsOf(v), v.answer, keys, v.scope)
          : await signTokenV1(claimsOf(v), v.answer, await keys.v1(), scopeBlock(v.scope));
      expect(token).toBe(v.token);
    },
  );

  it.each(vectors)('decodes the committed $locale token and accepts its answer', async (v) => {
    const decoded = readToken(v.token);
    expect(decoded).toMatchObject({
      version: version === 'v2' ? 2 : 1,
      keyId: v.keyId,
      locale: v.locale,
      issuedAt: v.issuedAt,
      expiresAt: v.expiresAt,
    });
    expect(Buffer.from(decoded?.nonce ?? []).toString('hex')).toBe(v.nonce);
    const now = () => v.issuedAt + 5_000;
    const captcha = createCaptcha({ secret: v.secret, now });
    expect(await captcha.verify(v.token, String(v.answer + 1), { scope: v.scope })).toEqual({
      ok: false,
      reason: 'wrong-answer',
    });
    const fresh = createCaptcha({ secret: v.secret, now });
    expect(await fresh.verify(v.token, String(v.answer), { scope: v.scope })).toEqual({
      ok: true,
    });
  });
});

describe('v2 issues, v1 still verifies', () => {
  it('generate issues v2 tokens only', async () => {
    const captcha = createCaptcha({ secret: SECRET });
    for (let i = 0; i < 20; i++) {
      expect(readToken((await captcha.generate()).token)?.version).toBe(2);
    }
  });

  it('an answer that does not fit the answer field is a programming error', async () => {
    const v = v2File.vectors[0] as Vector;
    const keys = await keysOf(v);
    for (const answer of [1_024, -1, 2 ** 32]) {
      expect(() => signToken(claimsOf(v), answer, keys, '')).toThrow(RangeError);
    }
    expect(() => signToken(claimsOf(v), 1_024, keys, '')).toThrow(
      'calcha: an answer must fit in 10 bits, got 1024.',
    );
  });

  it('an answer of 0 and one of 1023 fit, and open to themselves', async () => {
    const v = v2File.vectors[0] as Vector;
    const keys = await keysOf(v);
    for (const answer of [0, 1_023]) {
      const token = await signToken(claimsOf(v), answer, keys, v.scope);
      const decoded = readToken(token);
      const check = decoded && (await openToken(decoded, [keys], v.scope));
      expect([check?.(answer), check?.(answer ^ 1)]).toEqual([true, false]);
    }
  });

  it('a v1 token for the answer 0 refuses an answer that reads as no number', async () => {
    const v = v1File.vectors[1] as Vector;
    const keys = await keysOf(v);
    const token = await signTokenV1(claimsOf(v), 0, await keys.v1(), scopeBlock(v.scope));
    const now = () => v.issuedAt + 5_000;
    const verify = (answer: string) =>
      createCaptcha({ secret: v.secret, now }).verify(token, answer, { scope: v.scope });
    expect(await verify('banana')).toEqual({ ok: false, reason: 'wrong-answer' });
    expect(await verify('0')).toEqual({ ok: true });
  });

  it('two secrets with the same key id: a v1 token of the second still verifies', async () => {
    // Found by search: both derive key id 43, so both are tried for a token naming it.
    const secrets = [
      'collision test secret number 25, over thirty-two bytes',
      'collision test secret number 30, over thirty-two bytes',
    ];
    const [first, second] = (await deriveKeyring(secrets)) as [Keys, Keys];
    expect([first.id, second.id]).toEqual([43, 43]);
    const v = v1File.vectors[1] as Vector;
    const claims = { ...claimsOf(v), keyId: 43 };
    const token = await signTokenV1(claims, v.answer, await second.v1(), scopeBlock(v.scope));
    const captcha = createCaptcha({ secret: secrets, now: () => v.issuedAt + 5_000 });
    expect(await captcha.verify(token, String(v.answer), { scope: v.scope })).toEqual({ ok: true });
  });

  it('a v1-length string is malformed unless base64url, version 1 and a known locale', () => {
    const v = v1File.vectors[1] as Vector;
    expect(decodeTokenV1(v.token)?.version).toBe(1);
    const withByte = (index: number, value: number) => {
      const bytes = Buffer.from(v.token, 'base64url');
      bytes[index] = value;
      return bytes.toString('base64url');
    };
    for (const token of [
      withByte(0, 2),
      withByte(0, 0),
      withByte(2, 255),
      `${v.token.slice(0, 83)}.`,
      `${v.token.slice(0, 83)}=`,
      `+${v.token.slice(1)}`,
      // Standard base64's '+' and '/' would decode to the same 63 bytes: the pattern refuses them.
      `${v.token.slice(0, 40)}+${v.token.slice(41)}`,
      `${v.token.slice(0, 40)}/${v.token.slice(41)}`,
    ]) {
      expect(token).toHaveLength(84);
      expect(decodeTokenV1(token), token).toBeUndefined();
      expect(readToken(token), token).toBeUndefined();
    }
  });

  it('a v1 token is refused for another scope, after its expiry, and when replayed', async () => {
    const v = v1File.vectors[1] as Vector;
    let time = v.issuedAt + 5_000;
    const captcha = createCaptcha({ secret: v.secret, now: () => time });
    expect(await captcha.verify(v.token, String(v.answer), { scope: 'other' })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(await captcha.verify(v.token, String(v.answer), { scope: v.scope })).toEqual({
      ok: true,
    });
    expect(await captcha.verify(v.token, String(v.answer), { scope: v.scope })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    time = v.expiresAt + 30_001;
    expect(await captcha.verify(v.token, String(v.answer), { scope: v.scope })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
});

/** The characters of a v2 token that hold only the answer's 10 low bits (and 2 bits of the MAC). */
const ANSWER_LOW_CHARS = [45, 46];

describe('tampering', () => {
  const vector = v2File.vectors[1] as Vector;
  const at = () => vector.issuedAt + 5_000;

  it('the answer field holds the low 10 bits in characters 45–46', () => {
    // Bits 270..279 of the token are the answer's 10 low bits; 6 bits a character.
    expect(Math.floor((LAYOUT.answer.end * 8 - 10) / 6)).toBe(45);
    expect(Math.floor((LAYOUT.answer.end * 8 - 1) / 6)).toBe(46);
  });

  it.each([
    ['v2', v2File.vectors[1] as Vector],
    ['v1', v1File.vectors[1] as Vector],
  ])(
    '%s: no changed character is accepted; only the answer bits reach the store',
    async (version, v) => {
      const consumed: string[] = [];
      const captcha = createCaptcha({
        secret: v.secret,
        now: () => v.issuedAt + 5_000,
        store: { consume: (id) => consumed.push(id) > 0 },
      });
      const outcomes = new Map<string, number>();
      for (let i = 0; i < v.token.length; i++) {
        for (const char of ALPHABET) {
          if (char === v.token[i]) continue;
          const tampered = v.token.slice(0, i) + char + v.token.slice(i + 1);
          const result = await captcha.verify(tampered, String(v.answer), { scope: v.scope });
          const reason = result.ok ? 'ok' : result.reason;
          outcomes.set(reason, (outcomes.get(reason) ?? 0) + 1);
          if (reason === 'wrong-answer') expect(ANSWER_LOW_CHARS).toContain(i);
        }
      }
      expect(outcomes.get('ok')).toBeUndefined();
      const nonceKey = Buffer.from(v.nonce, 'hex').toString('base64url');
      if (version === 'v1') {
        expect([...outcomes.keys()].sort()).toEqual(['bad-signature', 'malformed']);
        expect(consumed).toEqual([]);
      } else {
        expect([...outcomes.keys()].sort()).toEqual(['bad-signature', 'malformed', 'wrong-answer']);
        // Each reached the store under the genuine nonce: one guess per token, whatever its bytes.
        expect(new Set(consumed)).toEqual(new Set([nonceKey]));
      }
    },
  );

  it('a flipped bit of the encrypted answer: above the answer, bad-signature; within it, a guess that burns the token', async () => {
    const captcha = createCaptcha({ secret: vector.secret, now: at });
    const bytes = Buffer.from(vector.token, 'base64url');
    const flipped = (bit: number) => {
      const copy = Buffer.from(bytes);
      const byte = LAYOUT.answer.end - 1 - (bit >> 3);
      copy[byte] = (copy[byte] as number) ^ (1 << (bit & 7));
      return copy.toString('base64url');
    };
    for (let bit = 10; bit < 32; bit++) {
      expect(
        await captcha.verify(flipped(bit), String(vector.answer), { scope: vector.scope }),
      ).toEqual({
        ok: false,
        reason: 'bad-signature',
      });
    }
    // Bit b turns the accepted answer into answer XOR 2^b: unknowable without the answer.
    expect(
      await captcha.verify(flipped(3), String(vector.answer ^ 8), { scope: vector.scope }),
    ).toEqual({ ok: true });
    // …and it used the token up: the genuine token is now a replay.
    expect(
      await captcha.verify(vector.token, String(vector.answer), { scope: vector.scope }),
    ).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('no random string of either length is accepted, and none throws', async () => {
    const captcha = createCaptcha({ secret: SECRET, store: false });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(68, 84),
        fc.infiniteStream(fc.constantFrom(...ALPHABET)),
        fc.string(),
        async (length, chars, answer) => {
          const token = [...chars.take(length)].join('');
          const result = await captcha.verify(token, answer);
          expect(result.ok).toBe(false);
          expect(['malformed', 'bad-signature']).toContain(result.ok ? 'ok' : result.reason);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
