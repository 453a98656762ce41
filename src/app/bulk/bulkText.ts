// The bulk actions' words, in the interface language: how many are selected, what a bulk delete
// did and what it could not do.

import { plural } from '@lingui/core/macro';
import { count } from '../../components/formatting';

/**
 * What Delete will do when the selection holds documents that come with Fil (`bundled`), which
 * cannot be deleted; null when it holds none. `imported`: how many it will delete.
 */
export function bundledNoteText(imported: number, bundled: number): string | null {
  if (bundled === 0) return null;
  if (imported === 0)
    return plural(bundled, {
      one: 'This document comes with Fil: it cannot be deleted.',
      other: 'These documents come with Fil: they cannot be deleted.',
    });
  return plural(bundled, {
    one: 'Delete keeps the # document that comes with Fil.',
    other: 'Delete keeps the # documents that come with Fil.',
  });
}

/**
 * The undo notice after a bulk delete: '12 documents deleted.', and how many documents that
 * come with Fil were left in the library (`kept`).
 */
export function deletedText(deleted: number, kept: number): string {
  const done = plural(deleted, {
    one: '# document deleted.',
    other: '# documents deleted.',
  });
  if (kept === 0) return done;
  const left = plural(kept, {
    one: '# document that comes with Fil was kept.',
    other: '# documents that come with Fil were kept.',
  });
  return `${done} ${left}`;
}

/** The bar's status line while a bulk delete of `deleting` documents is under way. */
export function deletingText(deleting: number): string {
  return plural(deleting, { one: 'Deleting # document…', other: 'Deleting # documents…' });
}

/** What an export in progress or done says, in the bar's status line. */
export function exportStatusText(
  state:
    | { readonly kind: 'working'; readonly done: number; readonly total: number }
    | { readonly kind: 'done'; readonly fileName: string; readonly count: number },
): string {
  if (state.kind === 'working') {
    const { total } = state;
    const done = count(state.done);
    return plural(total, {
      one: `Preparing the file: ${done} of # document…`,
      other: `Preparing the file: ${done} of # documents…`,
    });
  }
  const { fileName, count: exported } = state;
  return plural(exported, {
    one: `# document exported as ${fileName}.`,
    other: `# documents exported as ${fileName}.`,
  });
}
