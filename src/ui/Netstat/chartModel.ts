/**
 * The chart's points: each state's count from 0 to the playback time, downsampled to a fixed
 * number of buckets (the highest count in each, so a short spike still shows), plus the peak.
 * Work is linear in the changes before the playback time, points are bounded by the buckets.
 */
import type { TcpState } from '../../sim/state';
import { indexAt, type StateHistory, type StateSeries } from './stateHistory';

export interface ChartPoint {
  t: number;
  n: number;
}

export interface ChartLine {
  state: TcpState;
  points: ChartPoint[];
  /** The count at the playback time. */
  now: number;
}

export interface ChartModel {
  lines: ChartLine[];
  max: number;
  peak: { state: TcpState; count: number; t: number } | null;
}

export const CHART_BUCKETS = 160;

function sample(s: StateSeries, end: number, buckets: number) {
  const width = end / buckets;
  const points: ChartPoint[] = [];
  let i = indexAt(s.times, 0);
  let value = i < 0 ? 0 : s.counts[i]!;
  let peak = { count: value, t: 0 };
  i++;
  for (let k = 0; k < buckets; k++) {
    const stop = (k + 1) * width;
    let high = value;
    // Changes inside the bucket; the last bucket also takes the ones exactly at `end`.
    while (
      i < s.times.length &&
      (s.times[i]! < stop || (k === buckets - 1 && s.times[i]! <= end))
    ) {
      value = s.counts[i]!;
      if (value > high) high = value;
      if (value > peak.count) peak = { count: value, t: s.times[i]! };
      i++;
    }
    points.push({ t: k * width, n: high });
  }
  points.push({ t: end, n: value });
  return { points, now: value, peak };
}

export function chartModel(
  history: StateHistory,
  time: number,
  buckets = CHART_BUCKETS,
): ChartModel {
  const end = Math.max(time, 1e-3);
  const lines: ChartLine[] = [];
  let max = 0;
  let peak: ChartModel['peak'] = null;
  for (const [state, s] of Object.entries(history.series) as [TcpState, StateSeries][]) {
    if (s.times[0]! > end) continue;
    const { points, now, peak: p } = sample(s, end, buckets);
    const high = Math.max(...points.map((pt) => pt.n));
    if (high === 0) continue;
    lines.push({ state, points, now });
    if (high > max) max = high;
    if (!peak || p.count > peak.count) peak = { state, count: p.count, t: p.t };
  }
  // Busiest first, so the legend and the summary start with what matters.
  lines.sort((a, b) => b.now - a.now || a.state.localeCompare(b.state));
  return { lines, max, peak };
}
