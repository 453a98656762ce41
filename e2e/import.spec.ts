import { readFileSync, readdirSync, writeFileSync, truncateSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolationsInBothThemes,
  gotoBeforeTheApp,
  holdWorkerAfter,
  storedCount,
  test,
} from './fixtures';

const SEEDS = join(import.meta.dirname, '..', 'seeds');
const seed = (name: string) => readFileSync(join(SEEDS, `${name}.txt`));
const SEED_000 = seed('000_78ca0d792cd5fe59');
const SEED_002 = seed('002_a1099bbf24a2ba7a');
// The seeds' pages, one byte longer: a seed's own file is the bundled page again (a duplicate),
// these are new documents.
const PAGE_000 = Buffer.concat([SEED_000, Buffer.from('\n')]);
const PAGE_002 = Buffer.concat([SEED_002, Buffer.from('\n')]);

const THREAD = [
  'Un fil importé – Le Site',
  '',
  '2',
  '',
  'Le texte de l’article, avec « guillemets » et 5 € de frais… C’est tout.',
  '',
  '1. +3',
  '  22 janvier 2022 09: 32',
  '  Premier commentaire.',
  '  1. - 2',
  '    22 janvier 2022 10:01',
  '    Citation : Anne',
  '    Premier commentaire.',
  '',
  '    Une réponse.',
].join('\n');

/** Windows-1252 bytes of a text (Latin-1 plus the 0x80–0x9F punctuation it assigns). */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = {
    '€': 0x80,
    '…': 0x85,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  return Buffer.from([...text].map((char) => extra[char] ?? char.charCodeAt(0)));
}

