import type { ReactNode } from 'react';

type MarkedProps = {
  readonly text: string;
  /** Start offsets of the matches in text. */
  readonly at: readonly number[] | undefined;
  /** Length of each match, in UTF-16 code units. */
  readonly length: number;
  /** Number of the first of these matches among the comment's. */
  readonly first: number;
  /** Number of the current match among the comment's; -1 when it is elsewhere. */
  readonly current: number;
};

/** Text with its search matches marked; the current match stands out and can be scrolled to. */
export function Marked({ text, at, length, first, current }: MarkedProps): ReactNode {
  if (!at?.length) return text;
  const parts: ReactNode[] = [];
  let from = 0;
  at.forEach((start, k) => {
    const isCurrent = first + k === current;
    parts.push(
      text.slice(from, start),
      <mark
        key={k}
        data-current-match={isCurrent || undefined}
        className={`rounded-sm text-slate-950 ${isCurrent ? 'bg-orange-300 outline-2 outline-orange-600' : 'bg-yellow-200'}`}
      >
        {text.slice(start, start + length)}
      </mark>,
    );
    from = start + length;
  });
  parts.push(text.slice(from));
  return parts;
}
