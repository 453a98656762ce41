import { t } from '@lingui/core/macro';
import { useId, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Comment, Diagnostic, RemovedLine } from '../../parser/types';
import { diagnosticText } from '../../thread/diagnosticText';
import {
  groupNotes,
  groupRemoved,
  noteGroupTitle,
  noteItemsName,
  removedGroupTitle,
  removedItemsName,
} from '../../thread/notes';
import { NoteGroup } from './NoteGroup';

type Props = {
  readonly documentId: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly removed: readonly RemovedLine[];
  /** Every comment in source order (ThreadIndex.comments). */
  readonly comments: readonly Comment[];
  /** The document's language, for the document's own text the panel quotes. */
  readonly language: string | null;
};

const textOf = (line: RemovedLine) => line.text;

/** The open notes panel: notes grouped by kind, then the set-aside lines grouped by reason. */
export default function NotesContent(props: Props) {
  const { documentId, diagnostics, removed, comments, language } = props;
  const headingId = useId();
  const { search } = useLocation();
  const noteGroups = useMemo(() => groupNotes(diagnostics), [diagnostics]);
  const removedGroups = useMemo(() => groupRemoved(removed), [removed]);
  const common = { documentId, comments, search, language };
  return (
    <>
      {noteGroups.length > 0 && (
        <section aria-labelledby={`${headingId}-notes`} className="mt-2">
          <h3 id={`${headingId}-notes`} className="font-semibold">
            {t`Parser notes`}
          </h3>
          {noteGroups.map((group) => (
            <NoteGroup
              key={group.key}
              title={noteGroupTitle(group.key, group.items.length)}
              severity={group.severity}
              items={group.items}
              textOf={diagnosticText}
              textIsDocument={false}
              itemsName={noteItemsName(group.key)}
              {...common}
            />
          ))}
        </section>
      )}
      {removedGroups.length > 0 && (
        <section aria-labelledby={`${headingId}-removed`} className="mt-4">
          <h3 id={`${headingId}-removed`} className="font-semibold">
            {t`Lines set aside`}
          </h3>
          {removedGroups.map((group) => (
            <NoteGroup
              key={group.key}
              title={removedGroupTitle(group.key, group.items.length)}
              severity={null}
              items={group.items}
              textOf={textOf}
              textIsDocument
              itemsName={removedItemsName(group.key)}
              {...common}
            />
          ))}
        </section>
      )}
    </>
  );
}
