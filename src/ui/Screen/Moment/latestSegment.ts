/**
 * "What just happened" explains the segment whose latest event (leaving, arriving, being lost)
 * is the most recent at the playback time. The trace is in time order, so a per-trace list of
 * segment events and a binary search answer it in O(log n) per frame, returning a number: a view
 * subscribed to it re-renders only when the answer changes, not because time moved.
 */
import type { TraceEvent } from '../../../sim/trace';

interface SegmentEvents {
  times: Float64Array;
  ids: Int32Array;
}

const cache = new WeakMap<readonly TraceEvent[], SegmentEvents>();

function segmentEvents(trace: readonly TraceEvent[]): SegmentEvents {
  let found = cache.get(trace);
  if (found) return found;
  const times: number[] = [];
  const ids: number[] = [];
  for (const e of trace) {
    if (e.type === 'send' || e.type === 'deliver' || e.type === 'drop') {
      times.push(e.t);
      ids.push(e.id);
    }
  }
  found = { times: Float64Array.from(times), ids: Int32Array.from(ids) };
  cache.set(trace, found);
  return found;
}

/** The id of the segment that last left, arrived or was lost at or before t; null before any. */
export function latestSegmentAt(
  trace: readonly TraceEvent[],
  t: number,
  epsilon = 1e-7,
): number | null {
  const { times, ids } = segmentEvents(trace);
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= t + epsilon) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : ids[lo - 1]!;
}
