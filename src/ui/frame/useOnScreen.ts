/**
 * Whether an element is on screen: scrolled into view, in a panel that is open, in a tab that is
 * shown. Views that move with time pass this as their `active` flag, so a view out of sight does
 * no per-frame work at all and catches up the moment it comes back.
 */
import { useEffect, useState, type RefObject } from 'react';

/** Pixels around the viewport that count as on screen, so a view is ready as it scrolls in. */
const MARGIN = '200px';

export function useOnScreen(ref: RefObject<Element | null>): boolean {
  // Without IntersectionObserver (old engines, unit tests) everything counts as on screen.
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setOnScreen(last.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}
