import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionRecord } from './sessionRecord';

/** A sessionStorage stand-in holding `stored`; `refuse` makes every write throw, as a full one does. */
function stubStorage(stored: Record<string, string>, refuse = false) {
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => stored[key] ?? null,
    setItem: (key: string, value: string) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      stored[key] = value;
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('sessionRecord', () => {
  it('reads what an earlier page saved, and saves what changed', () => {
    const stored = { 'fil:test': '{"a":1}' };
    stubStorage(stored);
    const record = sessionRecord<number>('fil:test');
    expect(record.entries).toEqual({ a: 1 });
    record.entries.b = 2;
    record.save();
    expect(JSON.parse(stored['fil:test'])).toEqual({ a: 1, b: 2 });
  });

  it('starts empty on a missing, malformed or non-object value', () => {
    for (const value of [undefined, '{not json', 'null', '7']) {
      stubStorage(value === undefined ? {} : { 'fil:test': value });
      expect(sessionRecord('fil:test').entries).toEqual({});
    }
  });

  it('keeps working when there is no storage or it refuses writes', () => {
    vi.stubGlobal('sessionStorage', undefined);
    const none = sessionRecord<number>('fil:test');
    none.entries.a = 1;
    expect(() => none.save()).not.toThrow();
    stubStorage({}, true);
    const full = sessionRecord<number>('fil:test');
    full.entries.a = 1;
    expect(() => full.save()).not.toThrow();
    expect(full.entries).toEqual({ a: 1 });
  });
});
