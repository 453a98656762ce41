/** Comments scoring at or below this start collapsed (design.md §3). */
export const DEFAULT_THRESHOLD_SCORE = -10;
