import { useLayoutEffect, useRef } from 'react';
import { commentDomId } from '../../thread/permalink';
import { rowOf, type FocusRequest, type ReaderRows } from '../../thread/readerState';
import type { ThreadIndex } from '../../thread/threadIndex';
import type { RowWindow, WindowVirtualizer } from './windowVirtualizer';

/**
 * Carries out a focus request (ReaderState.focusRequest) once the rows that hold its comment
 * have rendered: scrolls the comment (or its current search match) into view, focuses it unless
 * the request says not to, and has the virtualizer hold that place. Each request (by `seq`) is
 * carried out once. Call it after useWindowVirtualizer, whose layout effect must run first.
 */
export function useFocusRequest(
  request: FocusRequest | null,
  index: ThreadIndex,
  shown: ReaderRows,
  rowWindow: RowWindow,
  virtualizer: WindowVirtualizer,
): void {
  const handledSeq = useRef(0);
  useLayoutEffect(() => {
    // Wait until the rendered rows sit where the row offsets say (a new window is on its way).
    if (!request || request.seq === handledSeq.current || !virtualizer.settled()) return;
    const element = document.getElementById(commentDomId(request.id));
    if (!element) {
      // Not rendered (a big thread shows only the rows near the viewport): bring it in first.
      const position = rowOf(index, shown.positions, request.id);
      if (position >= 0) virtualizer.scrollToRow(position, request.block);
      return;
    }
    handledSeq.current = request.seq;
    (element.querySelector('[data-current-match]') ?? element).scrollIntoView({
      block: request.block,
    });
    if (request.focus) element.focus({ preventScroll: true });
    virtualizer.remember();
  }, [request, shown, rowWindow, index, virtualizer]);
}
