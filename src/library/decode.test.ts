// Windows-1252 is tested in the browser (e2e/import.spec.ts): Node's TextDecoder differs there.

import { describe, expect, it } from 'vitest';
import { decodeBytes, looksClean } from './decode';

const text = 'Sergueï « Lavrov » — 22 janvier 2022 09: 32\nQu’aurait-il fallu faire\u00a0?';
const utf8 = new TextEncoder().encode(text);

function utf16(value: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + value.length * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < value.length; i++, at += 2)
    view.setUint16(at, value.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8)).toEqual({
      text,
      encoding: 'utf-8',
      detectedBy: 'valid-utf-8',
      clean: true,
    });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeBytes(withBom)).toMatchObject({ text, encoding: 'utf-8', detectedBy: 'bom' });
  });

  it.each([
    [true, 'utf-16le'],
    [false, 'utf-16be'],
  ] as const)('reads UTF-16 with a BOM (little-endian: %s)', (littleEndian, encoding) => {
    expect(decodeBytes(utf16(text, littleEndian, true))).toMatchObject({
      text,
      encoding,
      detectedBy: 'bom',
      clean: true,
    });
  });

  it.each([
    [true, 'utf-16le'],
    [false, 'utf-16be'],
  ] as const)(
    'recognises BOM-less UTF-16 by its NUL bytes (little-endian: %s)',
    (littleEndian, encoding) => {
      const latin =
        'Le ministre russe a annoncé diplomatiquement qu’un échange de vues avait eu lieu.';
      expect(decodeBytes(utf16(latin, littleEndian, false))).toMatchObject({
        text: latin,
        encoding,
        detectedBy: 'nul-pattern',
      });
    },
  );

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "café" in Latin-1: 0xE9 alone is invalid UTF-8.
    const decoded = decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.detectedBy).toBe('fallback');
  });

  it('follows the reader’s choice and says whether it decodes cleanly', () => {
    const decoded = decodeBytes(utf8, 'utf-16le');
    expect(decoded.detectedBy).toBe('reader');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decodeBytes(utf8, 'utf-8')).toMatchObject({ text, clean: true });
  });

  it('calls text with replacement characters or C1 controls unclean', () => {
    expect(looksClean('plain « texte »')).toBe(true);
    expect(looksClean('caf\ufffd')).toBe(false);
    expect(looksClean('caf\u0082')).toBe(false);
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({
      text: '',
      encoding: 'utf-8',
      clean: true,
    });
  });
});
