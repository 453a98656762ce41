// A prerendered page's only script (scripts/vite/prerender.ts puts it in place of the app's
// entry): it starts the app once the page's first frame is produced. Asked for with the page,
// the ~400 KB entry chunk was fetched and compiled beside that frame's style and layout and held
// the first paint back by ~90 ms on two cores (a preload link held it back as much). A page not
// on screen gets no frame, and starts the app at once. Built as an entry of its own that imports
// nothing the app does, so that it stays ~0.3 KB and the app's chunks stay as they were.
//
// The same file, run as a worker, loads the browser's Intl (ICU) data. A process's first formatter
// loads it once for every thread of the process: 25–60 ms here, inside hydration's first task when
// the page's own formatters made it (130 ms of one task at the 4× CPU slowdown that Lighthouse's
// mobile audit assumes). The worker makes that formatter on another core while the entry loads,
// the app boots and the page's document is read. Started with the entry, after the first frame:
// started once the entry had run, it was often not done when hydration made its first formatter
// (10–34 ms then, in 2 of 4 loads of seed 000; 1.5–2.3 ms in 4 of 4 started first), and the
// page became interactive no later (767 ms, median of 9 loads either way).

import { APP_ENTRY_ATTRIBUTE } from './appEntry';

if (typeof document === 'undefined') {
  new Intl.DateTimeFormat().format();
  close();
} else {
  const entry = document
    .querySelector(`script[${APP_ENTRY_ATTRIBUTE}]`)
    ?.getAttribute(APP_ENTRY_ATTRIBUTE);
  if (!entry) throw new Error(`Fil: the page names no app entry (${APP_ENTRY_ATTRIBUTE})`);
  // Text typed or pasted into a field before the app has run would be wiped when React hydrates
  // the field with the build's value: until the root is marked data-interactive
  // (src/app/AppLayout.tsx) the page takes no text, as its buttons do nothing yet.
  const holdText = (event: Event) => {
    if (document.getElementById('root')?.hasAttribute('data-interactive'))
      removeEventListener('beforeinput', holdText, true);
    else event.preventDefault();
  };
  addEventListener('beforeinput', holdText, true);
  const start = () => {
    new Worker(import.meta.url, { type: 'module' });
    void import(/* @vite-ignore */ entry);
    // A page's first touch of localStorage and of sessionStorage waits on the browser process for
    // the stored area: 2–18 ms and 1–6 ms here, in a new profile. Touched in a task of their own
    // while the entry downloads, not in the entry's evaluation (src/app/main.tsx reads the theme,
    // the scroll and place memories read their records). In Lighthouse's traces of seed 000, the
    // entry's own evaluation took 9–33 ms (median 20, 7 loads) before, 6–25 ms (median 6, 8) after.
    setTimeout(() => {
      try {
        void localStorage.length;
        void sessionStorage.length;
      } catch {
        // No storage here (a sandbox, cookies blocked): the app reads none either.
      }
    });
  };
  // A task queued from requestAnimationFrame runs once the frame it preceded is produced.
  if (!document.hidden) requestAnimationFrame(() => setTimeout(start));
  else start();
}
