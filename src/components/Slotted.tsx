import type { ReactNode } from 'react';

/**
 * Stands for an element inside a translated sentence: pass it as a placeholder's value
 * (``const extension = SLOT; t`choose ${extension} files` ``) and render the result with
 * Slotted, which puts the element there. Translators see the placeholder's name and move it
 * where their language wants it. A private-use character, never in a translation's own text.
 */
export const SLOT = '\uE000';

/**
 * `message` with its SLOT replaced by `children` (an element: `<code>.txt</code>`); the
 * message as it is, the element after it, when a translation lost the placeholder.
 */
export function Slotted({
  message,
  children,
}: {
  readonly message: string;
  readonly children: ReactNode;
}) {
  const at = message.indexOf(SLOT);
  if (at < 0)
    return (
      <>
        {message} {children}
      </>
    );
  return (
    <>
      {message.slice(0, at)}
      {children}
      {message.slice(at + SLOT.length)}
    </>
  );
}
