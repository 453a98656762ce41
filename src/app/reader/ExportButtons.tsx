import { t } from '@lingui/core/macro';
import { useState } from 'react';
import type { ParsedDocument } from '../../parser/types';
import { Button } from '../../components/Button';
import { downloadBlob } from '../../components/download';

// The file's name is data: the document's own title (or id), whatever the interface language.
const safeFileName = (doc: ParsedDocument) =>
  (doc.title || doc.id)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'document';

/** The parsed thread as JSON, or back as flattened text that Fil (or a person) can fix and import. */
export function ExportButtons({ doc }: { doc: ParsedDocument }) {
  const [problem, setProblem] = useState<string | null>(null);
  // The writers load on demand: most readers never export. Both work at any depth (a
  // 5,000-deep reply chain is too deep for JSON.stringify).
  const exportAs = async (kind: 'json' | 'text') => {
    try {
      const blob =
        kind === 'json'
          ? new Blob([(await import('../../parser/json')).writeJson(doc, { indent: 2 })!], {
              type: 'application/json',
            })
          : new Blob([(await import('../../parser/format')).formatDocument(doc)], {
              type: 'text/plain;charset=utf-8',
            });
      downloadBlob(blob, `${safeFileName(doc)}.${kind === 'json' ? 'json' : 'txt'}`);
      setProblem(null);
    } catch (error) {
      // The browser's own words, as it gave them.
      const reason = error instanceof Error ? error.message : String(error);
      setProblem(
        kind === 'json'
          ? t`The JSON could not be made: ${reason}`
          : t`The text could not be made: ${reason}`,
      );
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t`Export`}>
      <Button onClick={() => void exportAs('json')}>{t`Export JSON`}</Button>
      <Button onClick={() => void exportAs('text')}>{t`Export text`}</Button>
      {problem && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {problem}
        </p>
      )}
    </div>
  );
}
