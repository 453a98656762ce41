import { lazy, Suspense, useEffect, useState } from 'react';
import { withMessages } from '../../locales/catalogues';
import { registerServiceWorker, type ServiceWorkerHandle } from './serviceWorker';

// The notice and its words load only when there is something to say (the first install, a new
// version): most page loads have nothing. The registration itself is part of the entry (~0.3 KB
// gzipped there; a chunk of its own took 0.6 KB, gzip's overhead and an import() included).
const UpdateNotice = lazy(() => withMessages(import('./UpdateNotice')));

/**
 * Where the service worker's notice goes (the end of the layout, which is never unmounted).
 * Nothing in the first render, so a prerendered page hydrates unchanged; the registration runs
 * in a task after the window's load event. Never in the dev server, which has no service worker.
 */
export function ServiceWorkerSlot() {
  const [worker, setWorker] = useState<ServiceWorkerHandle | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD) return;
    let handle: ServiceWorkerHandle | null = null;
    let stopped = false;
    const start = () =>
      setTimeout(() => {
        if (stopped) return;
        handle = registerServiceWorker();
        const registered = handle;
        // The first event brings the notice, which then listens itself (hearing this one too).
        let stopListening: (() => void) | undefined = undefined;
        stopListening = registered?.listen(() => {
          stopListening?.();
          setWorker(registered);
        });
      });
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
    return () => {
      stopped = true;
      removeEventListener('load', start);
      handle?.stop();
    };
  }, []);
  return (
    worker && (
      <Suspense fallback={null}>
        <UpdateNotice worker={worker} />
      </Suspense>
    )
  );
}
