// Browser measurements for the library at 10,000 documents (issue 14), used by scripts/bench.ts
// on the built site:
//  - the library is filled straight in IndexedDB from the page (database 'fil', version 2,
//    stores entries, documents, sources and texts, each keyed by id): 10,000 generated
//    documents (libraryCorpus.ts: titles and 500–1,500-word articles in five languages), stamped
//    with the current format and parser version so that the background pass leaves them alone;
//  - elements on the page at the top of the list, after scrolling to its middle and to its end
//    (target: at most 3,000 however it is scrolled);
//  - the search index: from the list painted to the titles and article texts indexed, and the
//    longest main-thread task meanwhile (target: none over 50 ms);
//  - a two-word query typed key by key once the index is built: from each trusted keydown to the
//    frame painted with its result (the count's data-library-query holds the query the list
//    shows), the way readerBench.ts times the thread's search (target: every key within 50 ms).

import type { Browser, Page } from '@playwright/test';
import { DOCUMENT_FORMAT, PARSER_VERSION } from '../src/parser/types.ts';
import type { Figure } from './importBench.ts';
import { generateCorpus, type CorpusDocument } from './libraryCorpus.ts';

const DOCUMENTS = 10_000;
const VIEWPORT = { width: 1280, height: 800 };
/** Typed a key at a time: two words of the generated articles, accents left out. */
const QUERY = 'securite ministre';

type BenchWindow = {
  filCorpus?: (count: number) => CorpusDocument[];
  filLongTasks: { start: number; duration: number }[];
  filPending?: Promise<number>;
};

