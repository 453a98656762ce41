// A prerendered page's only script (scripts/vite/prerender.ts puts it in place of the app's
// entry): it starts the app once the page's first frame is produced. Asked for with the page,
// the ~400 KB entry chunk was fetched and compiled beside that frame's style and layout and held
// the first paint back by ~90 ms on two cores (a preload link held it back as much). A page not
// on screen gets no frame, and starts the app at once. Built as an entry of its own that imports
// nothing the app does, so that it stays ~0.2 KB and the app's chunks stay as they were.

import { APP_ENTRY_ATTRIBUTE } from './appEntry';

const entry = document
  .querySelector(`script[${APP_ENTRY_ATTRIBUTE}]`)
  ?.getAttribute(APP_ENTRY_ATTRIBUTE);
if (!entry) throw new Error(`Fil: the page names no app entry (${APP_ENTRY_ATTRIBUTE})`);

const start = () => void import(/* @vite-ignore */ entry);
// A task queued from requestAnimationFrame runs once the frame it preceded is produced.
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0));
else start();
