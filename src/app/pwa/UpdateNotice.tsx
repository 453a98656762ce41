import { t } from '@lingui/core/macro';
import { useEffect, useReducer, useRef } from 'react';
import { Button } from '../../components/Button';
import { useLocale } from '../../components/useLocale';
import { nextNotice } from './notice';
import type { ServiceWorkerHandle } from './serviceWorker';

/** How long "Fil now works offline." stays (ms): a short, calm note. */
const OFFLINE_READY_SHOWN = 6000;

/**
 * Says what the service worker did, at the bottom of the page: "A new version
 * of Fil is ready." with Reload and Later, until the reader acts; "Fil now works offline." for a
 * few seconds after the first install. A polite status that never takes the focus. It is sticky
 * at the end of the page: the page is longer by its height, so it hides none of the reader's
 * content for good, and the browser keeps a focused element above it (scroll-padding).
 */
export default function UpdateNotice({ worker }: { readonly worker: ServiceWorkerHandle }) {
  useLocale();
  const [state, dispatch] = useReducer(nextNotice, 'none');
  const bar = useRef<HTMLDivElement>(null);

  // What was heard before this loaded comes in an effect, after the empty live region is in
  // the page, so that it is announced.
  useEffect(() => worker.listen(dispatch), [worker]);

  useEffect(() => {
    if (state !== 'offline-ready') return;
    const timer = window.setTimeout(() => dispatch('expired'), OFFLINE_READY_SHOWN);
    return () => window.clearTimeout(timer);
  }, [state]);

  // Focus moved by the browser (Tab, focus()) stops above the bar.
  useEffect(() => {
    const element = bar.current;
    if (state === 'none' || !element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingBottom = `${element.offsetHeight}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [state]);

  const shown = state !== 'none';
  return (
    // The live region is in the page before anything is said in it, so that it is announced.
    <div
      ref={bar}
      role="status"
      data-testid="update-notice"
      data-notice={state}
      className={
        shown
          ? 'sticky bottom-0 z-20 border-t border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950'
          : undefined
      }
    >
      {shown && (
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm">
          {state === 'offline-ready' ? (
            <p>{t`Fil now works offline.`}</p>
          ) : (
            <>
              <p>{t`A new version of Fil is ready.`}</p>
              <div className="flex gap-2">
                <Button
                  size="medium"
                  aria-disabled={state === 'updating' || undefined}
                  onClick={() => {
                    if (state !== 'update-ready') return;
                    dispatch('reload');
                    worker.update();
                  }}
                >
                  {t({ message: 'Reload', comment: 'reload the page to use the new version' })}
                </Button>
                <Button
                  size="medium"
                  aria-disabled={state === 'updating' || undefined}
                  onClick={() => dispatch('later')}
                >
                  {t({ message: 'Later', comment: 'hide the new-version notice for now' })}
                </Button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
