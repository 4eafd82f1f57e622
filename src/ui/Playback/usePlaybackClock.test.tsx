// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../../store';
import { usePlaybackClock } from './usePlaybackClock';

/** A hand-cranked animation frame: the test decides when frames happen and at what time. */
let callbacks: ((now: number) => void)[] = [];
function frame(now: number) {
  const due = callbacks;
  callbacks = [];
  act(() => due.forEach((cb) => cb(now)));
}

beforeEach(() => {
  callbacks = [];
  vi.stubGlobal('requestAnimationFrame', (cb: (now: number) => void) => callbacks.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {
    callbacks = [];
  });
  vi.spyOn(performance, 'now').mockReturnValue(1000);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('usePlaybackClock', () => {
  it('moves playback on by the wall time elapsed times the speed, only while playing', () => {
    const store = createSimStore({ speed: 2 });
    renderHook(() => usePlaybackClock(store));
    expect(callbacks).toHaveLength(0);
    act(() => store.getState().play());
    frame(1050);
    expect(store.getState().time).toBeCloseTo(0.1);
    frame(1075);
    expect(store.getState().time).toBeCloseTo(0.15);
    act(() => store.getState().pause());
    frame(2000);
    expect(store.getState().time).toBeCloseTo(0.15);
    expect(callbacks).toHaveLength(0);
  });

  it('counts a very long frame (a background tab) as a short one', () => {
    const store = createSimStore({ speed: 1 });
    renderHook(() => usePlaybackClock(store));
    act(() => store.getState().play());
    frame(61_000);
    expect(store.getState().time).toBeCloseTo(0.1);
  });
});
