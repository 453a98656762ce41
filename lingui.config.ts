import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

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
      include: ['src'],
      exclude: ['**/*.test.ts'],
    },
  ],
  format: formatter({ lineNumbers: false }),
});
