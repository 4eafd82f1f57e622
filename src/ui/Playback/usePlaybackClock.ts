/**
 * The only place that reads the wall clock (timers, requestAnimationFrame, performance.now):
 * while the store says "playing", it moves playback on by the real time elapsed × speed.
 * Everything else advances time through the store, which is what lets tests drive it.
 *
 * It does not move the store every frame. Up to the next event nothing appears or changes, so it
 * ticks there, and a few times a second in between for the clock's digits and the scrubber; it
 * tells the views how time glides until then, and their moving parts run on the browser's
 * animations (see frame/liveTime.ts). A view that must redraw every frame asks for frames.
 */
import { useEffect } from 'react';
import { playbackStop, type SimStore, type SimStoreState } from '../../store';
import { liveTimeOf, type Glide } from '../frame/liveTime';

/** A pause longer than this (a background tab, a debugger) counts as this much. */
const MAX_STEP_SECONDS = 1;
/** Between two events, the clock's digits and the scrubber move at least this often, a media
 * player's pace (the moving parts glide in between)… */
const COARSE_MS = 250;
/** …and at most every frame. */
const FRAME_MS = 16;
/**
 * Where events come thicker than this (a load test at 4x), the views are redrawn at most this
 * often: at 30 redraws a second a heavy run stays fluid, and each frame keeps time to paint.
 */
const DENSE_MS = 33;
/** Roughly the scrubber's width: its thumb should not jump more than a pixel or so a tick. */
const TIMELINE_PX = 600;
const REDUCED = '(prefers-reduced-motion: reduce)';

/** How often to tick between events, ms. */
function tickMs(s: SimStoreState): number {
  const perPixel = (s.duration / s.speed / TIMELINE_PX) * 1000;
  return Math.min(COARSE_MS, Math.max(FRAME_MS, perPixel));
}

export function usePlaybackClock(store: SimStore): void {
  useEffect(() => {
    const live = liveTimeOf(store);
    const reduced = typeof matchMedia === 'function' ? matchMedia(REDUCED) : null;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    let inTick = false;

    const cancel = () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      frame = 0;
      timer = undefined;
    };

    const schedule = (ms: number) => {
      cancel();
      if (ms <= FRAME_MS) frame = requestAnimationFrame(tick);
      else timer = setTimeout(tick, ms);
    };

    /** How time goes on after a tick: the glide it was on if still on course, else a new one. */
    const glideAfter = (expected: number): Glide | null => {
      const s = store.getState();
      if (!s.playing || reduced?.matches) return null;
      const stop = playbackStop(s);
      if (!(stop > s.time)) return null;
      const current = live.glide();
      const onCourse =
        current !== null &&
        current.to === stop &&
        current.speed === s.speed &&
        Math.abs(s.time - expected) < 1e-9;
      return onCourse ? current : { from: s.time, to: stop, speed: s.speed };
    };

    function tick() {
      frame = 0;
      timer = undefined;
      const s = store.getState();
      if (!s.playing) return;
      const now = performance.now();
      const dt = Math.min(MAX_STEP_SECONDS, Math.max(0, (now - last) / 1000)) * s.speed;
      last = now;
      const expected = s.time + dt;
      inTick = true;
      try {
        live.tick(
          () => {
            if (dt > 0) s.advance(dt);
          },
          () => glideAfter(expected),
        );
      } finally {
        inTick = false;
      }
      const after = store.getState();
      if (!after.playing) return;
      const glide = live.glide();
      const toStop = glide ? ((glide.to - after.time) / glide.speed) * 1000 : Infinity;
      // A view asked for a tick on the way (the ladder's "now" line leaving its view).
      const toWanted = glide ? ((live.tickWanted() - after.time) / glide.speed) * 1000 : Infinity;
      if (live.framesWanted()) schedule(0);
      else {
        const next = Math.min(tickMs(after), toStop, Math.max(0, toWanted));
        schedule(Math.max(next, DENSE_MS - (performance.now() - last)));
      }
    }

    const start = () => {
      last = performance.now();
      schedule(0);
    };

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.playing && !prev.playing) start();
      else if (!s.playing && prev.playing) cancel();
    });
    // A seek or a new speed while playing: a fresh tick says how time goes on from there.
    const unlisten = live.on('change', () => {
      if (inTick || !store.getState().playing || live.glide() !== null) return;
      start();
    });
    if (store.getState().playing) start();
    return () => {
      unsubscribe();
      unlisten();
      cancel();
    };
  }, [store]);
}
