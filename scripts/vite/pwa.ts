// Vite plugin(s): the web app manifest and the service worker (issue 15). Filled in by the PWA work.

import type { PluginOption } from 'vite';

export function pwa(): PluginOption[] {
  return [];
}