function utf16(text: string, littleEndian: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (!littleEndian) body.swap16();
  return Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

const fileInput = (page: Page) => page.getByLabel('Choose text files to import');
const importRow = (page: Page, name: string) => page.locator(`[data-import-name="${name}"]`);
/**
 * The library's entry for a document, whatever list shows it: a list item with a link to it,
 * other than the import panel's rows (data-import-name).
 */
const libraryItem = (page: Page, title: string) =>
  page
    .locator('main li:not([data-import-name])')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
const libraryLink = (page: Page, title: string) =>
  libraryItem(page, title).getByRole('link', { name: title, exact: true });

async function importFiles(page: Page, files: { name: string; buffer: Buffer }[]) {
  await fileInput(page).setInputFiles(files.map((file) => ({ ...file, mimeType: 'text/plain' })));
}

/** Every rendered comment as [id, score, level]: the tree as a reader sees it. */
const treeShape = (page: Page) =>
  page
    .getByRole('treeitem')
    .evaluateAll((items) =>
      items.map((item) => [
        item.id,
        item.getAttribute('data-score'),
        item.getAttribute('aria-level'),
      ]),
    );

async function openImported(page: Page, name: string) {
  await importRow(page, name).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('import routes', () => {
  test('paste: the text becomes a document that is kept across reloads', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Paste a page').fill(THREAD);
    await page.getByRole('button', { name: 'Import pasted text' }).click();
    const row = importRow(page, 'Pasted text');
    await expect(row.locator('[data-import-outcome="saved"]')).toContainText('Un fil importé');
    await expect(libraryItem(page, 'Un fil importé')).toContainText('Imported');
    await expect(libraryItem(page, 'Un fil importé')).toContainText('2 comments');
    expect(await storedCount(page)).toBe(1);

    await page.reload();
    await libraryLink(page, 'Un fil importé').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un fil importé');
    await expect(page.getByText('Le Site')).toBeVisible();
    await expect(page.locator('[id="comment-1.1"]')).toContainText('Une réponse.');
    await expect(page.locator('[id="comment-1"]')).toContainText('Anne');
  });

  test('file picker: several files at once', async ({ page }) => {
    await page.goto('/');
    await importFiles(page, [
      { name: 'seed-000.txt', buffer: PAGE_000 },
      { name: 'seed-002.txt', buffer: PAGE_002 },
    ]);
    await expect(
      importRow(page, 'seed-000.txt').locator('[data-import-outcome="saved"]'),
    ).toBeVisible();
    await expect(
      importRow(page, 'seed-002.txt').locator('[data-import-outcome="saved"]'),
    ).toBeVisible();
    await expect(importRow(page, 'seed-002.txt')).toContainText(
      'No comments found: it reads as an article.',
    );
    expect(await storedCount(page)).toBe(2);
  });

  // Cancel goes when its batch ends. Had it the focus, the focus goes to the batch's summary,
  // which says what came of it, rather than to the page's body; anywhere else, it stays.
  test('a batch that ends while Cancel has the focus gives it to its summary; focus elsewhere stays', async ({
    page,
  }) => {
    // The seeds, each with a title of its own: six documents, none a duplicate of another.
    const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
    const copies = [...seeds, seeds[0]!].map((name, index) => ({
      name: `copie-${index + 1}.txt`,
      buffer: Buffer.concat([Buffer.from(`Copie ${index + 1} : `), seed(name.slice(0, -4))]),
    }));
    expect(copies).toHaveLength(6);
    await holdWorkerAfter(page, 2);
    await page.goto('/');
    await importFiles(page, copies);
    const batches = page.locator('[data-import-batch]');
    const cancel = page.getByRole('button', { name: 'Cancel import' });
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'value',
      '2',
    );
    await cancel.focus();
    await page.evaluate(() =>
      (window as unknown as { filReleaseImports(): void }).filReleaseImports(),
    );
    await expect(batches.first()).toHaveAttribute('data-import-batch', 'done');
    await expect(batches.first()).toHaveAttribute('data-imported', '6');
    await expect(cancel).toHaveCount(0);
    await expect(batches.first().getByText('6 files: 6 imported.')).toBeFocused();

    // The focus on the encoding menu while another batch runs and ends: it stays there.
    const encoding = page.getByLabel('Encoding');
    await encoding.focus();
    await importFiles(page, [
      { name: 'thread.txt', buffer: Buffer.from(THREAD) },
      { name: 'seed-002.txt', buffer: PAGE_002 },
    ]);
    await expect(page.locator('[data-import-batch="done"]')).toHaveCount(2);
    await expect(
      page.getByRole('list', { name: 'Imports' }).getByText('2 files: 2 imported.'),
    ).toBeVisible();
    await expect(encoding).toBeFocused();
  });

  test('file picker: files chosen before the app runs are imported once it does', async ({
    page,
  }) => {
    // The prerendered input takes the choice (the keyboard reaches it) while no listener runs.
    await gotoBeforeTheApp(page, '/', async () => {
      await importFiles(page, [{ name: 'early.txt', buffer: PAGE_000 }]);
      await expect(page.locator('#root[data-interactive]')).toHaveCount(0);
    });
    await expect(
      importRow(page, 'early.txt').locator('[data-import-outcome="saved"]'),
    ).toBeVisible();
    expect(await storedCount(page)).toBe(1);
    // Taken once: the input is emptied, so the same file can be chosen again.
    await expect(fileInput(page)).toHaveJSProperty('value', '');
  });

  test('drop: files dropped anywhere on the library page are imported, with the encoding chosen', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    // The panel's encoding applies to dropped files too (its hint says so).
    await page.getByLabel('Encoding').selectOption('utf-8');
    await expect(page.getByLabel('Encoding')).toHaveAccessibleDescription(
      'For the files you choose or drop. Pasted text needs none.',
    );
    const legacy = [...windows1252(THREAD)];
    const dataTransfer = await page.evaluateHandle(
      ([text, bytes]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
        transfer.items.add(new File([new Uint8Array(bytes)], 'legacy.txt', { type: 'text/plain' }));
        return transfer;
      },
      [THREAD, legacy] as const,
    );
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop files or folders to import them')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByText('Drop files or folders to import them')).toBeHidden();
    await expect(
      importRow(page, 'dropped.txt').locator('[data-import-outcome="saved"]'),
    ).toContainText('Un fil importé');
    // Read as UTF-8, as chosen, not detected as Windows-1252.
    await expect(importRow(page, 'legacy.txt')).toContainText(
      'Some characters may be wrong: read as UTF-8',
    );
  });
});

