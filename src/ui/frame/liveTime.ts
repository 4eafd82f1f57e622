/**
 * The playback time as a live value, for what moves every frame (a "now" line, a scrubber's
 * thumb, a clock's text, an arrow's tip): subscribers are told outside React, so moving time
 * costs an attribute write, not a render. It is the store's own time, read through a
 * subscription: nothing here reads the wall clock (usePlaybackClock alone does).
 */
import type { SimStore } from '../../store';

export interface LiveTime {
  get(): number;
  /** Called whenever the playback time moves; returns the unsubscribe function. */
  on(event: 'change', listener: (time: number) => void): () => void;
}

const cache = new WeakMap<SimStore, LiveTime>();

export function liveTimeOf(store: SimStore): LiveTime {
  let live = cache.get(store);
  if (!live) {
    live = {
      get: () => store.getState().time,
      on: (_event, listener) =>
        store.subscribe((s, prev) => {
          if (s.time !== prev.time) listener(s.time);
        }),
    };
    cache.set(store, live);
  }
  return live;
}
