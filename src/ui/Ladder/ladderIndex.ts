/**
 * What the ladder needs from a trace, indexed once: segments by send time with their fate, state
 * changes of the two hosts, and the distinct instants something happened. The trace is
 * append-only while a simulation runs, so the index is cached per trace array and extended with
 * the new events only: playback never rescans an 850,000-event trace.
 *
 * One exception to append-only: the core turns a segment's 'deliver' line into a 'drop' when the
 * listener discards it (SYN queue full), within the same instant. The index must therefore be
 * read between instants (after runUntil or stepEvent), which is when a view reads it anyway.
 */
import type { DropReason, SendEvent, StateEvent, TraceEvent } from '../../sim/trace';
import { entryFor, isAfter, keptUpTo, traceSource, type TraceView } from '../../sim/traceLog';

/** Where an arrow starts or ends: a host's lifeline, or the "other hosts" lane beside it. */
export type Lane = 'left' | 'right' | 'outLeft' | 'outRight';
export type HostLane = 'left' | 'right';
export type SegKind = 'syn' | 'synack' | 'ack' | 'fin' | 'rst' | 'data';

export interface LadderHost {
  name: string;
  ip: string;
}

export interface SegRecord {
  send: SendEvent;
  from: Lane;
  to: Lane;
  kind: SegKind;
  /** The deliver or drop time; NaN while the trace holds neither (still in flight). */
  tEnd: number;
  drop: DropReason | null;
}

export interface StateRecord {
  lane: HostLane;
  ev: StateEvent;
}

export interface LadderIndex {
  readonly hostsKey: string;
  processed: number;
  /** In send order, which is time order. */
  readonly segs: SegRecord[];
  /** Segments sent but not yet delivered or dropped, by id. */
  readonly pending: Map<number, SegRecord>;
  readonly states: StateRecord[];
  /** Distinct times of drawn events (send, deliver, drop, state), ascending. */
  readonly times: number[];
  /** The first one-way delay seen: the scale of the picture. */
  delay: number | null;
  /** The longest send-to-fate time seen, to find arrows that cross into a time window. */
  maxDuration: number;
  /** Whether any segment goes to or comes from an address that is neither host. */
  outLeft: boolean;
  outRight: boolean;
}

export function segKind(send: SendEvent): SegKind {
  const flags = send.flags.split(',');
  if (flags.includes('RST')) return 'rst';
  if (flags.includes('SYN')) return flags.includes('ACK') ? 'synack' : 'syn';
  if (flags.includes('FIN')) return 'fin';
  return send.len > 0 ? 'data' : 'ack';
}

/** RFC 793's notation: `<SEQ=100><ACK=301><CTL=SYN,ACK>`, plus `<DATA=n>` for a payload. */
export function segLabel(send: SendEvent): string {
  const ack = send.ack === null ? '' : `<ACK=${send.ack}>`;
  const data = send.len > 0 ? `<DATA=${send.len}>` : '';
  return `<SEQ=${send.seq}>${ack}<CTL=${send.flags}>${data}`;
}

function ipOf(address: string): string {
  const colon = address.lastIndexOf(':');
  return colon < 0 ? address : address.slice(0, colon);
}

function hostsKeyOf(hosts: readonly LadderHost[]): string {
  return hosts.map((h) => `${h.name}=${h.ip}`).join(',');
}

/** Lanes of a segment; an unknown peer sits on the far side of the known host it talks to. */
function lanesOf(send: SendEvent, hosts: readonly LadderHost[]): [Lane, Lane] | null {
  const laneOfIp = (ip: string): HostLane | null =>
    ip === hosts[0]?.ip ? 'left' : ip === hosts[1]?.ip ? 'right' : null;
  const from = laneOfIp(ipOf(send.from));
  const to = laneOfIp(ipOf(send.to));
  if (from && to) return [from, to];
  if (from) return [from, from === 'left' ? 'outLeft' : 'outRight'];
  if (to) return [to === 'left' ? 'outLeft' : 'outRight', to];
  return null;
}

function emptyIndex(hostsKey: string): LadderIndex {
  return {
    hostsKey,
    processed: 0,
    segs: [],
    pending: new Map(),
    states: [],
    times: [],
    delay: null,
    maxDuration: 0,
    outLeft: false,
    outRight: false,
  };
}

