// Back, forward and reload bring a big thread back to the same comment, not only to the same
// height. The page's scroll memory (src/app/scrollMemory.ts) restores the height; in a
// virtualized thread the rows above the reader's place are estimates until they are rendered
// and measured, so the same height can hold another comment. So the reader also keeps its place
// per history entry (the comment at the viewport's top and how far below the top it starts) and,
// a frame after the height is back, puts that comment where it was.

import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { scrolledBeforeApp } from '../../components/scrolledBeforeApp';
import { sessionRecord } from '../../library/sessionRecord';
import type { ThreadIndex } from '../../thread/threadIndex';
import type { WindowVirtualizer } from './windowVirtualizer';

type Place = { readonly id: string; readonly top: number };

/** The place of each history entry this session; kept in sessionStorage for a reload. */
const placeRecord = sessionRecord<Place>('fil:place');
const places = placeRecord.entries;

/**
 * Records the reader's place in a virtualized thread as it scrolls, and puts it back on back,
 * forward and reload (not when the address names a comment: that one is where the reader goes).
 * `virtualizing` is whether the thread renders only the rows near the viewport.
 */
export function usePlaceMemory(
  index: ThreadIndex,
  virtualizer: WindowVirtualizer,
  virtualizing: boolean,
): void {
  const { key, pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  // The same entry names as the scroll memory's.
  const entry = `${key} ${pathname}`;
  const restored = useRef<string | null>(null);

  useEffect(() => {
    addEventListener('pagehide', placeRecord.save);
    return () => removeEventListener('pagehide', placeRecord.save);
  }, []);

  // Listening after the virtualizer's own scroll listener, which takes the place first.
  useEffect(() => {
    if (!virtualizing) return;
    const record = () => {
      const place = virtualizer.place();
      const comment = place ? index.comments[place.index] : undefined;
      if (place && comment) places[entry] = { id: comment.id, top: place.top };
    };
    addEventListener('scroll', record, { passive: true });
    return () => removeEventListener('scroll', record);
  }, [entry, index, virtualizer, virtualizing]);

  useLayoutEffect(() => {
    if (restored.current === entry) return;
    restored.current = entry;
    const place = places[entry];
    if (navigationType !== 'POP' || hash || !virtualizing || !place || scrolledBeforeApp()) return;
    const i = index.indexById.get(place.id);
    if (i === undefined) return;
    // After the scroll memory's layout effect (the page's, which runs after this one) has put
    // the height back, as the reader's first input would stop it too.
    const frame = requestAnimationFrame(() =>
      virtualizer.restorePlace({ index: i, top: place.top }),
    );
    const stop = () => cancelAnimationFrame(frame);
    const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const input of inputs) addEventListener(input, stop, { once: true, passive: true });
    return () => {
      stop();
      for (const input of inputs) removeEventListener(input, stop);
    };
  }, [entry, navigationType, hash, index, virtualizer, virtualizing]);
}
