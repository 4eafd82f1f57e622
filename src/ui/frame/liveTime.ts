/**
 * The playback time as a live value, for what moves with it (a "now" line, a scrubber's thumb, a
 * clock's text, an arrow's tip): subscribers are told outside React, so moving time costs an
 * attribute write, not a render. It is the store's own time, read through a subscription: nothing
 * here reads the wall clock (usePlaybackClock alone does).
 *
 * While playing, the clock does not move time every frame: it ticks at the next event and a few
 * times a second in between, and says how time moves until then (a glide). Between two ticks the
 * moving parts run on the browser's own animations (glide.ts), which the compositor plays without
 * the page's thread: a handshake playing costs almost nothing.
 */
import type { SimStore } from '../../store';
import { sweepGlides } from './glide';

/** Time moving on linearly from `from` towards `to` at `speed` simulated seconds per second. */
export interface Glide {
  from: number;
  to: number;
  speed: number;
}

export interface LiveTime {
  get(): number;
  /**
   * How time moves on from now, or null when it stands still (paused, stepped, seeked, or under
   * reduced motion): a view animates its moving parts along it until the next change.
   */
  glide(): Glide | null;
  /** Called whenever the playback time (or how it moves) changes; returns the unsubscribe. */
  on(event: 'change', listener: (time: number) => void): () => void;
  /**
   * Asks for a tick no later than when time reaches `time`, on the current glide: a view whose
   * picture must change there (the ladder's "now" line leaving the view) says so when it hears
   * of the glide. Asked again after each tick, by whoever still needs it.
   */
  tickAt?(time: number): void;
}

/** The clock's side of the live time: how it moves time, and who needs every frame. */
export interface LiveClock extends LiveTime {
  /**
   * Runs `advance` (which moves the store's time) and then `glideAfter` for how time moves on;
   * listeners hear of both once, after both.
   */
  tick(advance: () => void, glideAfter: () => Glide | null): void;
  /** Views that must be redrawn every frame while playing (a flood's dots); returns the release. */
  wantFrames(): () => void;
  framesWanted(): boolean;
  /** The earliest time a view asked a tick for since the last tick (Infinity: none). */
  tickWanted(): number;
}

const cache = new WeakMap<SimStore, LiveClock>();

export function liveTimeOf(store: SimStore): LiveClock {
  let live = cache.get(store);
  if (!live) {
    live = createLiveClock(store);
    cache.set(store, live);
  }
  return live;
}

function createLiveClock(store: SimStore): LiveClock {
  const listeners = new Set<(time: number) => void>();
  let glide: Glide | null = null;
  let ticking = false;
  let changed = false;
  let frames = 0;
  let wantedAt = Number.POSITIVE_INFINITY;

  const emit = () => {
    const time = store.getState().time;
    for (const listener of [...listeners]) listener(time);
    // What the listeners rendered (now, or in the renderer's microtask just queued) may have
    // taken moving parts off the page: stop their glides.
    queueMicrotask(sweepGlides);
  };

  store.subscribe((s, prev) => {
    if (s.time === prev.time && s.playing === prev.playing && s.speed === prev.speed) return;
    if (ticking) {
      changed = true;
      return;
    }
    // Moved by someone else than the clock (a seek, a step, a pause, a new speed): time stands
    // still until the clock's next tick says how it moves.
    glide = null;
    emit();
  });

  return {
    get: () => store.getState().time,
    glide: () => glide,
    on(_event, listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tickAt(time) {
      if (time < wantedAt) wantedAt = time;
    },
    tickWanted: () => wantedAt,
    tick(advance, glideAfter) {
      ticking = true;
      changed = false;
      wantedAt = Number.POSITIVE_INFINITY;
      try {
        advance();
      } finally {
        ticking = false;
      }
      const next = glideAfter();
      if (next !== glide) {
        glide = next;
        changed = true;
      }
      if (changed) emit();
    },
    wantFrames() {
      frames++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        frames--;
      };
    },
    framesWanted: () => frames > 0,
  };
}
