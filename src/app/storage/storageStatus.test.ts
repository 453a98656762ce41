import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { libraryKeys } from '../../library/queryKeys';
import {
  persistMutation,
  readStorageStatus,
  storageStatusQuery,
  type StorageApi,
} from './storageStatus';
import { keptText, usageText } from './storageText';

const MB = 1024 * 1024;

describe('what the browser says of Fil’s storage', () => {
  it('reads usage, quota and whether it is kept', async () => {
    const api: StorageApi = {
      estimate: async () => ({ usage: 12.3 * MB, quota: 1200 * MB }),
      persisted: async () => false,
      persist: async () => true,
    };
    expect(await readStorageStatus(api)).toEqual({
      estimate: { usage: 12.3 * MB, quota: 1200 * MB },
      persisted: false,
      canAsk: true,
    });
  });

  it('says nothing it does not know: a missing API, a refusal, no quota', async () => {
    expect(await readStorageStatus(undefined)).toEqual({
      estimate: null,
      persisted: null,
      canAsk: false,
    });
    const refusing: StorageApi = {
      estimate: async () => ({ usage: 10 }),
      persisted: () => Promise.reject(new DOMException('no', 'SecurityError')),
    };
    expect(await readStorageStatus(refusing)).toEqual({
      estimate: null,
      persisted: null,
      canAsk: false,
    });
  });

  it('lives under the list’s key, so that listing the library again reads it again', async () => {
    expect(storageStatusQuery().queryKey.slice(0, 2)).toEqual([...libraryKeys.list()]);
    const client = new QueryClient();
    client.setQueryData(storageStatusQuery().queryKey, {
      estimate: null,
      persisted: false,
      canAsk: true,
    });
    await client.invalidateQueries({ queryKey: libraryKeys.list() });
    expect(client.getQueryState(storageStatusQuery().queryKey)?.isInvalidated).toBe(true);
  });

  it('asking to keep gives the browser’s answer and reads the status again', async () => {
    const client = new QueryClient();
    client.setQueryData(storageStatusQuery().queryKey, {
      estimate: null,
      persisted: false,
      canAsk: true,
    });
    const agree = new MutationObserver(client, persistMutation({ persist: async () => true }));
    expect(await agree.mutate()).toBe(true);
    expect(client.getQueryState(storageStatusQuery().queryKey)?.isInvalidated).toBe(true);
    const missing = new MutationObserver(client, persistMutation(undefined));
    expect(await missing.mutate()).toBe(false);
  });
});

describe('the storage panel’s words', () => {
  it('says how much is used of what is allowed, or that the browser does not say', () => {
    expect(usageText({ usage: 12.3 * MB, quota: 1.5 * 1024 * MB })).toBe(
      'Fil uses 12.3 MB of the 1.5 GB this browser allows it.',
    );
    expect(usageText(null)).toBe('This browser does not say how much space Fil uses.');
  });

  it('says whether the library is kept, what asking does and what the browser answered', () => {
    expect(keptText(true, null, true)).toContain('This browser keeps your library');
    expect(keptText(false, true, true)).toContain('This browser keeps your library');
    expect(keptText(false, false, true)).toContain('did not agree');
    expect(keptText(false, null, true)).toContain('it may agree, refuse, or ask you');
    expect(keptText(null, null, false)).toContain('cannot be asked');
  });
});
