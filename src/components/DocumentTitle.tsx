import { t } from '@lingui/core/macro';

/**
 * A document's title as the page heading (`#article-title`, which its page's landmark is
 * labelled by), marked with the document's own language; 'Untitled document' in the interface
 * language when it has none.
 */
export function DocumentTitle({
  title,
  language,
}: {
  readonly title: string;
  readonly language: string | null;
}) {
  return (
    <h1
      id="article-title"
      className="text-2xl font-bold leading-tight tracking-tight md:text-3xl"
      lang={title ? (language ?? undefined) : undefined}
    >
      {title || t`Untitled document`}
    </h1>
  );
}
