import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatPublished, languageName, plural } from '../components/formatting';
import { libraryQuery } from '../library/queries';
import type { DocumentSummary } from '../library/summary';

export function LibraryPage() {
  const { data: documents } = useSuspenseQuery(libraryQuery());
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Library</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {plural(documents.length, 'document', 'documents')}: articles with their reader comments,
        rebuilt into threads.
      </p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2" aria-label="Documents">
        {documents.map((document) => (
          <DocumentCard key={document.id} document={document} />
        ))}
      </ul>
    </>
  );
}

function DocumentCard({
  document,
  heading: Heading = 'h2',
}: {
  document: DocumentSummary;
  heading?: 'h2' | 'h3';
}) {
  const published = formatPublished(document.published);
  const titleId = `title-${document.id}`;
  return (
    <li
      className="relative rounded-lg border border-slate-200 p-4 focus-within:ring-2 focus-within:ring-blue-700 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600"
      data-document-id={document.id}
    >
      <Heading id={titleId} className="text-lg font-semibold leading-snug">
        <Link
          to={`/articles/${encodeURIComponent(document.id)}`}
          className="after:absolute after:inset-0 focus-visible:outline-none"
        >
          {document.title || 'Untitled document'}
        </Link>
      </Heading>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <dt className="text-slate-600 dark:text-slate-400">Language</dt>
        <dd>{languageName(document.language)}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Published</dt>
        <dd>{published ?? 'Not given'}</dd>
        {document.site && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Source</dt>
            <dd className="break-words">{document.site}</dd>
          </>
        )}
        <dt className="text-slate-600 dark:text-slate-400">Comments</dt>
        <dd data-testid="comment-count">
          {document.commentCount === 0
            ? 'No comments'
            : plural(document.commentCount, 'comment', 'comments')}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Length</dt>
        <dd>{plural(document.wordCount, 'word', 'words')}</dd>
      </dl>
    </li>
  );
}
