// Which documents of the library are selected, as data, and the commands that change it: a
// click or Space toggles one; a shift-click, Shift+Space or Shift+Arrow gives the rows from the
// anchor (the row last toggled) to the target the anchor's state, as in a mail client's list;
// Ctrl+A selects every document shown; Escape clears. The page keeps the selection within what
// it shows (prune): a document deleted, or hidden by a search or filter, is no longer selected,
// so that an action on the selection acts only on documents the reader can see; the bar says
// how many a search or filter unselected so (unselectedByView).

export type Selection = {
  readonly selected: ReadonlySet<string>;
  /** The row a range starts from: the last one toggled; null before any. */
  readonly anchor: string | null;
};

export const NO_SELECTION: Selection = { selected: new Set(), anchor: null };

/** Selects `id` if it was not selected, and the reverse; it becomes the anchor. */
export function toggle(selection: Selection, id: string): Selection {
  const selected = new Set(selection.selected);
  if (!selected.delete(id)) selected.add(id);
  return { selected, anchor: id };
}

/**
 * Gives every row from the anchor to `target` (both included, in `order`, the rows as shown)
 * the anchor's state: selected when the anchor is, unselected when it is not. When the anchor
 * is not shown (none yet, or filtered out), `from` is (the row the focus leaves for
 * Shift+Arrow; the target itself for a shift-click), taken as selected. The anchor stays, so
 * that a longer or shorter range can follow. `target` not in `order` changes nothing.
 */
export function extendTo(
  selection: Selection,
  target: string,
  order: readonly string[],
  from: string = target,
): Selection {
  const to = order.indexOf(target);
  if (to < 0) return selection;
  const anchored = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const anchor = anchored >= 0 ? selection.anchor! : from;
  const start = anchored >= 0 ? anchored : order.indexOf(from);
  if (start < 0) return selection;
  const select = anchored >= 0 ? selection.selected.has(anchor) : true;
  const selected = new Set(selection.selected);
  for (let at = Math.min(start, to); at <= Math.max(start, to); at++) {
    if (select) selected.add(order[at]!);
    else selected.delete(order[at]!);
  }
  return { selected, anchor };
}

/** Every row of `order` selected (Ctrl+A, "Select all shown"); the anchor stays. */
export function selectAll(selection: Selection, order: readonly string[]): Selection {
  return { selected: new Set(order), anchor: selection.anchor };
}

/** Nothing selected, no anchor. */
export function clear(): Selection {
  return NO_SELECTION;
}

/**
 * The selection without the ids `present` lacks (documents deleted, or no longer shown), and
 * without its anchor if that is gone. The same object when nothing changed, so that a render
 * that prunes without cause does not render again.
 */
export function prune(selection: Selection, present: ReadonlySet<string>): Selection {
  let selected: Set<string> | null = null;
  for (const id of selection.selected) {
    if (present.has(id)) continue;
    selected ??= new Set(selection.selected);
    selected.delete(id);
  }
  const anchor =
    selection.anchor !== null && !present.has(selection.anchor) ? null : selection.anchor;
  if (selected === null && anchor === selection.anchor) return selection;
  return { selected: selected ?? selection.selected, anchor };
}

/**
 * How many documents `before` held that `after` (the selection pruned) no longer does although
 * the library still lists them (`listed`): those a search or filter hid, not those deleted.
 */
export function unselectedByView(
  before: Selection,
  after: Selection,
  listed: ReadonlySet<string>,
): number {
  let count = 0;
  for (const id of before.selected) if (!after.selected.has(id) && listed.has(id)) count++;
  return count;
}
