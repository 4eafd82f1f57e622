/**
 * Where playing time next needs a fresh look: the next event (something appears or changes), the
 * edge of what the worker has computed, a predict-mode pause, or the end. Up to there, time only
 * moves on: the clock glides to it instead of moving the store every frame.
 */
import type { SimStoreState } from './createSimStore';
import { predictStepTarget } from './teachSlice';

export function playbackStop(s: SimStoreState): number {
  let stop = s.duration;
  const next = s.index.nextEventAfter(s.time);
  if (next !== null && next < stop) stop = next;
  if (s.run.status === 'computing') stop = Math.min(stop, Math.max(s.time, s.run.until));
  return predictStepTarget(s, stop);
}
