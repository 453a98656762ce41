import { t } from '@lingui/core/macro';
import { memo, useEffect, useId, useRef, useState, type CSSProperties, type Ref } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { formatPublished } from '../../components/formatting';
import { useLocale } from '../../components/useLocale';
import type { LibraryEntry } from '../../library/queries';
import {
  commentCountText,
  importedText,
  languageLabel,
  originLabel,
  wordCountText,
} from './collectionText';
import { languageOf } from './libraryFilter';

type Props = {
  readonly entry: LibraryEntry;
  /** 1-based place in the list as shown, and the list's length (rows exist only near the screen). */
  readonly position: number;
  readonly setSize: number;
  readonly selected: boolean;
  /** The list's one tab stop: this row's controls are in the tab order. */
  readonly active: boolean;
  /** Where the virtualizer places it (px from the list's top). */
  readonly top: number;
  readonly rowRef: Ref<HTMLLIElement>;
  /** The id of the text saying which keys the list takes (the link's description). */
  readonly describedBy: string;
  readonly onToggle: (id: string, extend: boolean) => void;
  readonly onDelete: (entry: LibraryEntry) => void;
  readonly onRename: (entry: LibraryEntry, title: string) => void;
};

const BADGE = 'rounded px-1.5 py-0.5 text-xs font-medium';
const ORIGIN_BADGE = {
  imported: `${BADGE} bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100`,
  seed: `${BADGE} bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100`,
  sample: `${BADGE} bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100`,
} as const;

/**
 * A document in the library's list: a checkbox that selects it, its title as a link (the
 * document's text, marked with its language), its facts in the interface language, and rename
 * and delete for imports. The link is the row's focus target (the list moves the focus between
 * links); the checkbox takes clicks, not the focus, so that the keys stay the list's. The title
 * editor closes on Save, Cancel or Escape and gives the focus back to Rename, which it replaced;
 * a blank title is refused with a message tied to the field.
 */
