// Bytes → text. Saved pages come as UTF-8 (with or without BOM), UTF-16 with a BOM, or in the
// legacy Western encodings of old browsers (Windows-1252, ISO-8859-1). Detection is by BOM,
// then a strict UTF-8 decode, then the NUL pattern of BOM-less UTF-16, then UTF-8 with a few
// bad bytes (a file cut inside a character, one Latin-1 byte pasted in), then Windows-1252; the
// reader can override it when a file does not decode cleanly.

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type DecodedText = {
  readonly text: string;
  readonly encoding: Encoding;
  /** How the encoding was chosen. */
  readonly detectedBy:
    'bom' | 'valid-utf-8' | 'nul-pattern' | 'mostly-utf-8' | 'fallback' | 'reader';
  /** False when the text holds replacement characters or C1 controls: worth another encoding. */
  readonly clean: boolean;
};

export function isEncoding(value: string): value is Encoding {
  return (ENCODINGS as readonly string[]).includes(value);
}

function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** BOM-less UTF-16 of mostly Latin text has a NUL in every other byte. */
function utf16ByNulPattern(bytes: Uint8Array): Encoding | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.3 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.3 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * How much of `bytes` reads as UTF-8: `sequences`, the well-formed sequences of two to four bytes
 * (Unicode 15, table 3-7), and `strays`, the other bytes above 0x7F. Western text in
 * Windows-1252 almost never forms a sequence (an accented capital followed by a symbol such as
 * "»"), while UTF-8 text forms one per accented letter: more sequences than strays is UTF-8 with
 * a few bad bytes, not Windows-1252.
 */
export function utf8Evidence(bytes: Uint8Array): { sequences: number; strays: number } {
  let sequences = 0;
  let strays = 0;
  const continues = (at: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at];
    return byte !== undefined && byte >= low && byte <= high;
  };
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at++;
      continue;
    }
    // The second byte's range depends on the lead (no overlong forms, no surrogates, ≤ U+10FFFF).
    let length = 0;
    if (lead >= 0xc2 && lead <= 0xdf) length = continues(at + 1) ? 2 : 0;
    else if (lead >= 0xe0 && lead <= 0xef) {
      const low = lead === 0xe0 ? 0xa0 : 0x80;
      const high = lead === 0xed ? 0x9f : 0xbf;
      length = continues(at + 1, low, high) && continues(at + 2) ? 3 : 0;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      const low = lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xf4 ? 0x8f : 0xbf;
      length = continues(at + 1, low, high) && continues(at + 2) && continues(at + 3) ? 4 : 0;
    }
    if (length === 0) {
      strays++;
      at++;
    } else {
      sequences++;
      at += length;
    }
  }
  return { sequences, strays };
}

/** Replacement characters, or C1 controls (what Latin text decoded with the wrong table shows). */
export function looksClean(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || (code >= 0x80 && code <= 0x9f)) return false;
  }
  return true;
}

function decodeWith(encoding: Encoding, bytes: Uint8Array, fatal = false): string {
  // TextDecoder drops a matching BOM itself (ignoreBOM defaults to false).
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/**
 * Decodes a file's bytes to text: with `override` when the reader chose an encoding, otherwise
 * by the detection above; a BOM of that encoding is dropped. Bytes that do not fit the encoding
 * become U+FFFD and make `clean` false. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, override: Encoding | null = null): DecodedText {
  if (override !== null) {
    const text = decodeWith(override, bytes);
    return { text, encoding: override, detectedBy: 'reader', clean: looksClean(text) };
  }
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeWith(bom.encoding, bytes);
    return { text, encoding: bom.encoding, detectedBy: 'bom', clean: looksClean(text) };
  }
  try {
    const text = decodeWith('utf-8', bytes, true);
    return { text, encoding: 'utf-8', detectedBy: 'valid-utf-8', clean: looksClean(text) };
  } catch {
    // Not UTF-8: one of the other encodings.
  }
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) {
    const text = decodeWith(utf16, bytes);
    return { text, encoding: utf16, detectedBy: 'nul-pattern', clean: looksClean(text) };
  }
  // Read as Windows-1252, UTF-8 with one bad byte turned every accented letter into two
  // characters ("SergueÃ¯") that looked clean; as UTF-8 it loses only the bad bytes, and says so.
  const { sequences, strays } = utf8Evidence(bytes);
  if (sequences > strays) {
    const text = decodeWith('utf-8', bytes);
    return { text, encoding: 'utf-8', detectedBy: 'mostly-utf-8', clean: false };
  }
  const text = decodeWith('windows-1252', bytes);
  return { text, encoding: 'windows-1252', detectedBy: 'fallback', clean: looksClean(text) };
}
