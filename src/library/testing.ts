// Fixtures for the library's unit tests, so that each test spells out only the fields it is about.

import type { DocumentSummary } from './summary';

/**
 * An imported document's summary under `id`: titled `Title <id>`, French, no date, site or
 * notes, no comments; `fields` replace any of these.
 */
export function summaryOf(id: string, fields: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    origin: 'imported',
    title: `Title ${id}`,
    language: 'fr',
    published: null,
    site: null,
    commentCount: 0,
    declaredCommentCount: null,
    wordCount: 10,
    diagnosticCount: 0,
    ...fields,
  };
}
