import type { SegmentLife, SimStoreState } from '../../store';

const EPSILON = 1e-7;

function real(life: SegmentLife): boolean {
  return life.fromHost !== null && life.toHost !== null;
}

/**
 * The segment the D key loses: of those between the two hosts still travelling, the first to
 * arrive; with none on the wire, the next one sent. Null when the run sends nothing more.
 */
export function segmentToDrop(s: Pick<SimStoreState, 'index' | 'time'>): number | null {
  let best: SegmentLife | null = null;
  for (const life of s.index.segmentsAt(s.time)) {
    if (!real(life)) continue;
    if (life.endAt !== null && life.endAt <= s.time + EPSILON) continue;
    if (life.end === 'drop') continue;
    if (!best || (life.endAt ?? Infinity) < (best.endAt ?? Infinity)) best = life;
  }
  if (best) return best.send.id;
  const all = s.index.segments;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.sentAt <= s.time + EPSILON) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < all.length; i++) if (real(all[i]!)) return all[i]!.send.id;
  return null;
}
