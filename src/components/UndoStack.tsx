import { createContext, use, useState, type ReactNode } from 'react';

/**
 * Where undo notices go: the stack's element once it is in the page (null before), or
 * undefined outside any UndoStack (a notice is then fixed to the screen on its own).
 */
const StackSlot = createContext<HTMLElement | null | undefined>(undefined);

/**
 * One place at the bottom of the screen for the undo notices of a page (UndoToast), listed one
 * above another, the newest lowest: a page whose row delete and bulk delete each offer an undo
 * shows both, readable and each with its own Undo, rather than one over the other.
 */
export function UndoStack({ children }: { readonly children: ReactNode }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return (
    <StackSlot value={slot}>
      {children}
      <div
        ref={setSlot}
        data-testid="undo-stack"
        // The stack lets the page under it take the pointer; each notice takes it back.
        className="pointer-events-none fixed inset-x-0 bottom-4 z-30 flex flex-col items-center gap-2 px-4"
      />
    </StackSlot>
  );
}

/** The UndoStack's element (null while it is being put in the page), undefined outside one. */
export function useUndoSlot(): HTMLElement | null | undefined {
  return use(StackSlot);
}
