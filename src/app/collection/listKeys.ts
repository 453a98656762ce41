// What a key does in the library's list, as data (the list carries it out): the focus moves
// between rows with the arrows, Home, End and the Page keys (one tab stop for the whole list);
// Space selects the focused row; Shift with a move or with Space extends the selection from the
// anchor; Ctrl+A (⌘A) selects every row shown; Escape clears the selection. Enter is left to
// the row's link, which opens the document.

export type ListCommand =
  /** Focus row `to`; with `extend`, give the rows from the anchor to it the anchor's state. */
  | { readonly kind: 'move'; readonly to: number; readonly extend: boolean }
  /** Toggle the focused row's selection; with `extend`, the range from the anchor to it. */
  | { readonly kind: 'toggle'; readonly extend: boolean }
  | { readonly kind: 'select-all' }
  | { readonly kind: 'clear' };

/** The parts of a keydown the list reads. */
export type ListKey = {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
};

/**
 * The command for `key` on row `at` (0-based) of `count` rows, `page` rows filling the screen;
 * null for a key the list leaves alone (the browser's, or the link's: Enter opens it). A move
 * past either end stays at the end.
 */
export function listCommand(
  key: ListKey,
  at: number,
  count: number,
  page: number,
): ListCommand | null {
  if (key.altKey || count === 0) return null;
  const command = key.ctrlKey || key.metaKey;
  if (command) return key.key === 'a' || key.key === 'A' ? { kind: 'select-all' } : null;
  const last = count - 1;
  const step = Math.max(1, page - 1);
  const targets: Readonly<Record<string, number>> = {
    ArrowDown: at + 1,
    ArrowUp: at - 1,
    PageDown: at + step,
    PageUp: at - step,
    Home: 0,
    End: last,
  };
  const target = targets[key.key];
  if (target !== undefined)
    return { kind: 'move', to: Math.min(last, Math.max(0, target)), extend: key.shiftKey };
  if (key.key === ' ') return { kind: 'toggle', extend: key.shiftKey };
  if (key.key === 'Escape' && !key.shiftKey) return { kind: 'clear' };
  return null;
}
