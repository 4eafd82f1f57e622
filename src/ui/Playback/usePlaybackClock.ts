/**
 * The only place that reads the wall clock (requestAnimationFrame and performance.now): while
 * the store says "playing", each frame moves playback on by the real time elapsed × speed.
 * Everything else advances time through the store, which is what lets tests drive it.
 */
import { useEffect } from 'react';
import type { SimStore } from '../../store';

/** A frame longer than this (a background tab, a debugger) counts as this much. */
const MAX_FRAME_SECONDS = 0.1;

export function usePlaybackClock(store: SimStore): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;

    const tick = (now: number) => {
      const s = store.getState();
      if (!s.playing) {
        frame = 0;
        return;
      }
      const dt = Math.min(MAX_FRAME_SECONDS, Math.max(0, (now - last) / 1000));
      last = now;
      if (dt > 0) s.advance(dt * s.speed);
      frame = requestAnimationFrame(tick);
    };

    const start = () => {
      if (frame !== 0) return;
      last = performance.now();
      frame = requestAnimationFrame(tick);
    };

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.playing && !prev.playing) start();
    });
    if (store.getState().playing) start();
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
    };
  }, [store]);
}
