// Documents stored by an older Fil: the kept source is read again by the running parser, the
// reader's title survives it, and a stored copy that cannot be read never blanks the reader.
// Each test writes IndexedDB directly, as an older Fil left it, then loads the app.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const seedText = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'seeds', `${name}.txt`), 'utf8');
const SEED_000 = seedText('000_78ca0d792cd5fe59');
const SEED_004 = seedText('004_3397e821ada74a21');
const TITLE_000 =
  "Sergueï Lavrov a averti le secrétaire d'État Blinken des conséquences d'ignorer les exigences de sécurité russes";
const TITLE_004 =
  'Vertice Lavrov-Blinken: "La prossima settimana risposta scritta USA sulle garanzie di sicurezza"';

/** What an older Fil stored for one import: entry, document JSON text and source text. */
type OldRecord = {
  readonly entry: Record<string, unknown>;
  readonly documentJson: string;
  readonly source: string;
};

/** A library entry as Fil stored it before it kept a stamp or the reader's own title. */
function legacyEntry(id: string, title: string, commentCount: number) {
  return {
    id,
    summary: {
      id,
      origin: 'imported',
      title,
      language: 'fr',
      published: null,
      site: null,
      commentCount,
      declaredCommentCount: 20,
      wordCount: 100,
      diagnosticCount: 0,
    },
    fileName: `${id}.txt`,
    encoding: 'utf-8',
    importedAt: '2024-05-01T10:00:00.000Z',
  };
}

/**
 * A comment-thread/1 document as the first parser wrote it: body paragraphs as bare strings.
 * It has no comments, where the source has 20: a count of 20 proves a new reading.
 */
function formatOneJson(id: string, title: string): string {
  return JSON.stringify({
    format: 'comment-thread/1',
    id,
    title,
    language: 'fr',
    source: { url: null, published: null, site: null },
    body: ['Un paragraphe lu par un ancien parseur.'],
    removed: [],
    declaredCommentCount: 20,
    comments: [],
    diagnostics: [],
  });
}

/**
 * Writes records as an older Fil left them (no stamp, no searchable text) into Fil's database,
 * opened as the running app does (version 2: an older Fil's version 1 is upgraded in place,
 * keeping its records as they are).
 */
