import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../sim/scenario/builtins/index';
import { createSimulation } from '../sim/simulation';
import { SimCursor } from './cursor';

describe('SimCursor', () => {
  it('thins its checkpoints when there would be too many', () => {
    const cursor = SimCursor.complete(BUILTIN_SCENARIOS['syn-flood-cookies'], [], {
      minEvents: 50,
      eventsPerSocket: 0,
      max: 16,
    });
    expect(cursor.checkpointCount).toBeLessThanOrEqual(16);
    expect(cursor.checkpointCount).toBeGreaterThan(4);
  });

  it('lands on the same state from any direction', () => {
    const scenario = BUILTIN_SCENARIOS['syn-flood-cookies'];
    const cursor = SimCursor.complete(scenario, [], {
      minEvents: 200,
      eventsPerSocket: 0,
      max: 64,
    });
    const fresh = createSimulation(scenario);
    for (const t of [3.15, 30, 1, 3.15, 64, 0]) {
      cursor.seek(t);
      const reference = createSimulation(scenario);
      reference.runUntil(t);
      expect(cursor.current.snapshot()).toEqual(reference.snapshot());
    }
    fresh.run();
    expect(cursor.log.toArray()).toEqual(fresh.trace);
  });

  it('changes its stamp only when the simulation may have changed', () => {
    const cursor = SimCursor.complete(BUILTIN_SCENARIOS['handshake-and-close'], []);
    cursor.seek(0.5);
    const stamp = cursor.stamp;
    cursor.seek(0.9);
    expect(cursor.stamp).toBe(stamp);
    cursor.seek(1);
    expect(cursor.stamp).not.toBe(stamp);
  });

  describe('rebased on other actions', () => {
    const scenario = BUILTIN_SCENARIOS['syn-flood-cookies'];
    const POLICY = { minEvents: 300, eventsPerSocket: 0, max: 64 };
    const action = { at: 20, do: 'vanish', host: 'client' } as const;

    function expectLikeFresh(cursor: SimCursor) {
      while (!cursor.finished) cursor.compute(Number.POSITIVE_INFINITY);
      const fresh = SimCursor.complete(scenario, [action], POLICY);
      expect(cursor.log.toArray()).toEqual(fresh.log.toArray());
      expect(cursor.progress).toEqual(fresh.progress);
      for (const t of [64, 3.15, 19.999, 20, 25, 0.5, 40]) {
        cursor.seek(t);
        const reference = createSimulation(scenario, { actions: [action] });
        reference.runUntil(t);
        expect(cursor.current.snapshot(), `at ${t}`).toEqual(reference.snapshot());
      }
    }

    it('continues from where playback stood when the user acted', () => {
      const cursor = SimCursor.complete(scenario, [], POLICY);
      cursor.seek(20);
      const rebased = cursor.rebase([action], cursor.log.length)!;
      // It keeps every line before the action: the view stood at 20 s.
      expect(rebased.log.length).toBe(cursor.log.toArray().filter((e) => e.t <= 20).length);
      expectLikeFresh(rebased);
    });

    it('continues from the latest checkpoint when playback stood elsewhere', () => {
      const cursor = SimCursor.complete(scenario, [], POLICY);
      cursor.seek(50);
      const rebased = cursor.rebase([action], cursor.log.length)!;
      const before20 = cursor.log.toArray().filter((e) => e.t < 20).length;
      expect(rebased.log.length).toBeLessThanOrEqual(before20);
      expect(rebased.log.length).toBeGreaterThan(before20 - 2 * POLICY.minEvents);
      expectLikeFresh(rebased);
    });

    it('keeps no more than the page holds, and none when nothing before the change is kept', () => {
      const cursor = SimCursor.complete(scenario, [], POLICY);
      cursor.seek(20);
      expect(cursor.rebase([action], 500)!.log.length).toBeLessThanOrEqual(500);
      const again = SimCursor.complete(scenario, [], POLICY);
      expect(again.rebase([{ ...action, at: 0 }], again.log.length)).toBeNull();
    });
  });
});
