import { expect, it } from 'vitest';
import { datedFileName } from './fileNames';

it('names a file by what it holds and the reader’s local date, zero-padded', () => {
  // Local times: late on 1 May is still 1 May, whatever the time in UTC.
  expect(datedFileName('backup', 'zip', new Date(2024, 4, 1, 23, 30))).toBe(
    'fil-backup-2024-05-01.zip',
  );
  expect(datedFileName('documents', 'jsonl', new Date(2025, 11, 9, 0, 5))).toBe(
    'fil-documents-2025-12-09.jsonl',
  );
});
