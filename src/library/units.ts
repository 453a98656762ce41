// Sizes as the import panel and its messages give them, in the interface language.

import { i18n } from '@lingui/core';

/**
 * A size in bytes as megabytes of 1,048,576 bytes, one decimal at most, in the interface
 * language: '100 MB', '1.5 MB'; '100 Mo', '1,5 Mo' in French; '100 MB', '1,5 MB' in Italian.
 */
export function formatMegabytes(bytes: number): string {
  return i18n.number(bytes / (1024 * 1024), {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
}
