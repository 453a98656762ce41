import { useCallback, useState } from 'react';

/**
 * The content width of an element in CSS pixels, from a ResizeObserver; 0 until its first
 * report. Charts draw at their real width, so their labels keep their size on a phone instead
 * of shrinking with a scaled viewBox. The observer reports after layout: measuring in the ref
 * callback instead would force a layout of the whole page in the middle of React's commit.
 */
export function useElementWidth(): readonly [(element: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: HTMLElement | null) => {
    if (element === null) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) setWidth(Math.floor(box.width));
    });
    observer.observe(element);
    // React 19 runs a ref callback's returned function when the element goes.
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
