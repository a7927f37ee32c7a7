import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from '../../src/token/base64url.ts';

const hex = (bytes: Uint8Array | undefined) => bytes && Buffer.from(bytes).toString('hex');
/** Byte strings whose base64url has no padding: a multiple of 3 bytes. */
const wholeGroups = fc
  .integer({ min: 0, max: 30 })
  .chain((groups) => fc.uint8Array({ minLength: groups * 3, maxLength: groups * 3 }));

describe('decodeBase64Url', () => {
  it('decodes what node encodes, for any bytes in whole groups', () => {
    fc.assert(
      fc.property(wholeGroups, (bytes) => {
        expect(hex(decodeBase64Url(Buffer.from(bytes).toString('base64url')))).toBe(hex(bytes));
      }),
    );
  });

  it('refuses any character outside the base64url alphabet, wherever it is', () => {
    const valid = 'AAECAwQFBgcICQoL';
    for (const bad of ['+', '/', '=', ' ', '.', '\u0000', '\u00e9', '\u0660', '\ud83d', '\u0300']) {
      for (let i = 0; i < valid.length; i++) {
        const text = `${valid.slice(0, i)}${bad}${valid.slice(i + 1)}`;
        expect(decodeBase64Url(text)).toBeUndefined();
      }
    }
  });

  it('accepts every character of the alphabet at every position of a group', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const char of alphabet) {
      const text = char.repeat(4);
      expect(hex(decodeBase64Url(text))).toBe(hex(Buffer.from(text, 'base64url')));
    }
  });
});
