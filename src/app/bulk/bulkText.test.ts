import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../locales/testing';
import { bundledNoteText, deletedText, deletingText, exportStatusText } from './bulkText';
import { selectedText } from '../../components/selectionText';

afterEach(() => activateLanguage('en'));

describe('the bulk actions’ words', () => {
  it('counts the selection', () => {
    expect(selectedText(1)).toBe('1 document selected');
    expect(selectedText(1200)).toBe('1,200 documents selected');
  });

  it('says what Delete leaves when the selection holds documents that come with Fil', () => {
    expect(bundledNoteText(3, 0)).toBeNull();
    expect(bundledNoteText(0, 1)).toBe('This document comes with Fil: it cannot be deleted.');
    expect(bundledNoteText(0, 2)).toBe('These documents come with Fil: they cannot be deleted.');
    expect(bundledNoteText(3, 2)).toBe('Delete keeps the 2 documents that come with Fil.');
  });

  it('says how many were deleted, and how many bundled ones were kept', () => {
    expect(deletedText(12, 0)).toBe('12 documents deleted.');
    expect(deletedText(1, 1)).toBe('1 document deleted. 1 document that comes with Fil was kept.');
    expect(deletedText(3, 2)).toBe(
      '3 documents deleted. 2 documents that come with Fil were kept.',
    );
  });

  it('says a delete is under way, and of how many', () => {
    expect(deletingText(1)).toBe('Deleting 1 document…');
    expect(deletingText(10000)).toBe('Deleting 10,000 documents…');
  });

  it('follows an export, numbers grouped the interface language’s way', () => {
    expect(exportStatusText({ kind: 'working', done: 1000, total: 2500 })).toBe(
      'Preparing the file: 1,000 of 2,500 documents…',
    );
    expect(exportStatusText({ kind: 'done', fileName: 'fil-texts-2024-05-01.zip', count: 1 })).toBe(
      '1 document exported as fil-texts-2024-05-01.zip.',
    );
  });
});
