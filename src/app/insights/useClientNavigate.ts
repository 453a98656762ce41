import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * A click handler that follows an in-app address through the router (the document stays in
 * the query cache; a 100,000-comment thread is not fetched again), for links React Router's
 * <Link> cannot be: an SVG <a>, or a chart's pointer area. A click with a modifier key or
 * another button is left to the browser (a new tab, a new window).
 */
export function useClientNavigate(): (event: MouseEvent<Element>, to: string) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<Element>, to: string) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void navigate(to);
    },
    [navigate],
  );
}
