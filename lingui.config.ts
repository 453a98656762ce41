import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

// Sources whose messages are shown only by parts loaded on demand (routes and components behind
// `withMessages` in src/locales/catalogues.ts): their messages go to the `deferred` catalogue,
// which the reader's first paint does not wait for. A message used in both kinds of file is in
// both catalogues. A file here that the first paint reaches would paint message ids: the browser
// tests fail on any message missing at render (e2e/fixtures.ts).
const DEFERRED = [
  'src/app/insights/**',
  'src/app/import/**',
  'src/app/collection/**',
  'src/app/bulk/**',
  'src/app/storage/**',
  'src/app/pwa/**',
  'src/app/LibraryPage.tsx',
  'src/components/UndoToast.tsx',
  'src/components/selectionText.ts',
  'src/app/RouteErrorPage.tsx',
  'src/app/reader/DiagnosticsPanel.tsx',
  'src/app/reader/ExportButtons.tsx',
  'src/app/reader/FilterBar.tsx',
  'src/app/reader/filterText.ts',
  'src/app/reader/KeyboardHelp.tsx',
  'src/app/reader/NotesContent.tsx',
  'src/app/reader/NoteGroup.tsx',
  'src/app/reader/NoteLines.tsx',
  'src/app/reader/LinesAround.tsx',
  'src/app/reader/OverviewRail.tsx',
  'src/library/messages.ts',
  'src/library/collectionMessages.ts',
  'src/library/mutations.ts',
  'src/library/sourceText.ts',
  'src/thread/diagnosticText.ts',
  'src/thread/insightsClient.ts',
  'src/thread/keyHelp.ts',
  'src/thread/notes.ts',
  'src/thread/overview.ts',
  'src/thread/search.ts',
  'src/thread/pagingText.ts',
  'src/components/Pager.tsx',
].map((path) => `<rootDir>/${path}`);

// The interface's languages are the seeds' own. `npm run i18n:extract` refreshes the catalogues
// from the source (English is the source language); translators fill fr and it. Origins carry no
// line numbers, so that moving code does not rewrite every catalogue.
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'fr', 'it'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.ts', ...DEFERRED],
    },
    { path: '<rootDir>/src/locales/{locale}/deferred', include: DEFERRED },
  ],
  format: formatter({ lineNumbers: false }),
});
