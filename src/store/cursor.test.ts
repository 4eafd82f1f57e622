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
});
