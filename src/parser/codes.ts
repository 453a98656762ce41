// Character codes the line scanners compare against (charCodeAt), shared by every stage that
// reads the text by offset instead of through regular expressions. The hot scanners (source.ts,
// tokens.ts) copy them into module-local consts: see there why.

export const SPACE = 0x20;
export const TAB = 0x09;
export const DOT = 0x2e;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const PLUS = 0x2b;
/** Byte-order mark, dropped from the start of a text. */
export const BOM = 0xfeff;

/** A tab advances the indentation to the next multiple of this. */
export const TAB_WIDTH = 4;
