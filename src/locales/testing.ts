// Unit tests read messages from the same compiled catalogues the app loads, both parts at once.

import { i18n, type Messages } from '@lingui/core';
import { messages as enDeferred } from './en/deferred.po';
import { messages as enFirst } from './en/messages.po';
import { messages as frDeferred } from './fr/deferred.po';
import { messages as frFirst } from './fr/messages.po';
import { messages as itDeferred } from './it/deferred.po';
import { messages as itFirst } from './it/messages.po';
import type { Locale } from './catalogues';

const WHOLE: Record<Locale, Messages> = {
  en: { ...enFirst, ...enDeferred },
  fr: { ...frFirst, ...frDeferred },
  it: { ...itFirst, ...itDeferred },
};

/** Makes `locale` the active language with its whole catalogue (first-paint and deferred parts). */
export function activateLanguage(locale: Locale): void {
  i18n.loadAndActivate({ locale, messages: WHOLE[locale] });
}
