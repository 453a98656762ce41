import { plural, t } from '@lingui/core/macro';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { formatPublished, languageName } from '../components/formatting';
import type { LibraryEntry } from '../library/queries';
import { Button } from '../components/Button';

/** '20 comments', '1 comment', 'No comments'; '20 000 commentaires', '20.000 commenti'. */
export function commentCountText(comments: number): string {
  if (comments === 0) return t`No comments`;
  return plural(comments, { one: '# comment', other: '# comments' });
}

/** '1,234 words'; '1 234 mots', '1234 parole'. */
export function wordCountText(words: number): string {
  return plural(words, { one: '# word', other: '# words' });
}

type CardProps = {
  readonly document: LibraryEntry;
  readonly heading?: 'h2' | 'h3';
  readonly onDelete?: (entry: LibraryEntry) => void;
  readonly onRename?: (entry: LibraryEntry, title: string) => void;
};

/**
 * A document in the library: its facts, and rename and delete for imports. The title is the
 * document's text, marked with its language; the rest is in the interface language.
 */
export function DocumentCard({ document, heading: Heading = 'h2', onDelete, onRename }: CardProps) {
  const published = formatPublished(document.published);
  const { title, commentCount, wordCount } = document;
  const titleId = `title-${document.id}`;
  const renameId = useId();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(document.title);
  return (
    <li
      className="relative rounded-lg border border-slate-200 p-4 focus-within:ring-2 focus-within:ring-blue-700 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600"
      data-document-id={document.id}
    >
      <Heading id={titleId} className="text-lg font-semibold leading-snug">
        <Link
          to={`/articles/${encodeURIComponent(document.id)}`}
          className={`${onDelete ? '' : 'after:absolute after:inset-0'} focus-visible:outline-none`}
          lang={title ? (document.language ?? undefined) : undefined}
        >
          {title || t`Untitled document`}
        </Link>
      </Heading>
      {document.origin === 'imported' && (
        <p className="mt-1 flex flex-wrap gap-2 text-xs">
          <span className="rounded bg-blue-100 px-1.5 py-0.5 font-medium text-blue-900 dark:bg-blue-950 dark:text-blue-100">
            {t({ message: 'Imported', comment: 'badge on a document the reader imported' })}
          </span>
          {document.sessionOnly && (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              {t`Not saved: this session only`}
            </span>
          )}
        </p>
      )}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <dt className="text-slate-600 dark:text-slate-400">
          {t({ message: 'Language', comment: 'a document’s language' })}
        </dt>
        <dd>{languageName(document.language)}</dd>
        <dt className="text-slate-600 dark:text-slate-400">
          {t({ message: 'Published', comment: 'a document’s publication date' })}
        </dt>
        <dd>{published ?? t({ message: 'Not given', comment: 'no publication date' })}</dd>
        {document.site && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">
              {t({ message: 'Source', comment: 'the site a document comes from' })}
            </dt>
            <dd className="break-words">{document.site}</dd>
          </>
        )}
        <dt className="text-slate-600 dark:text-slate-400">{t`Comments`}</dt>
        <dd data-testid="comment-count">{commentCountText(commentCount)}</dd>
        <dt className="text-slate-600 dark:text-slate-400">
          {t({ message: 'Length', comment: 'a document’s length in words' })}
        </dt>
        <dd>{wordCountText(wordCount)}</dd>
      </dl>
      {onDelete && onRename && (
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          {renaming ? (
            <form
              className="flex flex-wrap items-center gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                if (draft.trim() === '') return;
                onRename(document, draft);
                setRenaming(false);
              }}
            >
              <label htmlFor={renameId} className="sr-only">
                {t`New title`}
              </label>
              <input
                id={renameId}
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
              />
              <Button type="submit">{t`Save title`}</Button>
              <button
                type="button"
                onClick={() => setRenaming(false)}
                className="px-2 py-1 underline"
              >
                {t`Cancel`}
              </button>
            </form>
          ) : (
            <>
              <Button
                onClick={() => setRenaming(true)}
                aria-label={t({
                  message: `Rename ${title}`,
                  comment: 'must start with the button’s visible label “Rename”',
                })}
              >
                {t({ message: 'Rename', comment: 'button: give an imported document a new title' })}
              </Button>
              <Button
                tone="danger"
                onClick={() => onDelete(document)}
                aria-label={t({
                  message: `Delete ${title}`,
                  comment: 'must start with the button’s visible label “Delete”',
                })}
              >
                {t({ message: 'Delete', comment: 'button: delete an imported document' })}
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
