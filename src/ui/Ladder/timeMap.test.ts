import { describe, expect, it } from 'vitest';
import { ladderIndex } from './ladderIndex';
import { buildTimeMap, QUIET_PX, quietStretches, timeTicks } from './timeMap';
import { hostsOf, traceOf } from './testTraces';

describe('the time axis', () => {
  const index = ladderIndex(traceOf('lost-final-ack'), hostsOf('lost-final-ack'));
  const pps = 960;
  const stretches = quietStretches(index.times, QUIET_PX / pps);
  const last = index.times[index.times.length - 1]!;
  const map = buildTimeMap(stretches, last, last, { pxPerSecond: pps });

  it('runs time down at a fixed pace while things happen', () => {
    expect(map.scale(0.15) - map.scale(0.1)).toBeCloseTo(0.05 * pps, 6);
    expect(map.scale(2.1) - map.scale(2.05)).toBeCloseTo(0.05 * pps, 6);
  });

  it('squeezes the 60 s of TIME_WAIT into a short break', () => {
    const tail = map.gaps.find((g) => g.to === 62.4)!;
    expect(tail.from).toBe(2.45);
    expect(tail.y1 - tail.y0).toBeLessThanOrEqual(72);
    expect(map.height).toBeLessThan(1_000);
  });

  it('maps back from pixels to time', () => {
    for (const t of [0, 0.1234, 1.02, 2.3, 40, 62.4]) {
      expect(map.scale.invert(map.scale(t))).toBeCloseTo(t, 6);
    }
  });

  it('puts ticks on one round step and none inside a squeezed stretch', () => {
    expect(timeTicks(map, 0, 0.2)).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    const ticks = timeTicks(map, 2, 62.4);
    expect(ticks.some((t) => t > 2.45 && t < 62.4)).toBe(false);
    expect(ticks.slice(-2)).toEqual([2.45, 62.4]);
  });

  it('grows the last stretch as playback runs past the last event', () => {
    const later = buildTimeMap(stretches, last, 100, { pxPerSecond: pps });
    expect(later.end).toBe(100);
    expect(later.height - map.height).toBeLessThanOrEqual(72);
  });
});
