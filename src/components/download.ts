/**
 * Hands `blob` to the browser as a download named `fileName` (an object URL on a link, clicked),
 * as the reader's Export buttons do. The URL is revoked once the download has started.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // A minute: the click starts the download, but a large Blob may take a moment to be taken.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