test.describe('encodings', () => {
  const cases = [
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(THREAD, 'utf8')]),
    ],
    ['UTF-16 little-endian', utf16(THREAD, true)],
    ['UTF-16 big-endian', utf16(THREAD, false)],
    ['Windows-1252', windows1252(THREAD)],
  ] as const;
  for (const [label, buffer] of cases) {
    test(`${label} decodes to the right text`, async ({ page }) => {
      await page.goto('/');
      await importFiles(page, [{ name: 'encoded.txt', buffer }]);
      await expect(
        importRow(page, 'encoded.txt').locator('[data-import-outcome="saved"]'),
      ).toBeVisible();
      await openImported(page, 'encoded.txt');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un fil importé');
      await expect(
        page.getByText('Le texte de l’article, avec « guillemets » et 5 € de frais… C’est tout.'),
      ).toBeVisible();
    });
  }

  // Both once fell back to Windows-1252 whole, every accented letter garbled ("importÃ©") and
  // no warning shown.
  const utf8 = Buffer.from(THREAD, 'utf8');
  const bad = [
    [
      'with a Latin-1 byte pasted in',
      Buffer.concat([utf8, Buffer.from(' caf\xe9', 'latin1')]),
      'Une réponse. caf\ufffd',
    ],
    [
      'cut inside its last character',
      Buffer.concat([utf8, Buffer.from(' é', 'utf8').subarray(0, 2)]),
      'Une réponse. \ufffd',
    ],
  ] as const;
  for (const [label, buffer, last] of bad) {
    test(`UTF-8 ${label} is read as UTF-8, with a warning`, async ({ page }) => {
      await page.goto('/');
      await importFiles(page, [{ name: 'damaged.txt', buffer }]);
      const row = importRow(page, 'damaged.txt');
      await expect(row.locator('[data-import-outcome="saved"]')).toContainText('Un fil importé');
      await expect(row).toContainText('Some characters may be wrong: read as UTF-8');
      await openImported(page, 'damaged.txt');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un fil importé');
      await expect(
        page.getByText('Le texte de l’article, avec « guillemets » et 5 € de frais… C’est tout.'),
      ).toBeVisible();
      await expect(page.getByText(last)).toBeVisible();
    });
  }

  test('a file read with the wrong encoding can be read again with another', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Encoding').selectOption('utf-8');
    await importFiles(page, [{ name: 'legacy.txt', buffer: windows1252(THREAD) }]);
    const row = importRow(page, 'legacy.txt');
    await expect(row).toContainText('Some characters may be wrong: read as UTF-8');
    await row.getByLabel('Read it again as').selectOption('windows-1252');
    await expect(row.locator('[data-import-outcome="saved"]')).toContainText('Un fil importé');
    await expect(row).not.toContainText('Some characters may be wrong');
    // The garbled reading was replaced, not kept beside the right one.
    await expect.poll(() => storedCount(page)).toBe(1);
  });
});

// A copy of a bundled page's own file was once saved beside it as a new document.
test('a copy of a bundled page is recognised as already in the library', async ({ page }) => {
  await page.goto('/');
  await importFiles(page, [{ name: 'copy-of-000.txt', buffer: SEED_000 }]);
  const outcome = importRow(page, 'copy-of-000.txt').locator('[data-import-outcome="duplicate"]');
  await expect(outcome).toContainText('Already in your library:');
  await expect(outcome.getByRole('link')).toHaveAttribute('href', '/articles/000_78ca0d792cd5fe59');
  expect(await storedCount(page)).toBe(0);
});

