import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * True while React hydrates prerendered HTML (and on the server that renders it), false in
 * every other render: React's own rule for useSyncExternalStore's server snapshot, which it
 * reads while hydrating and then renders again with the client's. Parts that show what only the
 * browser knows (stored imports, storage figures) draw what the build drew while this is true,
 * so hydration matches, and their real content in the render that follows at once.
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
}
