/**
 * "What just happened" explains the segment whose latest event (leaving, arriving, being lost)
 * is the most recent at the playback time. The trace is in time order, so a per-trace list of
 * segment events and a binary search answer it in O(log n) per frame, returning a number: a view
 * subscribed to it re-renders only when the answer changes, not because time moved.
 */
import { entryFor, keptUpTo, traceSource, type TraceView } from '../../../sim/traceLog';

interface SegmentEvents {
  times: number[];
  ids: number[];
  /** Trace lines read so far: a run streaming in from the worker is extended, not re-read. */
  processed: number;
}

const cache = new WeakMap<object, SegmentEvents>();

/** Cut back to time t (null: nothing) for a trace that keeps the lines up to there (entryFor). */
function cut(found: SegmentEvents, t: number | null): boolean {
  found.times.length = found.ids.length = keptUpTo(found.times, t, Number);
  return true;
}

function segmentEvents(trace: TraceView): SegmentEvents {
  let found = entryFor(cache, trace, cut);
  if (!found || found.processed > trace.length) {
    found = { times: [], ids: [], processed: 0 };
    cache.set(traceSource(trace), found);
  }
  for (let i = found.processed; i < trace.length; i++) {
    const e = trace.at(i)!;
    if (e.type === 'send' || e.type === 'deliver' || e.type === 'drop') {
      found.times.push(e.t);
      found.ids.push(e.id);
    }
  }
  found.processed = trace.length;
  return found;
}

/** The id of the segment that last left, arrived or was lost at or before t; null before any. */
export function latestSegmentAt(trace: TraceView, t: number, epsilon = 1e-7): number | null {
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
