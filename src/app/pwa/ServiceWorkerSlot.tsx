import { lazy, Suspense, useEffect, useState } from 'react';
import { withMessages } from '../../locales/catalogues';

// The registration and the notice, workbox-window included (~3.3 KB gzipped), load after the
// page: the reader's initial JavaScript carries only this slot (~0.15 KB).
const UpdateNotice = lazy(() => withMessages(import('./UpdateNotice')));

/**
 * Where the service worker's notice goes (the end of the layout, which is never unmounted).
 * Nothing in the first render, so a prerendered page hydrates unchanged; the registration loads
 * in a task after the window's load event. Never in the dev server, which has no service worker.
 */
export function ServiceWorkerSlot() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD) return;
    const start = () => setTimeout(setLoaded, 0, true);
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  }, []);
  return (
    loaded && (
      <Suspense fallback={null}>
        <UpdateNotice />
      </Suspense>
    )
  );
}
