// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimStore, type SimStore } from '../../store';
import { liveTimeOf } from '../frame/liveTime';
import { usePlaybackClock } from './usePlaybackClock';

/** The wall clock the hook reads: it moves only when the test lets time pass. */
let wall = 1000;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  wall = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => wall);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Lets `ms` of wall time pass, a millisecond at a time, timers and frames firing when due. */
function pass(ms: number) {
  act(() => {
    for (let i = 0; i < ms; i++) {
      wall++;
      vi.advanceTimersByTime(1);
    }
  });
}

/** Every playback time the store is moved to. */
function timesSeen(store: SimStore): number[] {
  const seen: number[] = [];
  store.subscribe((s, prev) => {
    if (s.time !== prev.time) seen.push(s.time);
  });
  return seen;
}

describe('usePlaybackClock', () => {
  it('moves playback on by the wall time elapsed times the speed, only while playing', () => {
    const store = createSimStore({ speed: 2 });
    renderHook(() => usePlaybackClock(store));
    pass(500);
    expect(store.getState().time).toBe(0);
    act(() => store.getState().play());
    pass(50);
    expect(store.getState().time).toBeCloseTo(0.1, 2);
    act(() => store.getState().pause());
    const paused = store.getState().time;
    pass(1000);
    expect(store.getState().time).toBe(paused);
  });

  it('ticks at each event and only a few times a second in between, not every frame', () => {
    const store = createSimStore({ speed: 0.25 });
    const events = store.getState().index.times;
    renderHook(() => usePlaybackClock(store));
    const seen = timesSeen(store);
    act(() => store.getState().play());
    // Four wall seconds at 0.25x: the handshake's first simulated second.
    pass(4000);
    // A frame each would be 240 ticks; a few a second plus one per event is about twenty.
    expect(seen.length).toBeLessThan(40);
    expect(seen.length).toBeGreaterThan(10);
    // It was at every event that second, to within a frame's worth of simulated time.
    for (const t of events.filter((e) => e > 0 && e < 0.95)) {
      expect(Math.min(...seen.map((s) => Math.abs(s - t)))).toBeLessThan(0.004);
    }
  });

  it('says how time glides to the next event, and keeps that glide between ticks', () => {
    const store = createSimStore({ speed: 1 });
    const live = liveTimeOf(store);
    renderHook(() => usePlaybackClock(store));
    act(() => store.getState().play());
    pass(20);
    const glide = live.glide()!;
    const s = store.getState();
    expect(glide.speed).toBe(1);
    expect(glide.to).toBe(s.index.nextEventAfter(glide.from));
    if (glide.to - s.time > 0.2) {
      pass(120);
      expect(live.glide()).toBe(glide);
    }
  });

  it('stands still after a seek while playing, then glides on from there', () => {
    const store = createSimStore({ speed: 1 });
    const live = liveTimeOf(store);
    renderHook(() => usePlaybackClock(store));
    act(() => store.getState().play());
    pass(50);
    act(() => store.getState().seek(0.5));
    expect(live.glide()).toBeNull();
    pass(20);
    expect(live.glide()!.from).toBeGreaterThanOrEqual(0.5);
    expect(store.getState().time).toBeLessThan(0.55);
  });

  it('counts a very long pause between ticks (a background tab) as a short one', () => {
    const store = createSimStore({ speed: 1 });
    renderHook(() => usePlaybackClock(store));
    act(() => store.getState().play());
    pass(20);
    // A tab in the background: no timer fires for a minute.
    wall += 60_000;
    pass(100);
    // At most a second of it counts.
    expect(store.getState().time).toBeLessThan(1.2);
  });

  it('does not glide under reduced motion: the moving parts step with the ticks', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      addEventListener() {},
      removeEventListener() {},
    }));
    const store = createSimStore({ speed: 1 });
    const live = liveTimeOf(store);
    renderHook(() => usePlaybackClock(store));
    act(() => store.getState().play());
    pass(300);
    expect(store.getState().time).toBeGreaterThan(0.2);
    expect(live.glide()).toBeNull();
  });
});
