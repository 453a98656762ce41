/**
 * The attribute of a prerendered page's boot script that names the app's entry chunk: the build
 * writes it (scripts/vite/prerender.ts), src/app/boot.ts imports what it names.
 */
export const APP_ENTRY_ATTRIBUTE = 'data-app-entry';
