import { useId, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Comment, Diagnostic, RemovedLine } from '../../parser/types';
import {
  groupNotes,
  groupRemoved,
  NOTE_TITLES,
  noteGroupTitle,
  REMOVED_TITLES,
  removedGroupTitle,
} from '../../thread/notes';
import { NoteGroup } from './NoteGroup';

type Props = {
  readonly documentId: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly removed: readonly RemovedLine[];
  /** Every comment in source order (ThreadIndex.comments). */
  readonly comments: readonly Comment[];
};

const messageOf = (diagnostic: Diagnostic) => diagnostic.message;
const textOf = (line: RemovedLine) => line.text;

/** The open notes panel: notes grouped by kind, then the set-aside lines grouped by reason. */
export default function NotesContent({ documentId, diagnostics, removed, comments }: Props) {
  const headingId = useId();
  const { search } = useLocation();
  const noteGroups = useMemo(() => groupNotes(diagnostics), [diagnostics]);
  const removedGroups = useMemo(() => groupRemoved(removed), [removed]);
  const common = { documentId, comments, search };
  return (
    <>
      {noteGroups.length > 0 && (
        <section aria-labelledby={`${headingId}-notes`} className="mt-2">
          <h3 id={`${headingId}-notes`} className="font-semibold">
            Parser notes
          </h3>
          {noteGroups.map((group) => (
            <NoteGroup
              key={group.key}
              title={noteGroupTitle(group.key, group.items.length)}
              severity={group.severity}
              items={group.items}
              textOf={messageOf}
              itemsName={(NOTE_TITLES[group.key]?.many ?? 'notes').split(' (')[0]!}
              {...common}
            />
          ))}
        </section>
      )}
      {removedGroups.length > 0 && (
        <section aria-labelledby={`${headingId}-removed`} className="mt-4">
          <h3 id={`${headingId}-removed`} className="font-semibold">
            Lines set aside
          </h3>
          {removedGroups.map((group) => (
            <NoteGroup
              key={group.key}
              title={removedGroupTitle(group.key, group.items.length)}
              severity={null}
              items={group.items}
              textOf={textOf}
              itemsName={(REMOVED_TITLES[group.key]?.many ?? 'lines').split(' (')[0]!}
              {...common}
            />
          ))}
        </section>
      )}
    </>
  );
}
