import { documentUnreadableText } from '../library/messages';
import type { DocumentUnreadableError } from '../library/storedDocuments';

/**
 * Why a stored document could not be opened, in the interface language. A chunk of its own,
 * loaded by the error page when a document cannot be opened: the library's messages stay out of
 * the reader's initial JavaScript.
 */
export default function DocumentUnreadableText({
  error,
}: {
  readonly error: DocumentUnreadableError;
}) {
  return <>{documentUnreadableText(error.storedProblem, error.sourceProblem)}</>;
}
