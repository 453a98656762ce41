import { Fragment, type ReactNode } from 'react';

/**
 * Stands for an element inside a translated sentence: pass it as a placeholder's value
 * (``const extension = SLOT; t`choose ${extension} files` ``) and render the result with
 * Slotted, which puts the element there. Translators see the placeholder's name and move it
 * where their language wants it. A private-use character, never in a translation's own text.
 */
export const SLOT = '\uE000';

/** A second element's place, for a sentence that holds two (Slotted's `second`). */
export const SECOND_SLOT = '\uE001';

const SLOTS = [SLOT, SECOND_SLOT] as const;

/**
 * `message` cut at its slots: its text pieces, and for each slot its index in SLOTS (0 for SLOT,
 * 1 for SECOND_SLOT), in the message's order. A slot among the first `slots` that the message
 * lacks (a translation lost its placeholder) comes after the text, after a space, so that its
 * element is still shown; a slot the message has twice is filled once.
 */
export function slotParts(message: string, slots: 1 | 2): (string | number)[] {
  const parts: (string | number)[] = [];
  const placed = [false, false];
  let start = 0;
  for (let at = 0; at < message.length; at++) {
    const slot = SLOTS.indexOf(message[at] as (typeof SLOTS)[number]);
    if (slot < 0 || slot >= slots) continue;
    if (at > start) parts.push(message.slice(start, at));
    if (!placed[slot]) parts.push(slot);
    placed[slot] = true;
    start = at + 1;
  }
  if (start < message.length) parts.push(message.slice(start));
  for (let slot = 0; slot < slots; slot++) if (!placed[slot]) parts.push(' ', slot);
  return parts;
}

/**
 * `message` with its SLOT replaced by `children` (an element: `<code>.txt</code>`), and its
 * SECOND_SLOT by `second` when given; the message as it is, the element after it, when a
 * translation lost the placeholder.
 */
export function Slotted({
  message,
  children,
  second,
}: {
  readonly message: string;
  readonly children: ReactNode;
  readonly second?: ReactNode;
}) {
  const elements = [children, second];
  return (
    <>
      {slotParts(message, second === undefined ? 1 : 2).map((part, index) => (
        // The parts of one message, in its order: their position is their key.
        <Fragment key={index}>{typeof part === 'number' ? elements[part] : part}</Fragment>
      ))}
    </>
  );
}
