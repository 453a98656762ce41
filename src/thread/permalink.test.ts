import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_ID_PREFIX,
  commentDomId,
  commentIdFromDomId,
  commentIdFromHash,
} from './permalink';

describe('commentDomId', () => {
  it('prefixes the id', () => {
    expect(COMMENT_ID_PREFIX).toBe('comment-');
    expect(commentDomId('1.2.1')).toBe('comment-1.2.1');
  });
});

describe('commentIdFromDomId', () => {
  it('reads the id back from the element id', () => {
    expect(commentIdFromDomId(commentDomId('1.2.1'))).toBe('1.2.1');
  });

  it('gives null for the ids of other elements', () => {
    expect(commentIdFromDomId('body-1.2')).toBeNull();
    expect(commentIdFromDomId('')).toBeNull();
  });
});

describe('commentIdFromHash', () => {
  it('reads the id from a permalink hash', () => {
    expect(commentIdFromHash('#comment-1.2.1')).toBe('1.2.1');
    expect(commentIdFromHash('#comment-7')).toBe('7');
  });

  it('decodes percent-encoding', () => {
    expect(commentIdFromHash('#comment-1%2E2')).toBe('1.2');
  });

  it('gives null for anything else, without throwing', () => {
    for (const hash of [
      '',
      '#',
      '#comment-',
      'comment-1',
      '#top',
      '#comments-1',
      '#Comment-1',
      '#comment-%E0%A4%A',
    ]) {
      expect(commentIdFromHash(hash), hash).toBeNull();
    }
  });

  it('round-trips any id through a URL hash', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(commentIdFromHash(`#${encodeURIComponent(commentDomId(id))}`)).toBe(id);
      }),
    );
  });
});
