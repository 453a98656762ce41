import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Button } from '../../components/Button';
import { useHydrating } from '../../components/useHydrating';
import { useLocale } from '../../components/useLocale';
import { BackupControls } from './BackupControls';
import { persistMutation, storageStatusQuery } from './storageStatus';
import { keptText, usageText } from './storageText';

/**
 * What the library uses of the browser's storage and what the browser allows, whether the
 * browser keeps it when space runs low (and asking it to), and the library's backup.
 */
export function StoragePanel() {
  useLocale();
  const usageId = useId();
  const { data: queried } = useQuery(storageStatusQuery());
  // The build cannot know this browser's figures: hydrating its page, none are drawn yet.
  const hydrating = useHydrating();
  const status = hydrating ? undefined : queried;
  const asking = useMutation(persistMutation());
  const answer = asking.data ?? null;
  const kept = status?.persisted === true || answer === true;
  return (
    <section aria-labelledby="storage-heading" className="mt-10" data-testid="storage-panel">
      <h2 id="storage-heading" className="text-lg font-semibold">
        {t({ message: 'Storage and backup', comment: 'heading of the library’s storage panel' })}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-700 dark:text-slate-300">
        {t`Your imported documents are kept in this browser, on this device: nowhere else.`}
      </p>
      {hydrating && (
        // The figures' usual height in English (the build's language), measured at 320, 375
        // and 412+ px wide: they take their place without pushing the list down.
        <div
          aria-hidden="true"
          className="mt-3 h-[194px] min-[375px]:h-[174px] min-[412px]:h-[154px]"
        />
      )}
      {status && (
        <>
          <p id={usageId} className="mt-3 text-sm" data-testid="storage-usage">
            {usageText(status.estimate)}
          </p>
          {status.estimate && <UsageMeter {...status.estimate} labelledBy={usageId} />}
          <p className="mt-3 max-w-prose text-sm" data-testid="storage-kept">
            {keptText(status.persisted, answer, status.canAsk)}
          </p>
          {!kept && status.canAsk && (
            <Button
              size="medium"
              className="mt-2"
              aria-disabled={asking.isPending || undefined}
              onClick={() => {
                if (!asking.isPending) asking.mutate();
              }}
            >
              {t`Ask to keep my library`}
            </Button>
          )}
        </>
      )}
      <BackupControls />
    </section>
  );
}

/**
 * A bar for the share of the allowed space in use (role="meter", its value in percent, its words
 * the sentence above it): drawn rather than a native <meter>, whose height and colours the
 * browser fixes. Any use at all shows at least a sliver.
 */
function UsageMeter({
  usage,
  quota,
  labelledBy,
}: {
  readonly usage: number;
  readonly quota: number;
  readonly labelledBy: string;
}) {
  const percent = Math.min(100, (usage / quota) * 100);
  return (
    <div
      role="meter"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(percent * 10) / 10}
      aria-valuetext={i18n.number(percent / 100, { style: 'percent', maximumFractionDigits: 2 })}
      className="mt-2 h-3 w-full max-w-md overflow-hidden rounded-full border border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-800"
    >
      <div
        className={`h-full bg-blue-700 dark:bg-blue-400 ${usage > 0 ? 'min-w-1' : ''}`}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
