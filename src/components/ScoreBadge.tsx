import { displayScore } from './formatting';

const TONE = {
  positive: 'text-emerald-700 dark:text-emerald-400',
  negative: 'text-rose-700 dark:text-rose-400',
  neutral: 'text-slate-600 dark:text-slate-400',
} as const;

function scoreTone(score: number): keyof typeof TONE {
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

/** The score, coloured by sign; the sign is in the text too, so colour is never the only cue. */
export function ScoreBadge({ score }: { score: number }) {
  return (
    <span
      className={`font-mono text-sm font-semibold tabular-nums ${TONE[scoreTone(score)]}`}
      data-tone={scoreTone(score)}
    >
      {displayScore(score)}
    </span>
  );
}
