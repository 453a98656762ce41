import { describe, expect, it } from 'vitest';
import {
  announcementText,
  countsText,
  progressText,
  skipReasonText,
  summaryText,
  timeLeftText,
} from './importText';

const MB = 1024 * 1024;
const NONE = { imported: 0, sessionOnly: 0, duplicates: 0, skipped: 0, failed: 0, cancelled: 0 };

describe('import wording (English)', () => {
  it('says how far a batch is, with the time left once it is known', () => {
    expect(
      progressText({
        filesDone: 312,
        filesTotal: 1000,
        bytesDone: 7.8 * MB,
        bytesTotal: 24.4 * MB,
        secondsLeft: 17.2,
      }),
    ).toBe('312 of 1,000 files · 7.8 of 24.4 MB · about 20 seconds left');
    expect(
      progressText({
        filesDone: 0,
        filesTotal: 1,
        bytesDone: 0,
        bytesTotal: 0.9 * MB,
        secondsLeft: null,
      }),
    ).toBe('0 of 1 file');
  });

  it('rounds the time left up: 5-second steps, then minutes', () => {
    expect(timeLeftText(0.4)).toBe('about 5 seconds left');
    expect(timeLeftText(20)).toBe('about 20 seconds left');
    expect(timeLeftText(56)).toBe('about 1 minute left');
    expect(timeLeftText(61)).toBe('about 2 minutes left');
    expect(timeLeftText(600)).toBe('about 10 minutes left');
  });

  it('gives the counts that are not zero', () => {
    expect(
      countsText({ ...NONE, imported: 990, sessionOnly: 1, duplicates: 5, skipped: 2, failed: 1 }),
    ).toBe(
      '990 imported, 1 for this session only, 5 already in your library, 2 skipped, 1 not imported',
    );
    expect(countsText({ ...NONE, imported: 3, cancelled: 37 })).toBe('3 imported, 37 cancelled');
    expect(countsText(NONE)).toBe('nothing imported');
  });

  it('sums a batch up in one sentence', () => {
    expect(
      summaryText({ kind: 'folder', name: 'crawl' }, 4, { ...NONE, imported: 3, skipped: 1 }),
    ).toBe('Folder “crawl”: 3 imported, 1 skipped.');
    expect(summaryText({ kind: 'files' }, 1, { ...NONE, duplicates: 1 })).toBe(
      '1 file: 1 already in your library.',
    );
    expect(summaryText({ kind: 'paste' }, 1, { ...NONE, imported: 1 })).toBe(
      'Pasted text: 1 imported.',
    );
  });

  it('says why a file was skipped and what the live region announces', () => {
    expect(skipReasonText('not-text')).toContain('not a page Fil reads');
    // The rule of skipReason: .txt, .text, .json, no extension, or typed text/plain.
    expect(skipReasonText('not-text')).toContain('.txt, .text and .json');
    expect(skipReasonText('not-text')).toContain('no extension');
    expect(skipReasonText('not-text')).toContain('plain text');
    expect(skipReasonText('hidden')).toContain('a hidden file');
    expect(announcementText({ kind: 'started', batch: 1, files: 1000 })).toBe(
      'Importing 1,000 files.',
    );
    expect(announcementText({ kind: 'progress', batch: 1, done: 312, total: 1000 })).toBe(
      '312 of 1,000 files done.',
    );
    expect(
      announcementText({
        kind: 'finished',
        batch: 1,
        label: { kind: 'files' },
        files: 2,
        counts: { ...NONE, imported: 2 },
      }),
    ).toBe('2 files: 2 imported.');
  });
});
