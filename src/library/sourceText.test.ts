import { afterEach, describe, expect, it, vi } from 'vitest';
import { libraryKeys } from './queryKeys';
import { loadSourceText, SourceLoadError, sourceTextQuery } from './sourceText';
import { sessionStore } from './sessionStore';
import type { StoredDocument } from './storage';

vi.mock('virtual:fil-seeds', () => ({
  seedUrls: { seed: '/seeds/seed.abc.json', bare: '/seeds/bare.def.json' },
}));
vi.mock('virtual:fil-seed-library', () => ({
  seedSummaries: [],
  seedSourceUrls: { seed: '/seeds/seed.123.txt' },
}));

const storage = vi.hoisted(() => ({
  stored: new Map<string, unknown>(),
  broken: false,
}));

vi.mock('./storage', () => {
  class StorageError extends Error {}
  return {
    StorageError,
    readStoredDocument: async (id: string) => {
      if (storage.broken) throw new StorageError('unavailable');
      return storage.stored.get(id) ?? null;
    },
  };
});

function stored(id: string, bytes: Uint8Array<ArrayBuffer>, encoding: StoredDocument['encoding']) {
  return {
    id,
    encoding,
    fileName: `${id}.txt`,
    importedAt: '2024-01-01T00:00:00Z',
    summary: {} as StoredDocument['summary'],
    documentJson: new Blob(['{}']),
    source: new Blob([bytes]),
  } satisfies StoredDocument;
}

afterEach(() => {
  vi.unstubAllGlobals();
  storage.stored.clear();
  storage.broken = false;
  sessionStore.delete('in-session');
});

describe('loadSourceText', () => {
  it('fetches a bundled document’s text from its asset URL', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('Titre\n\n1. +2\n');
    });
    expect(await loadSourceText('seed')).toEqual({ text: 'Titre\n\n1. +2\n' });
    expect(fetched).toEqual(['/seeds/seed.123.txt']);
  });

  it('rejects with the id and status as data when the asset cannot be fetched', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const error: unknown = await loadSourceText('seed').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceLoadError);
    expect(error).toMatchObject({ id: 'seed', status: 404 });
  });

  it('gives null for a bundled document without a text asset', async () => {
    vi.stubGlobal('fetch', () => {
      throw new Error('nothing should be fetched');
    });
    expect(await loadSourceText('bare')).toBeNull();
  });

  it('decodes a stored import with the encoding it was read with', async () => {
    // BOM-less UTF-16BE "Café": also valid UTF-8 (with NULs), which detection alone would pick.
    const bytes = new Uint8Array([0x00, 0x43, 0x00, 0x61, 0x00, 0x66, 0x00, 0xe9]);
    storage.stored.set('imported', stored('imported', bytes, 'utf-16be'));
    expect(await loadSourceText('imported')).toEqual({ text: 'Café' });
  });

  it('reads a document kept only for the session', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x42, 0x00]);
    sessionStore.put(stored('in-session', bytes, 'utf-16le'));
    expect(await loadSourceText('in-session')).toEqual({ text: 'A\nB' });
  });

  it('gives null for an import of Fil’s JSON: its notes number the lines of another text', async () => {
    const json = new TextEncoder().encode('{\n  "format": "comment-thread/2",\n  "id": "x"\n}\n');
    storage.stored.set('from-json', stored('from-json', json, 'utf-8'));
    expect(await loadSourceText('from-json')).toBeNull();
  });

  it('gives null when the import is gone or storage is unavailable', async () => {
    expect(await loadSourceText('missing')).toBeNull();
    storage.broken = true;
    expect(await loadSourceText('missing')).toBeNull();
  });
});

describe('sourceTextQuery', () => {
  it('is keyed by document and never refetched while open', () => {
    const options = sourceTextQuery('seed');
    expect(options.queryKey).toEqual(libraryKeys.sourceText('seed'));
    expect(options.staleTime).toBe(Infinity);
  });
});
