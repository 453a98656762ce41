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
  it('lists the library (the list alone) after the 1st and 21st document, the texts once at the end', () => {
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
    refresh.finished();
    expect(invalidate.mock.calls).toEqual([
      [{ queryKey: libraryKeys.list() }],
      [{ queryKey: libraryKeys.articleTexts() }],
    ]);
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

  it('refreshes nothing at the end of a pass that stored nothing', () => {
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    reparseRefresher(client).finished();
    expect(invalidate).not.toHaveBeenCalled();
  });
});
