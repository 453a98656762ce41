// The interface's message catalogues, in two parts per language (lingui.config.ts says which
// source files feed which): `messages`, what the reader page paints first, loaded before the
// first paint; `deferred`, what the parts loaded on demand say (insights, library, notes, key
// help, filter, rail, error page), loaded with the first of them. Splitting keeps most of the
// catalogue out of the reader's initial JavaScript (budget: 125 KB gzipped).

import { i18n, type Messages } from '@lingui/core';

export const LOCALES = ['en', 'fr', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalogue = () => Promise<{ messages: Messages }>;

// Static imports per file, so that each is its own chunk compiled by @lingui/vite-plugin.
const FIRST_PAINT: Record<Locale, Catalogue> = {
  en: () => import('./en/messages.po'),
  fr: () => import('./fr/messages.po'),
  it: () => import('./it/messages.po'),
};
const DEFERRED: Record<Locale, Catalogue> = {
  en: () => import('./en/deferred.po'),
  fr: () => import('./fr/deferred.po'),
  it: () => import('./it/deferred.po'),
};

export function isLocale(tag: string | null | undefined): tag is Locale {
  return (LOCALES as readonly (string | null | undefined)[]).includes(tag);
}

const deferredLoads = new Map<Locale, Promise<void>>();

/** Adds `locale`'s deferred messages to i18n (once per locale); rejects if the chunk fails. */
function loadDeferred(locale: Locale): Promise<void> {
  let load = deferredLoads.get(locale);
  if (!load) {
    load = DEFERRED[locale]().then(({ messages }) => i18n.load(locale, messages));
    // A failed load (offline, stale deployment) is tried again next time.
    load.catch(() => deferredLoads.delete(locale));
    deferredLoads.set(locale, load);
  }
  return load;
}

// Numbers each call of activateCatalogue: of two quick changes of language, the later one wins
// even when the earlier one's catalogue arrives last.
let latestRequest = 0;

/**
 * Makes `locale` the interface language. `withDeferred`: its deferred part too (a change of
 * language mid-visit: parts already shown need it at once); otherwise only what the first paint
 * needs. Resolves true once active, false when a later call came before its catalogue did (the
 * messages are kept, the language is the later call's). Rejects when a catalogue's chunk cannot
 * be loaded.
 */
export async function activateCatalogue(locale: Locale, withDeferred: boolean): Promise<boolean> {
  const request = ++latestRequest;
  const [{ messages }] = await Promise.all([
    FIRST_PAINT[locale](),
    withDeferred ? loadDeferred(locale) : undefined,
  ]);
  // load merges; loadAndActivate would drop the deferred messages already loaded.
  i18n.load(locale, messages);
  if (request !== latestRequest) return false;
  i18n.activate(locale);
  return true;
}

/**
 * `load` (a dynamic import) once the active language's deferred messages are in: for
 * `React.lazy` and route `lazy` of parts whose sources lingui.config.ts lists as deferred, so
 * that they never paint a message id.
 */
export async function withMessages<T>(load: Promise<T>): Promise<T> {
  const locale = i18n.locale;
  const [module] = await Promise.all([load, isLocale(locale) ? loadDeferred(locale) : undefined]);
  return module;
}
