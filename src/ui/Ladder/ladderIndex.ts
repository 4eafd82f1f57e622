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

const LANES: readonly Lane[] = ['left', 'right', 'outLeft', 'outRight'];
const KINDS: readonly SegKind[] = ['syn', 'synack', 'ack', 'fin', 'rst', 'data'];
const LANE = new Map(LANES.map((l, i) => [l, i]));
const KIND = new Map(KINDS.map((k, i) => [k, i]));

function grown<A extends Float64Array | Uint8Array>(a: A, need: number): A {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => A)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/**
 * The segments in send order (time order), in columns: the send itself (the trace's own object,
 * shared with the store's index), and its lanes, kind and fate as numbers. Port exhaustion sends
 * 170,000 segments; a record object each took 8 MB. `at(i)` builds one for a drawn window.
 */
export class SegList implements Iterable<SegRecord> {
  readonly sends: SendEvent[] = [];
  private lanes = new Uint8Array(256);
  private kinds = new Uint8Array(256);
  private ends = new Float64Array(256);
  private drops: (DropReason | null)[] = [];

  get length(): number {
    return this.sends.length;
  }

  push(send: SendEvent, from: Lane, to: Lane, kind: SegKind): number {
    const i = this.sends.length;
    this.lanes = grown(this.lanes, i + 1);
    this.kinds = grown(this.kinds, i + 1);
    this.ends = grown(this.ends, i + 1);
    this.sends.push(send);
    this.lanes[i] = LANE.get(from)! * 4 + LANE.get(to)!;
    this.kinds[i] = KIND.get(kind)!;
    this.ends[i] = Number.NaN;
    this.drops.push(null);
    return i;
  }

  /** When segment i arrived or was lost, and why lost (null: delivered). */
  end(i: number, t: number, drop: DropReason | null): void {
    this.ends[i] = t;
    this.drops[i] = drop;
  }

  /** Back on the wire: its fate is in lines forgotten. */
  reopen(i: number): void {
    this.end(i, Number.NaN, null);
  }

  /** Keeps the first n segments. */
  truncate(n: number): void {
    this.sends.length = Math.min(n, this.sends.length);
    this.drops.length = this.sends.length;
  }

  sentAt(i: number): number {
    return this.sends[i]!.t;
  }

  /** The deliver or drop time; NaN while the trace holds neither (still in flight). */
  tEnd(i: number): number {
    return this.ends[i]!;
  }

  drop(i: number): DropReason | null {
    return this.drops[i]!;
  }

  from(i: number): Lane {
    return LANES[this.lanes[i]! >> 2]!;
  }

  to(i: number): Lane {
    return LANES[this.lanes[i]! & 3]!;
  }

  at(i: number): SegRecord {
    return {
      send: this.sends[i]!,
      from: this.from(i),
      to: this.to(i),
      kind: KINDS[this.kinds[i]!]!,
      tEnd: this.ends[i]!,
      drop: this.drops[i]!,
    };
  }

  *[Symbol.iterator](): Iterator<SegRecord> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

export interface LadderIndex {
  readonly hostsKey: string;
  processed: number;
  /** In send order, which is time order. */
  readonly segs: SegList;
  /** Segments sent but not yet delivered or dropped: their place in `segs`, by id. */
  readonly pending: Map<number, number>;
  /**
   * The two hosts' state changes, in time order: the events themselves (the trace's own objects,
   * shared with the store's index), not a record each: port exhaustion has 280,000 of them.
   */
  readonly states: StateEvent[];
  /** The host drawn on the left: a state change of any other is the right one's. */
  readonly leftHost: string;
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

function emptyIndex(hostsKey: string, leftHost: string): LadderIndex {
  return {
    hostsKey,
    leftHost,
    processed: 0,
    segs: new SegList(),
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
  const i = index.pending.get(id);
  if (i === undefined) return;
  index.pending.delete(id);
  index.segs.end(i, t, drop);
  const duration = t - index.segs.sentAt(i);
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
  const kept = keptUpTo(segs.sends, t, (e) => e.t);
  for (let i = kept; i < segs.length; i++) pending.delete(segs.sends[i]!.id);
  segs.truncate(kept);
  index.maxDuration = 0;
  index.outLeft = false;
  index.outRight = false;
  // The first arrival: the earliest kept, the first sent of those at one instant.
  index.delay = null;
  let first = Number.POSITIVE_INFINITY;
  for (let i = 0; i < segs.length; i++) {
    if (isAfter(segs.tEnd(i), t)) {
      segs.reopen(i);
      pending.set(segs.sends[i]!.id, i);
    }
    const tEnd = segs.tEnd(i);
    const took = tEnd - segs.sentAt(i);
    if (took > index.maxDuration) index.maxDuration = took;
    if (segs.drop(i) === null && tEnd < first) {
      first = tEnd;
      index.delay = took;
    }
    const from = segs.from(i);
    const to = segs.to(i);
    if (from === 'outLeft' || to === 'outLeft') index.outLeft = true;
    if (from === 'outRight' || to === 'outRight') index.outRight = true;
  }
  states.length = keptUpTo(states, t, (e) => e.t);
  times.length = keptUpTo(times, t, Number);
  return true;
}

function addEvent(index: LadderIndex, ev: TraceEvent, hosts: readonly LadderHost[]): void {
  switch (ev.type) {
    case 'send': {
      const lanes = lanesOf(ev, hosts);
      if (!lanes) return;
      if (lanes.includes('outLeft')) index.outLeft = true;
      if (lanes.includes('outRight')) index.outRight = true;
      index.pending.set(ev.id, index.segs.push(ev, lanes[0], lanes[1], segKind(ev)));
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
      index.states.push(ev);
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
    index = emptyIndex(key, hosts[0]?.name ?? '');
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
