/// <reference types="vite/client" />

declare module 'virtual:fil-seeds' {
  /** Seed id → URL of its ParsedDocument as JSON. */
  export const seedUrls: Readonly<Record<string, string>>;
  /** The seeds whose JSON is large enough to be loaded in a worker (src/library/largeDocument.ts). */
  export const largeSeeds: readonly string[];
}

declare module 'virtual:fil-seed-library' {
  import type { DocumentSummary } from './library/summary';
  /** The bundled seeds' library entries, made at build time. */
  export const seedSummaries: readonly DocumentSummary[];
  /** Seed id → URL of the text it was parsed from (fetched only for the notes panel). */
  export const seedSourceUrls: Readonly<Record<string, string>>;
  /**
   * The id an import of a bundled document's text would get (contentId) → the bundled
   * document's id.
   */
  export const seedContentIds: Readonly<Record<string, string>>;
}

declare module 'virtual:fil-seed-texts' {
  /**
   * Bundled document id → what the library's search reads of it besides its title
   * (articleTextOf: its article paragraphs, one a line), made at build time; loaded only by the
   * library's search.
   */
  export const seedArticleTexts: Readonly<Record<string, string>>;
}
