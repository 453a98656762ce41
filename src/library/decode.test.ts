// Windows-1252 is tested in the browser (e2e/import.spec.ts): Node's TextDecoder differs there.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, looksClean, utf8Evidence } from './decode';

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

  // UTF-8 with a few bad bytes once fell back to Windows-1252 whole: every accented letter came
  // out as two characters ("SergueÃ¯") and the import called it clean.
  it('reads UTF-8 with one Latin-1 byte pasted in as UTF-8, the byte replaced, and not clean', () => {
    const at = utf8.indexOf(0x20); // after "Sergueï"
    const pasted = new Uint8Array([...utf8.slice(0, at), 0xe9, ...utf8.slice(at)]);
    expect(decodeBytes(pasted)).toEqual({
      text: `${text.slice(0, 7)}\ufffd${text.slice(7)}`,
      encoding: 'utf-8',
      detectedBy: 'mostly-utf-8',
      clean: false,
    });
  });

  it.each([
    ['a two-byte character', 'é', 1],
    ['a three-byte character', '’', 2],
    ['a four-byte character', '😀', 3],
  ])('reads UTF-8 cut inside %s as UTF-8 ending in one replacement', (_, last, kept) => {
    const whole = new TextEncoder().encode(`${text}${last}`);
    const cut = whole.slice(0, whole.length - new TextEncoder().encode(last).length + kept);
    expect(decodeBytes(cut)).toEqual({
      text: `${text}\ufffd`,
      encoding: 'utf-8',
      detectedBy: 'mostly-utf-8',
      clean: false,
    });
  });

  it('still reads Western text as Windows-1252 when one pair of its bytes happens to form UTF-8', () => {
    // "É»" (0xC9 0xBB) is a well-formed sequence; the other accented letters are strays.
    const bytes = new Uint8Array([
      ...[0x45, 0x54, 0xc9, 0xbb, 0x20], // "ETÉ» "
      ...[0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0x61, 0x20, 0x63, 0xf4, 0x74, 0xe9],
    ]);
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'windows-1252', detectedBy: 'fallback' });
  });

  it('reads UTF-8 with one bad byte between its characters as UTF-8 when two are beyond ASCII', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.stringMatching(/^[ -~]{0,6}$/),
            fc.constantFrom('é', 'à', '’', '«', 'ï', 'Ж', '中', '😀'),
          ),
          { minLength: 2, maxLength: 40 },
        ),
        fc.nat(),
        (pieces, place) => {
          const chunks = pieces.flat().map((piece) => encoder.encode(piece));
          // A Latin-1 "é" between two pieces: a stray, since no piece starts with a continuation.
          const at = place % (chunks.length + 1);
          const bytes = [...chunks.slice(0, at), new Uint8Array([0xe9]), ...chunks.slice(at)];
          const decoded = decodeBytes(new Uint8Array(bytes.flatMap((chunk) => [...chunk])));
          expect(decoded).toMatchObject({ encoding: 'utf-8', clean: false });
          expect(decoded.text.replace('\ufffd', '')).toBe(pieces.flat().join(''));
        },
      ),
    );
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

  it('counts only well-formed UTF-8 sequences (Unicode table 3-7) as evidence', () => {
    const count = (...bytes: number[]) => utf8Evidence(new Uint8Array(bytes));
    expect(count(0xc3, 0xa9, 0xe2, 0x80, 0x99, 0xf0, 0x9f, 0x98, 0x80)).toEqual({
      sequences: 3,
      strays: 0,
    });
    expect(count(0xc0, 0x80)).toEqual({ sequences: 0, strays: 2 }); // overlong
    expect(count(0xe0, 0x80, 0x80)).toEqual({ sequences: 0, strays: 3 }); // overlong
    expect(count(0xed, 0xa0, 0x80)).toEqual({ sequences: 0, strays: 3 }); // a surrogate
    expect(count(0xf4, 0x90, 0x80, 0x80)).toEqual({ sequences: 0, strays: 4 }); // past U+10FFFF
    expect(count(0xe9, 0x20, 0x41)).toEqual({ sequences: 0, strays: 1 });
    expect(count(0xc3)).toEqual({ sequences: 0, strays: 1 }); // cut
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({
      text: '',
      encoding: 'utf-8',
      clean: true,
    });
  });
});