async function storeOldRecords(page: Page, records: readonly OldRecord[]) {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fil', 2);
      request.onupgradeneeded = () => {
        for (const store of ['entries', 'documents', 'sources', 'texts'])
          if (!request.result.objectStoreNames.contains(store))
            request.result.createObjectStore(store, { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entries', 'documents', 'sources'], 'readwrite');
      for (const { entry, documentJson, source } of records) {
        const id = entry.id as string;
        tx.objectStore('entries').put(entry);
        tx.objectStore('documents').put({
          id,
          documentJson: new Blob([documentJson], { type: 'application/json' }),
        });
        tx.objectStore('sources').put({ id, source: new Blob([source]) });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** The stored entry and document JSON text of `id`, as IndexedDB holds them now. */
async function readStored(page: Page, id: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fil');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = (store: string) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(id);
        request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
        request.onerror = () => reject(request.error);
      });
    const entry = await get('entries');
    const doc = await get('documents');
    db.close();
    const json = doc ? await (doc.documentJson as Blob).text() : null;
    return { entry: entry ?? null, json };
  }, id);
}

// The library's rows of imported documents (the bundled ones share the list: seed 004 has the
// same title as the stored copy read again here).
const importsList = (page: Page) =>
  page.getByRole('list', { name: 'Documents' }).locator('[data-origin="imported"]');
const card = (page: Page, id: string) => page.locator(`[data-document-id="${id}"]`);

test('an older import is read again from its source, keeping the reader’s title', async ({
  page,
}) => {
  await page.goto('/');
  await storeOldRecords(page, [
    {
      // Renamed by the reader: the entry's title differs from the one in its document.
      entry: legacyEntry('old-renamed', 'Mon fil à moi', 0),
      documentJson: formatOneJson('old-renamed', 'Titre de l’ancien parseur'),
      source: SEED_000,
    },
    {
      // Never renamed: it takes the title the parser gives now.
      entry: legacyEntry('old-plain', 'Titre de l’ancien parseur', 0),
      documentJson: formatOneJson('old-plain', 'Titre de l’ancien parseur'),
      source: SEED_004,
    },
  ]);
  await page.reload();

  // The background pass stores the new reading with the running format and parser version.
  await expect
    .poll(async () => (await readStored(page, 'old-renamed')).entry?.format)
    .toBe('comment-thread/2');
  await expect
    .poll(async () => (await readStored(page, 'old-plain')).entry?.format)
    .toBe('comment-thread/2');
  const renamed = await readStored(page, 'old-renamed');
  expect(renamed.entry).toMatchObject({
    id: 'old-renamed',
    parserVersion: 2,
    customTitle: 'Mon fil à moi',
    fileName: 'old-renamed.txt',
    importedAt: '2024-05-01T10:00:00.000Z',
    summary: { id: 'old-renamed', title: 'Mon fil à moi', commentCount: 20 },
  });
  const json = JSON.parse(renamed.json!) as {
    format: string;
    body: { text: string }[];
    comments: unknown[];
  };
  expect(json.format).toBe('comment-thread/2');
  expect(json.comments).toHaveLength(5);
  expect(typeof json.body[0]?.text).toBe('string');
  const plain = await readStored(page, 'old-plain');
  expect(plain.entry).toMatchObject({
    customTitle: null,
    summary: { title: TITLE_004 },
  });

  // The library, refreshed once the new readings are stored, shows them.
  await expect(card(page, 'old-renamed').getByTestId('comment-count')).toHaveText('20 comments');
  await expect(importsList(page).getByRole('link', { name: TITLE_004 })).toBeVisible();
  await importsList(page).getByRole('link', { name: 'Mon fil à moi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon fil à moi');
  await expect(page.getByTestId('comment-counts')).toHaveText('20 found of 20 declared');
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(20);
});

test('an older document opened straight away is read again on the spot, keeping the reader’s title', async ({
  page,
}) => {
  await page.goto('/');
  await storeOldRecords(page, [
    {
      entry: legacyEntry('old-opened', 'Lu plus tard', 0),
      documentJson: formatOneJson('old-opened', 'Titre de l’ancien parseur'),
      source: SEED_000,
    },
  ]);
  // Straight to the reader: an older format is read again on the spot, not shown stale.
  await page.goto('/articles/old-opened');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lu plus tard');
  await expect(page.getByTestId('comment-counts')).toHaveText('20 found of 20 declared');
  const stored = await readStored(page, 'old-opened');
  expect(stored.entry).toMatchObject({ format: 'comment-thread/2', customTitle: 'Lu plus tard' });
});

test('a stored copy that is garbage opens from its kept source', async ({ page }) => {
  await page.goto('/');
  await storeOldRecords(page, [
    {
      // Stamped as current, so only opening it finds out that its JSON is broken.
      entry: {
        ...legacyEntry('broken', TITLE_000, 20),
        format: 'comment-thread/2',
        parserVersion: 2,
        customTitle: null,
      },
      documentJson: '{"format": "comment-thread/2", "id": tronqu',
      source: SEED_000,
    },
  ]);
  await page.goto('/articles/broken');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_000);
  await expect(page.getByTestId('comment-counts')).toHaveText('20 found of 20 declared');
  const stored = await readStored(page, 'broken');
  expect((JSON.parse(stored.json!) as { format: string }).format).toBe('comment-thread/2');
});

test('a stored copy that is garbage, with a source that cannot be read, says so and is kept', async ({
  page,
}) => {
  const garbage = 'not JSON at all';
  await page.goto('/');
  await storeOldRecords(page, [
    {
      entry: {
        ...legacyEntry('lost', 'Un document abîmé', 20),
        format: 'comment-thread/2',
        parserVersion: 2,
        customTitle: null,
      },
      documentJson: garbage,
      source: '',
    },
  ]);
  await page.goto('/articles/lost');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(
    '“Un document abîmé” could not be opened',
  );
  await expect(alert).toContainText('Its stored copy could not be read (not a Fil document');
  await expect(alert).toContainText('lost.txt is empty');
  await expect(alert).toContainText('still in your library, unchanged');
  await expectNoAxeViolations(page, { label: 'a document that cannot be opened' });
  // Nothing of it was lost: the entry and its stored copy are as they were.
  const stored = await readStored(page, 'lost');
  expect(stored.json).toBe(garbage);
  expect(stored.entry).toMatchObject({ summary: { title: 'Un document abîmé' } });
  await alert.getByRole('link', { name: 'Back to the library' }).click();
  await expect(importsList(page).getByRole('link', { name: 'Un document abîmé' })).toBeVisible();
});

test('an older copy whose source cannot be read again is shown as it was stored', async ({
  page,
}) => {
  await page.goto('/');
  await storeOldRecords(page, [
    {
      entry: legacyEntry('old-no-source', 'Ancien sans source', 0),
      documentJson: formatOneJson('old-no-source', 'Ancien sans source'),
      source: '',
    },
  ]);
  await page.goto('/articles/old-no-source');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ancien sans source');
  await expect(page.getByText('Un paragraphe lu par un ancien parseur.')).toBeVisible();
  const stored = await readStored(page, 'old-no-source');
  // Left as it was, and marked so that this parser does not try it again at every start.
  expect(JSON.parse(stored.json!)).toMatchObject({ format: 'comment-thread/1' });
  expect(stored.entry).toMatchObject({
    reparseFailure: { format: 'comment-thread/2', parserVersion: 2 },
  });
  expect(stored.entry?.format).toBeUndefined();
});
