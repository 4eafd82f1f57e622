import { describe, expect, it } from 'vitest';
import { GrowingTicks, ticksPath } from './Timeline';

describe('the timeline ticks of a growing run', () => {
  const all = Float64Array.from({ length: 5000 }, (_, i) => i * 0.013);

  it('adds the new events of each chunk and draws what one pass over all of them draws', () => {
    const ticks = new GrowingTicks();
    for (const n of [0, 10, 1000, 1001, 5000]) ticks.path(all.subarray(0, n), 70);
    expect(ticks.path(all, 70)).toBe(ticksPath(all, 70));
  });

  it('starts over when the run is another one or the timeline is rescaled', () => {
    const ticks = new GrowingTicks();
    ticks.path(all, 70);
    const other = Float64Array.from({ length: 10 }, (_, i) => i * 3);
    expect(ticks.path(other, 70)).toBe(ticksPath(other, 70));
    expect(ticks.path(other, 35)).toBe(ticksPath(other, 35));
  });
});
