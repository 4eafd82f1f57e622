/**
 * Grouping for windows too dense to draw one by one: segments per time bucket, direction and
 * kind; state changes per time bucket. Buckets widen along the 1-2-5 ladder until the groups
 * fit the budget, so the count drawn is bounded whatever the trace.
 */
import type { TcpState } from '../../sim/state';
import type { DropReason } from '../../sim/trace';
import type { SegRecord, StateRecord } from './ladderIndex';
import type { LadderBand, LadderStateBand } from './ladderTypes';
import { bucketStepFor, nextStep } from './buckets';

/** Lost mid-wire (rule, loss) stops halfway; the others reached the far end before dying. */
export function reachOf(drop: DropReason | null): number {
  return drop === 'rule' || drop === 'loss' ? 0.5 : 1;
}

export interface Group {
  band: LadderBand;
  members: SegRecord[];
}

function groupSegments(list: readonly SegRecord[], step: number, byKind: boolean): Group[] {
  const groups = new Map<string, Group>();
  for (const rec of list) {
    const t = rec.send.t;
    const bucket = Number.isFinite(step) ? Math.floor(t / step) : 0;
    const key = `${bucket}|${rec.from}>${rec.to}|${byKind ? rec.kind : 'mixed'}`;
    const duration = (Number.isNaN(rec.tEnd) ? 0 : rec.tEnd) - t;
    let group = groups.get(key);
    if (!group) {
      const band: LadderBand = {
        key,
        from: rec.from,
        to: rec.to,
        kind: byKind ? rec.kind : 'mixed',
        flags: rec.send.flags,
        t0: t,
        t1: t,
        duration: 0,
        reach: 0,
        count: 0,
        dropped: 0,
        dropReason: null,
        spoofed: 0,
      };
      group = { band, members: [] };
      groups.set(key, group);
    }
    const { band } = group;
    group.members.push(rec);
    band.t1 = t;
    band.count++;
    if (band.flags !== rec.send.flags) band.flags = '';
    if (duration > band.duration) band.duration = duration;
    band.reach = Math.max(band.reach, reachOf(rec.drop));
    if (rec.drop) {
      band.dropReason = band.dropped === 0 || band.dropReason === rec.drop ? rec.drop : null;
      band.dropped++;
    }
    if (rec.send.spoofed) band.spoofed++;
  }
  return [...groups.values()];
}

/** Coarser buckets, then kinds merged, until the groups fit the budget (≥ 6 always fits). */
export function groupsWithin(list: readonly SegRecord[], span: number, budget: number): Group[] {
  for (const byKind of [true, false]) {
    for (let step = bucketStepFor(span / 8); step <= span * 4; step = nextStep(step)) {
      const groups = groupSegments(list, step, byKind);
      if (groups.length <= budget) return groups;
    }
  }
  return groupSegments(list, Infinity, false);
}

export function stateBands(list: readonly StateRecord[], step: number): LadderStateBand[] {
  const groups = new Map<number, { band: LadderStateBand; counts: Map<TcpState, number> }>();
  for (const { lane, ev } of list) {
    const bucket = Number.isFinite(step) ? Math.floor(ev.t / step) : 0;
    let group = groups.get(bucket);
    if (!group) {
      group = {
        band: { t0: ev.t, t1: ev.t, lane, total: 0, state: ev.to, count: 0 },
        counts: new Map(),
      };
      groups.set(bucket, group);
    }
    group.band.t1 = ev.t;
    group.band.total++;
    const n = (group.counts.get(ev.to) ?? 0) + 1;
    group.counts.set(ev.to, n);
    if (n > group.band.count) {
      group.band.count = n;
      group.band.state = ev.to;
    }
  }
  return [...groups.values()].map((g) => g.band);
}
