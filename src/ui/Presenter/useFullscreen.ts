import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface Fullscreen {
  supported: boolean;
  active: boolean;
  toggle(): void;
}

function fullscreenOf(el: HTMLElement): Element | null {
  // Inside a shadow root (the embed) the document only knows the host element.
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.fullscreenElement ?? null;
}

/** The Fullscreen API for one element: whether it is full screen, and a switch. */
export function useFullscreen(ref: RefObject<HTMLElement | null>): Fullscreen {
  const [active, setActive] = useState(false);
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  useEffect(() => {
    if (typeof document === 'undefined') return;
    const update = () => {
      const el = ref.current;
      setActive(el !== null && fullscreenOf(el) === el);
    };
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, [ref]);
  const toggle = useCallback(() => {
    const el = ref.current;
    if (!el || !supported) return;
    if (fullscreenOf(el) === el) void document.exitFullscreen().catch(() => {});
    else void el.requestFullscreen().catch(() => {});
  }, [ref, supported]);
  return { supported, active, toggle };
}
