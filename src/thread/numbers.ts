// Numbers as the reader reads them, shared by the thread's own labels (the overview rail's
// announcements) and the pages (src/components/formatting.ts re-exports them).

/** 100000 → '100,000'. */
export function count(value: number): string {
  return value.toLocaleString('en');
}

/** The score as the reader shows it: +7, −12 (a real minus sign), 0; thousands grouped. */
export function displayScore(score: number): string {
  if (score > 0) return `+${count(score)}`;
  if (score < 0) return `\u2212${count(Math.abs(score))}`;
  return '0';
}
