import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Encoding } from '../../library/decode';
import type { ImportResult, ImportSource, ImportStatus } from '../../library/importer';
import { importMutation } from '../../library/importMutation';

export type ImportJob = {
  readonly key: number;
  readonly source: ImportSource;
  readonly encoding: Encoding | null;
  readonly status: ImportStatus | null;
  readonly result: ImportResult | null;
};

let nextKey = 1;

/** The reader's imports in this visit: each file's progress, then what came of it. */
export function useImports() {
  const { mutateAsync: importOne } = useMutation(importMutation());
  const [jobs, setJobs] = useState<readonly ImportJob[]>([]);

  const update = useCallback((key: number, change: Partial<ImportJob>) => {
    setJobs((current) => current.map((job) => (job.key === key ? { ...job, ...change } : job)));
  }, []);

  const run = useCallback(
    async (job: ImportJob, replacing: string | null) => {
      const { result } = await importOne({
        source: job.source,
        encoding: job.encoding,
        onProgress: (status) => update(job.key, { status }),
        // A file imported again with another encoding replaces its earlier reading.
        replacing,
      });
      update(job.key, { result, status: null });
    },
    [importOne, update],
  );

  const importAll = useCallback(
    async (sources: readonly ImportSource[], encoding: Encoding | null) => {
      const added = sources.map((source) => ({
        key: nextKey++,
        source,
        encoding,
        status: null,
        result: null,
      }));
      setJobs((current) => [...added, ...current]);
      // One at a time: a second 50 MB file waits instead of doubling the memory in use.
      for (const job of added) await run(job, null);
    },
    [run],
  );

  const retryWithEncoding = useCallback(
    async (job: ImportJob, encoding: Encoding) => {
      const previous = job.result && job.result.kind !== 'refused' ? job.result.id : null;
      const again: ImportJob = { ...job, encoding, status: null, result: null };
      setJobs((current) => current.map((entry) => (entry.key === job.key ? again : entry)));
      await run(again, previous);
    },
    [run],
  );

  const dismiss = useCallback(
    (key: number) => setJobs((current) => current.filter((job) => job.key !== key)),
    [],
  );

  return { jobs, importAll, retryWithEncoding, dismiss };
}