function noteTime(index: LadderIndex, t: number): void {
  const last = index.times[index.times.length - 1];
  if (last === undefined || t > last) index.times.push(t);
}

function finish(index: LadderIndex, id: number, t: number, drop: DropReason | null): void {
  const rec = index.pending.get(id);
  if (!rec) return;
  index.pending.delete(id);
  rec.tEnd = t;
  rec.drop = drop;
  const duration = t - rec.send.t;
  if (duration > index.maxDuration) index.maxDuration = duration;
  if (drop === null && index.delay === null) index.delay = duration;
}

/**
 * The index cut back to the trace up to time t (null: nothing), for a trace that keeps the
 * lines up to there (entryFor): what happened later is forgotten, and a segment that arrived or
 * was lost later is on the wire again (as a new record).
 */
function cutIndex(index: LadderIndex, t: number | null): boolean {
  const { segs, pending, states, times } = index;
  for (const rec of segs.splice(keptUpTo(segs, t, (r) => r.send.t))) pending.delete(rec.send.id);
  index.maxDuration = 0;
  index.outLeft = false;
  index.outRight = false;
  // The first arrival: the earliest kept, the first sent of those at one instant.
  index.delay = null;
  let first = Number.POSITIVE_INFINITY;
  for (let i = 0; i < segs.length; i++) {
    let rec = segs[i]!;
    if (isAfter(rec.tEnd, t)) {
      rec = { ...rec, tEnd: Number.NaN, drop: null };
      segs[i] = rec;
      pending.set(rec.send.id, rec);
    }
    const took = rec.tEnd - rec.send.t;
    if (took > index.maxDuration) index.maxDuration = took;
    if (rec.drop === null && rec.tEnd < first) {
      first = rec.tEnd;
      index.delay = took;
    }
    if (rec.from === 'outLeft' || rec.to === 'outLeft') index.outLeft = true;
    if (rec.from === 'outRight' || rec.to === 'outRight') index.outRight = true;
  }
  states.length = keptUpTo(states, t, (r) => r.ev.t);
  times.length = keptUpTo(times, t, Number);
  return true;
}

function addEvent(index: LadderIndex, ev: TraceEvent, hosts: readonly LadderHost[]): void {
  switch (ev.type) {
    case 'send': {
      const lanes = lanesOf(ev, hosts);
      if (!lanes) return;
      const rec: SegRecord = {
        send: ev,
        from: lanes[0],
        to: lanes[1],
        kind: segKind(ev),
        tEnd: NaN,
        drop: null,
      };
      if (lanes.includes('outLeft')) index.outLeft = true;
      if (lanes.includes('outRight')) index.outRight = true;
      index.segs.push(rec);
      index.pending.set(ev.id, rec);
      return noteTime(index, ev.t);
    }
    case 'deliver':
    case 'drop':
      if (!index.pending.has(ev.id)) return;
      finish(index, ev.id, ev.t, ev.type === 'drop' ? ev.reason : null);
      return noteTime(index, ev.t);
    case 'state': {
      const lane =
        ev.host === hosts[0]?.name ? 'left' : ev.host === hosts[1]?.name ? 'right' : null;
      if (!lane) return;
      index.states.push({ lane, ev });
      return noteTime(index, ev.t);
    }
    default:
      return;
  }
}

// Keyed by the growing log behind a trace view: each new view of it extends the same index.
const cache = new WeakMap<object, LadderIndex>();

/** The index of a trace, built on first use and extended as the trace grows. */
export function ladderIndex(trace: TraceView, hosts: readonly LadderHost[]): LadderIndex {
  const key = hostsKeyOf(hosts);
  let index = entryFor(cache, trace, cutIndex);
  if (!index || index.hostsKey !== key || index.processed > trace.length) {
    index = emptyIndex(key);
    cache.set(traceSource(trace), index);
  }
  for (let i = index.processed; i < trace.length; i++) addEvent(index, trace.at(i)!, hosts);
  index.processed = trace.length;
  return index;
}

/** The first index whose value is >= x (values ascending). */
export function lowerBound<T>(list: readonly T[], x: number, valueOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueOf(list[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is > x (values ascending). */
export function upperBound<T>(list: readonly T[], x: number, valueOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueOf(list[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
