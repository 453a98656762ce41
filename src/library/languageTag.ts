// Language tags as Fil reads them from files: one canonical form, so that the same language is
// one value whether a file says 'FR-ca' or 'fr-CA'.

/**
 * A language tag in its canonical BCP 47 form ('fr', 'pt-BR'; 'EN-gb' becomes 'en-GB'), by
 * Intl.getCanonicalLocales (ECMA-402, which follows RFC 5646 and UTS #35's canonicalization),
 * or null when `tag` is not a well-formed tag (the RangeError it throws). Its results go into
 * `lang` attributes, where anything else would mislead a screen reader's choice of voice (or
 * inject a value); a hand-edited file may say anything there.
 */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    // RangeError: not a well-formed language tag.
    return null;
  }
}