export const DocumentRow = memo(function DocumentRow({
  entry,
  position,
  setSize,
  selected,
  active,
  top,
  rowRef,
  describedBy,
  onToggle,
  onDelete,
  onRename,
}: Props) {
  useLocale();
  const renameId = useId();
  const blankId = useId();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.title);
  const [blank, setBlank] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Set when the editor closes: Rename is drawn again then, and takes the focus back (the
  // editor's field or button had it, and went with the editor).
  const refocus = useRef(false);
  useEffect(() => {
    if (renaming || !refocus.current) return;
    refocus.current = false;
    renameButton.current?.focus();
  }, [renaming]);
  const closeEditor = () => {
    refocus.current = true;
    setBlank(false);
    setRenaming(false);
  };
  const { title } = entry;
  const published = formatPublished(entry.published);
  const imported = entry.importedAt === null ? null : importedText(entry.importedAt);
  const tabIndex = active ? 0 : -1;
  // Each with its test hook, where a spec reads it.
  const facts: [key: string, text: string][] = [];
  for (const [key, text] of [
    ['site', entry.site],
    ['published', published],
    ['language', languageLabel(languageOf(entry))],
    ['comment-count', commentCountText(entry.commentCount)],
    ['words', wordCountText(entry.wordCount)],
    ['imported', imported],
  ] as const)
    if (text) facts.push([key, text]);
  const style: CSSProperties = { transform: `translateY(${top}px)` };
  return (
    <li
      ref={rowRef}
      data-index={position - 1}
      data-document-id={entry.id}
      data-origin={entry.origin}
      aria-posinset={position}
      aria-setsize={setSize}
      style={style}
      // The checkbox, then the title and facts; the buttons beside them on wide screens, under
      // them on narrow ones, where they would squeeze the title into a column of single words.
      className={`absolute inset-x-0 top-0 grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-3 gap-y-1 border-b border-slate-200 px-2 py-2 sm:grid-cols-[auto_minmax(0,1fr)_auto] dark:border-slate-800 ${selected ? 'bg-blue-50 dark:bg-blue-950/60' : ''}`}
    >
      <input
        type="checkbox"
        checked={selected}
        tabIndex={-1}
        // Space on the row's link toggles it (the list's keys).
        aria-keyshortcuts="Space"
        // The focus stays on the list's links: a click selects without taking it.
        onMouseDown={(event) => event.preventDefault()}
        onChange={(event) => onToggle(entry.id, (event.nativeEvent as MouseEvent).shiftKey)}
        aria-label={t({
          message: `Select ${title}`,
          comment: 'checkbox that selects a document in the library; {title} is its title',
        })}
        className="mt-0.5 size-6 shrink-0 accent-blue-700 dark:accent-blue-300"
      />
      <div className="min-w-0">
        <Link
          to={`/articles/${encodeURIComponent(entry.id)}`}
          tabIndex={tabIndex}
          data-row-link
          aria-describedby={describedBy}
          lang={title ? (entry.language ?? undefined) : undefined}
          className="font-semibold leading-snug wrap-anywhere text-blue-800 underline-offset-2 [scroll-margin-top:var(--collection-bar,0px)] hover:underline dark:text-blue-300"
        >
          {title || t`Untitled document`}
        </Link>
        {renaming ? (
          <form
            className="mt-1 flex flex-wrap items-center gap-2 text-sm"
            onSubmit={(event) => {
              event.preventDefault();
              if (draft.trim() === '') {
                setBlank(true);
                // From Save too: the field is what needs the reader.
                titleInput.current?.focus();
                return;
              }
              onRename(entry, draft);
              closeEditor();
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              closeEditor();
            }}
          >
            <label htmlFor={renameId} className="sr-only">
              {t`New title`}
            </label>
            <input
              ref={titleInput}
              id={renameId}
              value={draft}
              autoFocus
              aria-invalid={blank || undefined}
              aria-describedby={blank ? blankId : undefined}
              onChange={(event) => {
                setDraft(event.target.value);
                setBlank(false);
              }}
              className="min-w-0 flex-[1_1_12rem] rounded-md border border-slate-300 bg-white px-2 py-1 aria-[invalid=true]:border-rose-700 dark:border-slate-700 dark:bg-slate-900 dark:aria-[invalid=true]:border-rose-400"
            />
            <Button type="submit">{t`Save title`}</Button>
            <Button onClick={closeEditor}>{t`Cancel`}</Button>
            {blank && (
              <p id={blankId} role="alert" className="basis-full text-rose-800 dark:text-rose-300">
                {t({
                  message: 'A title cannot be empty: type one, or cancel.',
                  comment: 'under the field that renames a document, when it holds no title',
                })}
              </p>
            )}
          </form>
        ) : (
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm wrap-anywhere text-slate-700 dark:text-slate-300">
            <span className={ORIGIN_BADGE[entry.origin]}>{originLabel(entry.origin)}</span>
            {entry.sessionOnly && (
              <span
                className={`${BADGE} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100`}
              >
                {t`Not saved: this session only`}
              </span>
            )}
            {facts.map(([key, text], index) => (
              <span
                key={key}
                data-testid={key === 'comment-count' ? key : undefined}
                // A dot between facts (after one, so that a wrapped line starts clean), which
                // screen readers leave out: its alternative text is ''.
                className={
                  index < facts.length - 1 ? "after:ml-2 after:content-['·'_/_'']" : undefined
                }
              >
                {text}
              </span>
            ))}
          </p>
        )}
      </div>
      {entry.origin === 'imported' && !renaming && (
        <div className="col-start-2 flex flex-wrap gap-1 sm:col-start-3 sm:row-start-1 sm:justify-end">
          <Button
            ref={renameButton}
            tabIndex={tabIndex}
            onClick={() => {
              setDraft(entry.title);
              setBlank(false);
              setRenaming(true);
            }}
            aria-label={t({
              message: `Rename ${title}`,
              comment: 'must start with the button’s visible label “Rename”',
            })}
          >
            {t({ message: 'Rename', comment: 'button: give an imported document a new title' })}
          </Button>
          <Button
            tabIndex={tabIndex}
            tone="danger"
            onClick={() => onDelete(entry)}
            aria-label={t({
              message: `Delete ${title}`,
              comment: 'must start with the button’s visible label “Delete”',
            })}
          >
            {t({ message: 'Delete', comment: 'button: delete an imported document' })}
          </Button>
        </div>
      )}
    </li>
  );
});
