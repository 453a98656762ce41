// What the background pass refreshes in the query cache as it stores documents read again.

import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { libraryKeys } from '../../library/queryKeys';
import { reparseRefresher } from './useReparsePass';

const client = new QueryClient();
afterEach(() => {
  client.clear();
  vi.restoreAllMocks();
});

describe('reparseRefresher', () => {
  it('lists the library (the list alone) after the 1st and 21st document, the texts once at the end', async () => {
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const refresh = reparseRefresher(client);
    for (let i = 0; i < 25; i++) refresh.stored(`doc${i}`);
    const keysOf = (calls: typeof invalidate.mock.calls) =>
      calls.map(([filters]) => filters?.queryKey?.[1]);
    const during = invalidate.mock.calls.filter(
      ([filters]) => filters?.queryKey?.[1] !== 'document',
    );
    expect(during).toEqual([
      [{ queryKey: libraryKeys.list(), exact: true }],
      [{ queryKey: libraryKeys.list(), exact: true }],
    ]);
    expect(keysOf(invalidate.mock.calls)).not.toContain('article-texts');
    invalidate.mockClear();
    // The search's texts of the documents read again are dropped, and read again once.
    client.setQueryData(
      libraryKeys.articleTexts(),
      new Map([
        ['doc3', 'old text'],
        ['kept', 'text'],
      ]),
    );
    await refresh.finished();
    expect(invalidate.mock.calls).toEqual([
      [{ queryKey: libraryKeys.list() }],
      [{ queryKey: libraryKeys.articleTexts() }],
    ]);
    expect([
      ...(client.getQueryData<Map<string, string>>(libraryKeys.articleTexts())?.keys() ?? []),
    ]).toEqual(['kept']);
  });

  it('drops an unused cached reading and marks a shown one stale without reading it again', () => {
    client.setQueryData(libraryKeys.document('unused'), 'old reading');
    client.setQueryData(libraryKeys.document('shown'), 'old reading');
    const read = vi.fn(() => 'new reading');
    const unsubscribe = new QueryObserver(client, {
      queryKey: libraryKeys.document('shown'),
      queryFn: read,
      staleTime: Infinity,
    }).subscribe(() => {});
    const refresh = reparseRefresher(client);
    refresh.stored('unused');
    refresh.stored('shown');
    expect(client.getQueryState(libraryKeys.document('unused'))).toBeUndefined();
    expect(client.getQueryState(libraryKeys.document('shown'))).toMatchObject({
      data: 'old reading',
      isInvalidated: true,
    });
    expect(read).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('refreshes nothing at the end of a pass that stored nothing', async () => {
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    await reparseRefresher(client).finished();
    expect(invalidate).not.toHaveBeenCalled();
  });
});
