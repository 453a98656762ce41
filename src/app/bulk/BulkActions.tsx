import type { LibraryEntry } from '../../library/queries';

/** Props agreed between the library page (which owns the selection) and the bulk actions. */
export type BulkActionsProps = {
  /** The selected documents, in the library's current order; empty when none is selected. */
  readonly selected: readonly LibraryEntry[];
  /** Called once the selected documents were deleted: the page empties its selection. */
  readonly onDeleted: () => void;
};

/** What can be done to the selected documents at once. Placeholder until the bulk actions land. */
export function BulkActions({ selected }: BulkActionsProps) {
  return selected.length === 0 ? null : null;
}
