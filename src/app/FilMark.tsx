/**
 * Fil's mark (public/favicon.svg, the tab icon and the source of the app icons) drawn inline in
 * the header: an <img> of the same file made every page build a separate SVG document before
 * its first paint (~40 ms of main thread measured here) and fetch one more file. Decorative: the
 * link beside it carries the name. `FilMark.test.tsx` keeps the two drawings the same.
 */
export function FilMark({ size }: { readonly size: number }) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size} aria-hidden="true">
      <rect width="32" height="32" rx="6" fill="#1e3a8a" />
      <path
        d="M9 7v18M9 12h6v13M15 17h8v8"
        stroke="#fff"
        strokeWidth="2.5"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