test.describe('keeping documents', () => {
  test('rename, delete and undo', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Paste a page').fill(THREAD);
    await page.getByRole('button', { name: 'Import pasted text' }).click();
    const main = page.getByRole('main');
    await libraryItem(page, 'Un fil importé')
      .getByRole('button', { name: /^Rename/ })
      .click();
    await main.getByLabel('New title').fill('Mon fil à moi');
    await main.getByRole('button', { name: 'Save title' }).click();
    await expect(libraryLink(page, 'Mon fil à moi')).toBeVisible();
    await page.reload();
    await libraryLink(page, 'Mon fil à moi').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon fil à moi');
    await page.goBack();

    await libraryItem(page, 'Mon fil à moi')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(libraryItem(page, 'Mon fil à moi')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(libraryLink(page, 'Mon fil à moi')).toBeVisible();
    await page.reload();
    await expect(libraryLink(page, 'Mon fil à moi')).toBeVisible();

    await libraryItem(page, 'Mon fil à moi')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(libraryItem(page, 'Mon fil à moi')).toHaveCount(0);
    expect(await storedCount(page)).toBe(0);
  });

  // The editor takes the place of Rename: however it closes, the focus goes back to Rename
  // rather than to the page's body. A blank title is refused in words tied to the field.
  test('the title editor: Escape and Cancel change nothing, a blank title is refused, the focus returns to Rename', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('Paste a page').fill(THREAD);
    await page.getByRole('button', { name: 'Import pasted text' }).click();
    const main = page.getByRole('main');
    const field = main.getByLabel('New title');
    const rename = (title: string) =>
      libraryItem(page, title).getByRole('button', { name: `Rename ${title}` });

    // Escape: the editor closes, the title is as it was, Rename has the focus.
    await rename('Un fil importé').click();
    await expect(field).toBeFocused();
    await field.fill('Un titre abandonné');
    await field.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(libraryLink(page, 'Un fil importé')).toBeVisible();
    await expect(libraryLink(page, 'Un titre abandonné')).toHaveCount(0);
    await expect(rename('Un fil importé')).toBeFocused();

    // Cancel: the same.
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await field.fill('Un autre titre abandonné');
    await main.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(field).toHaveCount(0);
    await expect(libraryLink(page, 'Un fil importé')).toBeVisible();
    await expect(rename('Un fil importé')).toBeFocused();

    // A blank title, by Enter and by Save: said, tied to the field, and the editor stays.
    await page.keyboard.press('Enter');
    await field.fill('   ');
    await field.press('Enter');
    const message = 'A title cannot be empty: type one, or cancel.';
    await expect(main.getByRole('alert')).toHaveText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    await expect(field).toBeFocused();
    await expectNoAxeViolationsInBothThemes(page, {
      include: '[data-document-id]',
      label: 'a blank title refused',
    });
    await field.fill('');
    await expect(field).not.toHaveAttribute('aria-invalid');
    await main.getByRole('button', { name: 'Save title' }).click();
    await expect(field).toHaveAccessibleDescription(message);
    await expect(field).toBeFocused();
    await expect(libraryLink(page, 'Un fil importé')).toBeVisible();

    // Saved: the new title, and the focus on the row's Rename.
    await field.fill('Mon fil à moi');
    await field.press('Enter');
    await expect(field).toHaveCount(0);
    await expect(libraryLink(page, 'Mon fil à moi')).toBeVisible();
    await expect(rename('Mon fil à moi')).toBeFocused();
  });

  test('export as text and import again gives the same tree; export as JSON gives the document', async ({
    page,
  }) => {
    await page.goto('/articles/000_78ca0d792cd5fe59');
    const [textDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export text' }).click(),
    ]);
    const exported = readFileSync(await textDownload.path());
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    expect(json.format).toBe('comment-thread/2');
    expect(json.comments).toHaveLength(5);
    expect(json.declaredCommentCount).toBe(20);
    // Format 2: every comment says which input lines it came from (seed 000's first comment
    // starts on its header line and ends before its first reply's header).
    expect(json.comments[0]).toMatchObject({ id: '1', line: expect.any(Number) });
    expect(json.comments[0].endLine).toBeLessThan(json.comments[0].children[0].line);

    // The tree expands on the render after the click: wait for it before reading it.
    const treeItems = page.getByRole('treeitem');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(treeItems).toHaveCount(20);
    const original = await treeShape(page);

    await page.goto('/');
    await importFiles(page, [{ name: 'exported.txt', buffer: exported }]);
    await openImported(page, 'exported.txt');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(() => treeShape(page)).toEqual(original);
    await expect(treeItems).toHaveCount(20);
    await expect(
      page.locator('[id="comment-1.1"]').getByRole('link', { name: 'Mikhaïl L. wrote' }),
    ).toBeVisible();
  });
});

