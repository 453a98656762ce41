import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../locales/testing';
import {
  backupDoneText,
  backupProblemText,
  browserProblemText,
  exportProblemText,
  formatSize,
  restoreOutcomeText,
  restoreProblemText,
} from './collectionMessages';

afterEach(() => activateLanguage('en'));

const document = { title: 'Un fil', language: 'fr' };

describe('sizes', () => {
  it('in the largest unit of 1,024 that keeps them at 1 or more, one decimal at most', () => {
    expect(formatSize(0)).toBe('0 bytes');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(1023)).toBe('1,023 bytes');
    expect(formatSize(1536)).toBe('1.5 kB');
    expect(formatSize(12.34 * 1024 * 1024)).toBe('12.3 MB');
    expect(formatSize(1024 ** 3 * 1.25)).toBe('1.3 GB');
    expect(formatSize(1024 ** 4 * 2000)).toBe('2,000 TB');
  });

  it('in the interface language', () => {
    activateLanguage('fr');
    expect(formatSize(12.34 * 1024 * 1024)).toBe('12,3\u202fMo');
    expect(formatSize(2)).toMatch(/^2\s+octets$/);
  });
});

describe('backup and restore', () => {
  it('says what a backup holds, or that there is nothing to back up', () => {
    expect(backupDoneText(12, 3.4 * 1024 * 1024)).toBe('Backed up 12 documents (3.4 MB).');
    expect(backupDoneText(1, 2048)).toBe('Backed up 1 document (2 kB).');
    expect(backupDoneText(0, 22)).toContain('There is nothing to back up');
  });

  it('says what a restore added and what it found already there', () => {
    expect(restoreOutcomeText({ restored: 120, alreadyThere: 0 })).toBe('Restored 120 documents.');
    expect(restoreOutcomeText({ restored: 1, alreadyThere: 3 })).toBe(
      'Restored 1 document. 3 were already in your library and were kept as they are.',
    );
    expect(restoreOutcomeText({ restored: 2, alreadyThere: 1 })).toBe(
      'Restored 2 documents. 1 was already in your library and was kept as it is.',
    );
    expect(restoreOutcomeText({ restored: 0, alreadyThere: 3 })).toBe(
      'Nothing to restore: all 3 documents of this backup are already in your library.',
    );
    expect(restoreOutcomeText({ restored: 0, alreadyThere: 0 })).toBe(
      'This backup holds no documents.',
    );
  });

  it('says why a file cannot be restored, and that the library did not change', () => {
    const texts = [
      restoreProblemText({ code: 'not-zip' }),
      restoreProblemText({ code: 'not-backup' }),
      restoreProblemText({ code: 'newer', format: 'fil-backup/2' }),
      restoreProblemText({ code: 'damaged', member: 'documents/00003/source.txt', detail: 'x' }),
      restoreProblemText({ code: 'damaged', member: null, detail: 'x' }),
      restoreProblemText({ code: 'too-large' }),
      restoreProblemText({ code: 'storage', problem: 'quota', detail: null }),
      restoreProblemText({ code: 'truncated' }),
    ];
    for (const text of texts) expect(text).toMatch(/Your library has not changed\.$/);
    expect(texts[0]).toContain('it is not a zip file');
    expect(texts[2]).toContain('a newer version of Fil (fil-backup/2)');
    expect(texts[3]).toContain('documents/00003/source.txt cannot be read');
    expect(texts[6]).toContain('storage for Fil is full');
    expect(texts[7]).toMatch(/^This backup is damaged: the file is cut short/);
  });

  it('says what stays when taking out what was added failed too', () => {
    const storage = { code: 'storage', problem: 'failed', detail: 'Disk I/O error.' } as const;
    expect(restoreProblemText(storage, 1)).toMatch(
      /^The backup could not be restored\. .*1 document was added before this failed: it is still in your library\.$/,
    );
    expect(restoreProblemText({ code: 'damaged', member: null, detail: 'x' }, 1200)).toBe(
      'This backup is damaged: its list of files cannot be read. 1,200 documents were added before this failed: they are still in your library.',
    );
    expect(restoreProblemText(storage, 12)).not.toContain('has not changed');
  });

  it('words the browser’s failures by their name, never in the browser’s words alone', () => {
    const changed = {
      code: 'failed',
      name: 'NotReadableError',
      detail:
        'The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.',
    } as const;
    expect(restoreProblemText(changed)).toBe(
      'The backup could not be restored. The browser could not read a file: it may have changed or been moved since Fil was given it. Try again, choosing the file again if you chose one. Your library has not changed.',
    );
    expect(
      browserProblemText('NotFoundError', 'A requested file or directory could not be found'),
    ).toContain('moved or deleted');
    expect(browserProblemText('SecurityError', 'x')).toContain('did not allow');
    expect(browserProblemText('QuotaExceededError', 'x')).toContain('not enough space');
    // Unexpected: said as such, what the browser said quoted after it.
    expect(browserProblemText('TypeError', 'Failed to fetch')).toBe(
      'Something unexpected went wrong. The browser said: “Failed to fetch”',
    );
    expect(browserProblemText('Error', ' ')).toBe('Something unexpected went wrong.');
    expect(backupProblemText({ ...changed, name: 'QuotaExceededError' })).toBe(
      'The backup could not be made. There is not enough space on this device: free some space, then try again.',
    );
  });

  it('says why a backup could not be made', () => {
    expect(backupProblemText({ code: 'storage', problem: 'blocked', detail: null })).toContain(
      'Close the other Fil tabs',
    );
    expect(backupProblemText({ code: 'too-large' })).toContain('over 4 GB');
  });
});

describe('exports', () => {
  it('names the document an export stopped at, by its title or what stands for it', () => {
    expect(exportProblemText({ code: 'gone', document })).toBe(
      'Nothing was exported: “Un fil” is no longer in your library.',
    );
    expect(exportProblemText({ code: 'unfetched', document, status: 404 }, '[title]')).toBe(
      'Nothing was exported: the text of “[title]” could not be loaded (HTTP 404).',
    );
    expect(exportProblemText({ code: 'unfetched', document, status: null })).toContain(
      'are you offline?',
    );
    expect(
      exportProblemText({ code: 'unreadable', document: { title: '', language: null } }),
    ).toContain('“Untitled document” cannot be read');
    expect(exportProblemText({ code: 'too-large' })).toContain('Export fewer documents');
    expect(exportProblemText({ code: 'storage', problem: 'quota', detail: null })).toContain(
      'storage for Fil is full',
    );
  });
});
