import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // noUncheckedIndexedAccess makes every index read `T | undefined`; after a bounds check
      // in a hot loop, `!` states what the loop already guarantees.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  // Layering (design.md §5): each layer imports only from the layers above it.
  {
    files: ['src/parser/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/library/**',
            '**/thread/**',
            '**/app/**',
            '**/components/**',
            'react',
            'react-dom',
          ],
        },
      ],
    },
  },
  {
    files: ['src/library/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/thread/**', '**/app/**', '**/components/**'] },
      ],
    },
  },
  {
    files: ['src/thread/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', '**/components/**'] }] },
  },
  {
    // Shared presentational pieces sit under the app: pages compose them, never the reverse.
    files: ['src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**'] }] },
  },
  // Features (bulletproof-react): src/app/reader and src/app/import import neither each other nor
  // the pages and router in src/app that compose them.
  {
    files: ['src/app/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./]',
              message: 'A feature imports neither another feature nor the pages composing it.',
            },
          ],
        },
      ],
    },
  },
  // Specs take `test` and `expect` from e2e/fixtures.ts, whose fixtures every spec needs: the
  // wait for a prerendered page to answer input, the CSP and catalogue checks.
  {
    files: ['e2e/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from './fixtures'.",
            },
          ],
        },
      ],
    },
  },
);