test.describe('bad input gets a clear answer', () => {
  test('an empty file, a binary file and a 200 MB file are refused with the reason', async ({
    page,
  }) => {
    const folder = mkdtempSync(join(tmpdir(), 'fil-import-'));
    const huge = join(folder, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await page.goto('/');
    await importFiles(page, [
      { name: 'empty.txt', buffer: Buffer.alloc(0) },
      { name: 'noise.txt', buffer: binary },
    ]);
    await expect(
      importRow(page, 'empty.txt').locator('[data-import-outcome="refused"]'),
    ).toContainText('empty.txt is empty');
    await expect(
      importRow(page, 'noise.txt').locator('[data-import-outcome="refused"]'),
    ).toContainText('does not look like a saved page');
    await fileInput(page).setInputFiles(huge);
    await expect(
      importRow(page, 'huge.txt').locator('[data-import-outcome="refused"]'),
    ).toContainText('huge.txt is 200 MB; Fil imports files up to 100 MB');
    expect(await storedCount(page)).toBe(0);
  });

  test('a truncated page shows what was recovered and says what was not', async ({ page }) => {
    const text = SEED_000.toString('utf8');
    const cut = text.slice(0, text.indexOf("Il s'agit de la prochaine étape") + 20);
    await page.goto('/');
    await importFiles(page, [{ name: 'cut.txt', buffer: Buffer.from(cut) }]);
    const row = importRow(page, 'cut.txt');
    await expect(row).toContainText(
      'The page declares 20 comments but 12 were found; the page may be cut short.',
    );
    await openImported(page, 'cut.txt');
    await expect(page.getByTestId('comment-counts')).toHaveText('12 found of 20 declared');
    await page.getByTestId('diagnostics').locator('summary').click();
    await expect(page.getByTestId('diagnostics')).toContainText('may be cut short');
  });
});

test.describe('storage failures keep the document open and say why', () => {
  test('no IndexedDB (private mode): imported for this session only', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', { value: undefined }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('does not let Fil store documents');
    await page.getByLabel('Paste a page').fill(THREAD);
    await page.getByRole('button', { name: 'Import pasted text' }).click();
    const row = importRow(page, 'Pasted text');
    await expect(row.locator('[data-import-outcome="session-only"]')).toBeVisible();
    await expect(row).toContainText('Your imports stay open until you close this tab.');
    await expect(libraryItem(page, 'Un fil importé')).toContainText('Not saved: this session only');
    await openImported(page, 'Pasted text');
    await expect(page.locator('[id="comment-1.1"]')).toContainText('Une réponse.');
  });

  test('a full storage leaves what was stored intact', async ({ page }) => {
    await page.goto('/');
    await importFiles(page, [{ name: 'first.txt', buffer: Buffer.from(THREAD) }]);
    await expect(
      importRow(page, 'first.txt').locator('[data-import-outcome="saved"]'),
    ).toBeVisible();
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await importFiles(page, [{ name: 'second.txt', buffer: PAGE_000 }]);
    const row = importRow(page, 'second.txt');
    await expect(row.locator('[data-import-outcome="session-only"]')).toBeVisible();
    await expect(row).toContainText('storage for Fil is full');
    await page.reload(); // a new page: storage works again, the session copy is gone
    expect(await storedCount(page)).toBe(1);
    await libraryLink(page, 'Un fil importé').click();
    await expect(page.locator('[id="comment-1.1"]')).toContainText('Une réponse.');
  });

  test('a blocked upgrade says to close the other tabs', async ({ page }) => {
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function blockedOpen(this: IDBFactory, name: string) {
        const request = open.call(this, `${name}-blocked-test`, 1);
        request.onupgradeneeded = null;
        queueMicrotask(() => request.dispatchEvent(new Event('blocked')));
        return request;
      };
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Close the other Fil tabs and reload');
    await page.getByLabel('Paste a page').fill(THREAD);
    await page.getByRole('button', { name: 'Import pasted text' }).click();
    await expect(
      importRow(page, 'Pasted text').locator('[data-import-outcome="session-only"]'),
    ).toBeVisible();
  });
});

// Each state is checked in both themes once reached (the system's scheme switched). The undo
// notice keeps still while its button has the focus, which the delete gives it.
test('the library with imports, results and the undo notice has no axe violations', async ({
  page,
}) => {
  await page.goto('/');
  await importFiles(page, [
    { name: 'seed-000.txt', buffer: SEED_000 },
    { name: 'legacy.txt', buffer: windows1252(THREAD) },
    { name: 'empty.txt', buffer: Buffer.alloc(0) },
  ]);
  await expect(importRow(page, 'empty.txt').locator('[data-import-outcome]')).toBeVisible();
  const main = page.getByRole('main');
  await libraryItem(page, 'Un fil importé')
    .getByRole('button', { name: /^Rename/ })
    .click();
  await expect(main.getByLabel('New title')).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, { label: 'library with imports' });
  await main.getByRole('button', { name: 'Cancel', exact: true }).click();
  await libraryItem(page, 'Un fil importé')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expectNoAxeViolationsInBothThemes(page, { label: 'library with the undo notice' });
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
});
