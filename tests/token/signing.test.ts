import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaptcha } from '../../src/captcha.ts';
import { type Locale, localeId } from '../../src/language/locales.ts';
import { decodeToken } from '../../src/token/format.ts';
import { deriveKeyring } from '../../src/token/keys.ts';
import { signToken } from '../../src/token/signing.ts';
import { SECRET } from '../helpers.ts';
import vectorFile from './vectors.json' with { type: 'json' };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('token format v1 test vectors', () => {
  it.each(vectorFile.vectors)(
    'signs $locale, scope "$scope", answer $answer to the committed token',
    async (v) => {
      const [keys] = await deriveKeyring(v.secret);
      expect(keys?.id).toBe(v.keyId);
      const claims = {
        keyId: v.keyId,
        locale: v.locale as Locale,
        issuedAt: v.issuedAt,
        expiresAt: v.expiresAt,
        nonce: Buffer.from(v.nonce, 'hex'),
      };
      expect(localeId(claims.locale)).toBe(v.localeId);
      expect(await signToken(claims, v.answer, keys as NonNullable<typeof keys>, v.scope)).toBe(
        v.token,
      );
    },
  );

  it.each(vectorFile.vectors)(
    'decodes the committed $locale token and accepts its answer',
    async (v) => {
      const decoded = decodeToken(v.token);
      expect(decoded).toMatchObject({
        keyId: v.keyId,
        locale: v.locale,
        issuedAt: v.issuedAt,
        expiresAt: v.expiresAt,
      });
      expect(Buffer.from(decoded?.nonce ?? []).toString('hex')).toBe(v.nonce);
      const captcha = createCaptcha({ secret: v.secret, now: () => v.issuedAt + 5_000 });
      expect(await captcha.verify(v.token, String(v.answer + 1), { scope: v.scope })).toEqual({
        ok: false,
        reason: 'wrong-answer',
      });
      const fresh = createCaptcha({ secret: v.secret, now: () => v.issuedAt + 5_000 });
      expect(await fresh.verify(v.token, String(v.answer), { scope: v.scope })).toEqual({
        ok: true,
      });
    },
  );
});

describe('tampering', () => {
  const vector = vectorFile.vectors[1] as (typeof vectorFile.vectors)[number];
  const at = () => vector.issuedAt + 5_000;

  it('every changed character of a token is refused, and the store is never touched', async () => {
    let consumed = 0;
    const captcha = createCaptcha({
      secret: vector.secret,
      now: at,
      store: { consume: () => ++consumed > 0 },
    });
    const outcomes = new Map<string, number>();
    for (let i = 0; i < vector.token.length; i++) {
      for (const char of ALPHABET) {
        if (char === vector.token[i]) continue;
        const tampered = vector.token.slice(0, i) + char + vector.token.slice(i + 1);
        const result = await captcha.verify(tampered, String(vector.answer), {
          scope: vector.scope,
        });
        const reason = result.ok ? 'ok' : result.reason;
        outcomes.set(reason, (outcomes.get(reason) ?? 0) + 1);
      }
    }
    expect(outcomes.get('ok')).toBeUndefined();
    expect([...outcomes.keys()].sort()).toEqual(['bad-signature', 'malformed']);
    expect(consumed).toBe(0);
    expect(
      await captcha.verify(vector.token, String(vector.answer), { scope: vector.scope }),
    ).toEqual({ ok: true });
  });

  it('no random string of the right shape is accepted, and none throws', async () => {
    const captcha = createCaptcha({ secret: SECRET, store: false });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 84, maxLength: 84 }),
        fc.string(),
        async (token, answer) => {
          const result = await captcha.verify(token, answer);
          expect(result.ok).toBe(false);
          expect(['malformed', 'bad-signature']).toContain(result.ok ? 'ok' : result.reason);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
