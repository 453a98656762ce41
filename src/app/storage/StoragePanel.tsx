/** What the library uses of the browser's storage, and its backup. Placeholder until it lands. */
export function StoragePanel() {
  return null;
}