/** Installed before any page script: every long task, with when it started. */
function longTaskProbe() {
  const probe = window as unknown as BenchWindow;
  probe.filLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.filLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * In the page: `count` generated documents stored as Fil stores an import, 500 a transaction;
 * gives the characters of their searchable texts.
 */
async function fillLibrary({
  count,
  format,
  parserVersion,
}: {
  count: number;
  format: string;
  parserVersion: number;
}): Promise<number> {
  const documents = (window as unknown as BenchWindow).filCorpus!(count);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('fil');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  for (let start = 0; start < documents.length; start += 500) {
    const tx = db.transaction(['entries', 'documents', 'sources', 'texts'], 'readwrite');
    for (const document of documents.slice(start, start + 500)) {
      const [title, ...paragraphs] = document.text.split('\n');
      const summary = {
        id: document.id,
        origin: 'imported',
        title: document.title,
        language: document.language,
        published: document.published,
        site: document.site,
        commentCount: document.commentCount,
        declaredCommentCount: null,
        wordCount: document.wordCount,
        diagnosticCount: 0,
      };
      const parsed = {
        format,
        id: document.id,
        title,
        titleLine: 1,
        language: document.language,
        source: { url: null, published: document.published, site: document.site },
        body: paragraphs.map((text, at) => ({ text, line: 3 + 2 * at, endLine: 3 + 2 * at })),
        removed: [],
        declaredCommentCount: null,
        declaredCountLine: null,
        comments: [],
        diagnostics: [],
      };
      tx.objectStore('entries').put({
        id: document.id,
        summary,
        fileName: `${document.id}.txt`,
        encoding: 'utf-8',
        importedAt: document.importedAt,
        format,
        parserVersion,
        customTitle: null,
        reparseFailure: null,
        articleTextStored: true,
      });
      tx.objectStore('documents').put({
        id: document.id,
        documentJson: new Blob([JSON.stringify(parsed)], { type: 'application/json' }),
      });
      tx.objectStore('sources').put({
        id: document.id,
        source: new Blob([document.text.replaceAll('\n', '\n\n')], { type: 'text/plain' }),
      });
      tx.objectStore('texts').put({ id: document.id, text: document.text });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return documents.reduce((sum, document) => sum + document.text.length, 0);
}

/**
 * Arms a measurement: the next trusted keydown starts the clock, which stops just after the
 * frame that first shows the list for `query` is painted. Await it with `settled`.
 */
async function armKey(page: Page, query: string): Promise<void> {
  await page.evaluate((query) => {
    const holds = () =>
      document.querySelector('[data-library-query]')?.getAttribute('data-library-query') === query;
    (window as unknown as BenchWindow).filPending = new Promise<number>((resolve) => {
      addEventListener(
        'keydown',
        (input) => {
          const start = input.timeStamp;
          const frame = () => {
            if (!holds()) return requestAnimationFrame(frame);
            setTimeout(() => resolve(performance.now() - start));
          };
          requestAnimationFrame(frame);
        },
        { capture: true, once: true },
      );
    });
  }, query);
}

const settled = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).filPending!);

const elements = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/** Two frames: what a scroll brings is rendered and painted. */
const painted = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function measureLibrary(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const figure = (what: string, value: string, target = '', holds: boolean | null = null) =>
    figures.push({ what, value, target, holds });

  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  // tsx keeps function names through a __name() helper, which the page needs too.
  await context.addInitScript('globalThis.__name = (target) => target;');
  await context.addInitScript(longTaskProbe);
  const page = await context.newPage();
  const count = page.getByTestId('library-count');
  try {
    await page.goto(`${baseUrl}/`);
    // The prerendered library shows before it answers input: wait until it does.
    await page.locator('#root[data-interactive]').waitFor({ state: 'attached', timeout: 120_000 });
    await count.waitFor();
    const filling = Date.now();
    await page.evaluate(`globalThis.filCorpus = ${generateCorpus.toString()}`);
    const characters = await page.evaluate(fillLibrary, {
      count: DOCUMENTS,
      format: DOCUMENT_FORMAT,
      parserVersion: PARSER_VERSION,
    });
    figure(
      'library filled in IndexedDB from the page',
      `${DOCUMENTS.toLocaleString('en')} generated documents, ${(characters / 1e6).toFixed(0)} M characters of searchable text, in ${((Date.now() - filling) / 1000).toFixed(1)} s`,
    );

    // Opened anew: the list, then the index built after it.
    await page.reload();
    const total = (DOCUMENTS + 6).toLocaleString('en');
    await page
      .locator('[data-testid="library-count"]', { hasText: `${total} documents` })
      .waitFor({ timeout: 60_000 });
    const listPainted = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
        ),
    );
    figure(`library listed, ${total} documents (navigation to the list painted)`, ms(listPainted));
    let largest = await elements(page);
    const top = largest;
    await page.locator('[data-library-index="full"]').waitFor({ timeout: 120_000 });
    const indexed = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(() => (window as unknown as BenchWindow).filLongTasks);
    const loading = tasks.filter((task) => task.start < listPainted);
    const building = tasks.filter((task) => task.start >= listPainted);
    const longest = (list: { duration: number }[]) =>
      Math.max(0, ...list.map((task) => task.duration));
    figure(
      'longest main-thread task while the library loads and lists (before the index)',
      `${ms(longest(loading))} (${loading.length} over 50 ms)`,
    );
    figure(
      'search index of titles and article texts: from the list painted to built',
      ms(indexed - listPainted),
    );
    figure(
      'longest main-thread task while it builds',
      `${ms(longest(building))} (${building.length} over 50 ms)`,
      'none over 50 ms',
      building.length === 0,
    );

    // Scrolled to the middle of the list and to its end.
    for (const share of [0.5, 1]) {
      await page.evaluate(
        (share) => window.scrollTo(0, share * document.documentElement.scrollHeight),
        share,
      );
      await painted(page);
      largest = Math.max(largest, await elements(page));
    }
    figure(
      'elements on the page, at the top, the middle and the end of the list',
      `${top} at the top, ${largest} at most`,
      '≤ 3,000',
      largest <= 3000,
    );

    // The query typed key by key, at the top of the list.
    await page.evaluate(() => window.scrollTo(0, 0));
    const search = page.getByRole('searchbox', { name: 'Search the library' });
    await search.click();
    const keys: number[] = [];
    for (let at = 1; at <= QUERY.length; at++) {
      await armKey(page, QUERY.slice(0, at));
      await page.keyboard.press(QUERY[at - 1] === ' ' ? 'Space' : QUERY[at - 1]!);
      keys.push(await settled(page));
    }
    const found = await count.textContent();
    const slowest = Math.max(...keys);
    const sorted = [...keys].sort((a, b) => a - b);
    figure(
      `search keystrokes, "${QUERY}" typed (${keys.length} keys), key to list painted`,
      `median ${ms(sorted[Math.floor(sorted.length / 2)]!)}, slowest ${ms(slowest)} (${found})`,
      '≤ 50 ms each',
      slowest <= 50,
    );
    figure('elements on the page with the search shown', String(await elements(page)));
  } finally {
    await context.close();
  }
  return figures;
}
