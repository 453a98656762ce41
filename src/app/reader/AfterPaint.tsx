import { Suspense, type ReactNode } from 'react';
import { useAfterFirstPaint } from './afterFirstPaint';

/**
 * Renders `children`, lazy parts of the page, from the render after the first paint (see
 * afterFirstPaint), with no fallback: their JavaScript and messages load once the first comments
 * are on screen. The caller holds their place, so that nothing moves when they arrive.
 */
export function AfterPaint({ children }: { readonly children: ReactNode }) {
  const painted = useAfterFirstPaint();
  return painted && <Suspense fallback={null}>{children}</Suspense>;
}
