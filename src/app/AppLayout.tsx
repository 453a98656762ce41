import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { useScrollMemory } from './scrollMemory';
import { ThemeToggle } from './ThemeToggle';
import { LocaleSwitch } from './LocaleSwitch';
import { t } from '@lingui/core/macro';
import { useLocale } from '../components/useLocale';
import { ServiceWorkerSlot } from './pwa/ServiceWorkerSlot';
import { FilMark } from './FilMark';

export function AppLayout() {
  useScrollMemory();
  // The page answers input from here on: the routes' data is in and the layout has rendered or
  // hydrated (a prerendered page shows before then, its buttons inert). A test hook, design.md §4.
  useEffect(() => document.getElementById('root')?.setAttribute('data-interactive', ''), []);
  // The header's own words follow the language.
  useLocale();
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {t`Skip to content`}
      </a>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
            <FilMark size={24} />
            Fil
          </Link>
          <div className="flex items-center gap-2">
            <LocaleSwitch />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {/* Not re-mounted in a new language: pages and memoized parts subscribe (useLocale) and
            render again, keeping what the reader opened, typed or may still undo. */}
        <Outlet />
      </main>
      <ServiceWorkerSlot />
    </div>
  );
}
