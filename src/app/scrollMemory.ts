// Back, forward and reload return the reader to where they were on that page.
//
// The browser's own restoration runs when the history entry changes, before the route's code and
// data have loaded: the library (a chunk of its own) came back at the top. So the browser's is
// turned off, each entry's position is recorded by location key as the reader scrolls, and it is
// restored once the entry's page has rendered. A big thread comes back near the same height, and
// the reader then puts its first comment on screen back in place (reader/usePlaceMemory.ts).

import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { scrolledBeforeApp } from '../components/scrolledBeforeApp';
import { sessionRecord } from '../library/sessionRecord';

/** Scroll position of each history entry this session; kept in sessionStorage for a reload. */
const scroll = sessionRecord<number>('fil:scroll');
const positions = scroll.entries;

export function useScrollMemory(): void {
  const { key, pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  // An entry opened by typing its address has the key "default", like every such entry.
  const entry = `${key} ${pathname}`;
  const shownPathname = useRef(pathname);

  useEffect(() => {
    history.scrollRestoration = 'manual';
    addEventListener('pagehide', scroll.save);
    return () => removeEventListener('pagehide', scroll.save);
  }, []);

  // A layout effect: the previous entry stops recording before the new page can move the scroll
  // position (a shorter page clamps it), so that entry keeps where the reader left it.
  useLayoutEffect(() => {
    const record = () => {
      positions[entry] = scrollY;
    };
    addEventListener('scroll', record, { passive: true });
    return () => removeEventListener('scroll', record);
  }, [entry]);

  // After the page has rendered (children's layout effects run first): back to the recorded
  // place on back, forward and reload; to the top on a link to another page. A link within the
  // same page (another sort) stays where it is.
  useLayoutEffect(() => {
    // An entry never scrolled was at its top.
    const recorded = positions[entry] ?? 0;
    const navigatedAway = pathname !== shownPathname.current;
    shownPathname.current = pathname;
    // A comment in the address (#comment-…) is where the thread takes the reader, on any
    // navigation.
    if (hash || scrolledBeforeApp()) return;
    if (navigationType !== 'POP') {
      if (navigatedAway) scrollTo(0, 0);
      return;
    }
    // A big thread grows to its full height a frame or two after its first render: try again
    // on the next frames until the page is tall enough, unless the reader moves first.
    let frame = 0;
    let tries = 0;
    const stop = () => cancelAnimationFrame(frame);
    const restore = () => {
      scrollTo(0, recorded);
      if (scrollY < recorded - 1 && ++tries < 60) frame = requestAnimationFrame(restore);
    };
    const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const input of inputs) addEventListener(input, stop, { once: true, passive: true });
    restore();
    return () => {
      stop();
      for (const input of inputs) removeEventListener(input, stop);
    };
  }, [entry, navigationType, pathname, hash]);
}
