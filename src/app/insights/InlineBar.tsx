/**
 * A number with a bar of proportional length before it, for ranked tables: the bar is a
 * picture only (hidden from assistive technology), the number says the same.
 */
export function InlineBar({ value, max, label }: { value: number; max: number; label: string }) {
  const share = max > 0 ? value / max : 0;
  return (
    <span className="inline-flex items-center justify-end gap-2">
      <span
        aria-hidden="true"
        className="hidden h-2 rounded-sm bg-indigo-600 sm:inline-block dark:bg-indigo-400"
        style={{ width: `${Math.max(0.125, share * 4).toFixed(3)}rem` }}
      />
      {label}
    </span>
  );
}
