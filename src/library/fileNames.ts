// The names of the files Fil writes for the reader to keep (exports, backups).

/**
 * `fil-<what>-2024-05-01.<extension>` ('fil-backup-2024-05-01.zip'), dated by `now` in the
 * reader's time zone: the files of one day sort together, in the reader's own calendar.
 */
export function datedFileName(what: string, extension: string, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `fil-${what}-${day}.${extension}`;
}
