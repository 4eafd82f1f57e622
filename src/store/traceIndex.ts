/**
 * Indexes over a finished trace, built once per trace, so that every frame of playback can ask
 * "what is on the wire at t", "how many sockets per state at t", "which calls happened lately"
 * with a binary search instead of a scan, and without asking the core for a snapshot.
 */
import { bisector } from 'd3-array';
import { TCP_STATES, type TcpState } from '../sim/state';
import type {
  CallEvent,
  DeliverEvent,
  DropEvent,
  DropReason,
  KernelEvent,
  SendEvent,
  StateEvent,
} from '../sim/trace';
import { isAfter, keptUpTo, type TraceView } from '../sim/traceLog';
import { countedState } from './countedState';

export interface HostRef {
  name: string;
  ip: string;
}

export interface SegmentLife {
  send: SendEvent;
  sentAt: number;
  /** When it arrived or was lost; null when the run ended with it still on the wire. */
  endAt: number | null;
  end: 'deliver' | 'drop' | null;
  dropReason: DropReason | null;
  /** How long the whole trip takes, even when it is lost on the way. */
  travel: number;
  /** Where it stops, 0 to 1 from the sender: 1 at the receiver, 0.5 when lost mid-wire. */
  stopAt: number;
  /** The sending host's name; null for a spoofed or unknown source. */
  fromHost: string | null;
  toHost: string | null;
  /** Drawn moving from the left host towards the right one. */
  leftToRight: boolean;
}

export type StateCounts = Partial<Record<TcpState, number>>;

export interface TraceIndex {
  /** Every distinct event time, ascending. */
  readonly times: Float64Array;
  readonly lastTime: number;
  readonly segments: readonly SegmentLife[];
  readonly stateEvents: readonly StateEvent[];
  segmentById(id: number): SegmentLife | undefined;
  /** The first event time strictly after t, or null. */
  nextEventAfter(t: number): number | null;
  /** The last event time strictly before t, or null. */
  prevEventBefore(t: number): number | null;
  /** Segments on the wire at t, plus the ones lost within `linger` seconds before t. */
  segmentsAt(t: number, linger?: number): SegmentLife[];
  /** How many segments are still travelling at t (lost ones excluded once lost). */
  inFlightCount(t: number): number;
  /** Sockets per state on a host at t, CLOSED excluded (as the snapshot counts them). */
  countsAt(host: string, t: number): StateCounts;
  /** The last `n` calls of a host's application at or before t, oldest first. */
  callsBefore(host: string, t: number, n: number): CallEvent[];
  /** The host's last kernel log line at or before t. */
  kernelBefore(host: string, t: number): KernelEvent | null;
  /** State changes with from < t ≤ to, in trace order. */
  stateEventsBetween(from: number, to: number): StateEvent[];
}

/** Times are whole microseconds; this absorbs the floating-point noise of seconds. */
export const TIME_EPSILON = 1e-7;
/** Drops for these reasons happen mid-wire (the core loses them halfway); the rest at arrival. */
const MID_WIRE: ReadonlySet<DropReason> = new Set<DropReason>(['rule', 'loss']);
const COUNT_BLOCK = 512;

const byTime = bisector((e: { t: number }) => e.t);
const bySentAt = bisector((s: SegmentLife) => s.sentAt);

function upperBound(values: Float64Array, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hostOfAddress(address: string, byIp: ReadonlyMap<string, string>): string | null {
  return byIp.get(address.slice(0, address.lastIndexOf(':'))) ?? null;
}

export { countedState };

const STATE_SLOT = new Map<TcpState, number>(TCP_STATES.map((s, i) => [s, i]));
const CLOSED_SLOT = STATE_SLOT.get('CLOSED')!;

function applyStateChange(counts: Int32Array, e: StateEvent): void {
  const from = STATE_SLOT.get(countedState(e.from, e.socket))!;
  const to = STATE_SLOT.get(countedState(e.to, e.socket))!;
  if (from !== CLOSED_SLOT) counts[from]!--;
  if (to !== CLOSED_SLOT) counts[to]!++;
}

/** How many built calls are kept for views asking again (a few hosts' last few calls). */
const BUILT_CALLS = 256;

/** A host's calls: their lines in the trace and their times, in columns that grow. */
class CallLines {
  private lines = new Int32Array(64);
  private times = new Float64Array(64);
  private n = 0;

  push(line: number, t: number): void {
    if (this.n === this.lines.length) {
      const lines = new Int32Array(this.n * 2);
      lines.set(this.lines);
      this.lines = lines;
      const times = new Float64Array(this.n * 2);
      times.set(this.times);
      this.times = times;
    }
    this.lines[this.n] = line;
    this.times[this.n++] = t;
  }

  line(i: number): number {
    return this.lines[i]!;
  }

  /** How many calls happened at or before t. */
  countUpTo(t: number): number {
    return upperBound(this.times.subarray(0, this.n), t);
  }

  /** Forgets the calls after t (null: all of them). */
  keepUpTo(t: number | null): void {
    this.n = t === null ? 0 : this.countUpTo(t + TIME_EPSILON);
  }
}

interface HostStates {
  events: StateEvent[];
  /** counts before event k·COUNT_BLOCK, one block per row. */
  blocks: Int32Array[];
  /** counts after the last event. */
  counts: Int32Array;
}

/**
 * An index that grows with the trace: `append` reads the lines written since the last call (the
 * trace streams in from the worker), `index()` gives a TraceIndex of everything appended so far.
 * Each append costs only its new lines; a new TraceIndex object per call, so subscribers see it
 * change, while the arrays behind it are shared and extended in place.
 */
export interface TraceIndexBuilder {
  append(trace: Pick<TraceView, 'at'>, from: number, to: number): void;
  /**
   * Forgets every line after time t (null: all of them), for a re-run that keeps the lines up to
   * there: the trace is cut between two instants, so this is exactly the index of what is left.
   */
  truncateAfter(t: number | null): void;
  index(): TraceIndex;
}

export function createTraceIndexBuilder(
  hosts: readonly HostRef[],
  /** One-way delay for segments the run ended with (their arrival is not in the trace). */
  fallbackTravel = 0.05,
): TraceIndexBuilder {
  let times = new Float64Array(1024);
  let timeCount = 0;
  const stateEvents: StateEvent[] = [];
  const hostStates = new Map<string, HostStates>();
  // Calls by host as line numbers and times: port exhaustion's 140,000 calls, kept as objects,
  // took 7 MB; the application lane shows the last few, built from the trace when asked.
  const callsByHost = new Map<string, CallLines>();
  /** The trace the lines were last read from: call lines are built from it when asked for. */
  let source: Pick<TraceView, 'at'> | null = null;
  /** Calls built lately, by line: a view asking again gets the same objects. */
  const builtCalls = new Map<number, CallEvent>();
  const kernelByHost = new Map<string, KernelEvent[]>();
  for (const h of hosts) {
    hostStates.set(h.name, {
      events: [],
      blocks: [],
      counts: new Int32Array(TCP_STATES.length),
    });
    callsByHost.set(h.name, new CallLines());
    kernelByHost.set(h.name, []);
  }
  const byIp = new Map(hosts.map((h) => [h.ip, h.name]));
  const left = hosts[0]?.name ?? null;
  const order = new Map(hosts.map((h, i) => [h.name, i]));
  const segments: SegmentLife[] = [];
  // By segment id: the core numbers segments 1, 2, 3…, so an array, not a Map (3.5 MB of table
  // for port exhaustion's 170,000 segments).
  const byId: (SegmentLife | undefined)[] = [];
  let longest = 0;

  /**
   * A segment's life: its send and its fate, and what follows from them (sent at, its hosts and
   * direction, where it stops, how long it travels) read through getters rather than stored:
   * port exhaustion has 170,000 segments, and each stored field, a time most of all (a number box
   * of its own), costs megabytes.
   */
  class Life implements SegmentLife {
    endAt: number | null = null;
    dropReason: DropReason | null = null;
    constructor(readonly send: SendEvent) {}

    get sentAt(): number {
      return this.send.t;
    }

    get end(): 'deliver' | 'drop' | null {
      return this.endAt === null ? null : this.dropReason === null ? 'deliver' : 'drop';
    }

    get fromHost(): string | null {
      return this.send.spoofed ? null : hostOfAddress(this.send.from, byIp);
    }

    get toHost(): string | null {
      return hostOfAddress(this.send.to, byIp);
    }

    get leftToRight(): boolean {
      const fromHost = this.fromHost;
      const toHost = this.toHost;
      return fromHost !== null && toHost !== null
        ? order.get(fromHost)! < order.get(toHost)!
        : fromHost === null
          ? toHost !== left
          : fromHost === left;
    }

    get stopAt(): number {
      return this.dropReason !== null && MID_WIRE.has(this.dropReason) ? 0.5 : 1;
    }

    get travel(): number {
      if (this.endAt === null) return fallbackTravel;
      const took = this.endAt - this.send.t;
      return this.stopAt === 0.5 ? took * 2 : took;
    }
  }

  function addTime(t: number): void {
    if (timeCount > 0 && t <= times[timeCount - 1]! + TIME_EPSILON) return;
    if (timeCount === times.length) {
      const next = new Float64Array(times.length * 2);
      next.set(times);
      times = next;
    }
    times[timeCount++] = t;
  }

  function addSend(e: SendEvent): void {
    const life = new Life(e);
    segments.push(life);
    byId[e.id] = life;
    longest = Math.max(longest, life.travel);
  }

  function addEnd(e: DeliverEvent | DropEvent): void {
    const life = byId[e.id];
    if (!(life instanceof Life)) return;
    life.endAt = e.t;
    if (e.type === 'drop') life.dropReason = e.reason;
    longest = Math.max(longest, life.travel);
  }

  function addState(e: StateEvent): void {
    stateEvents.push(e);
    const hs = hostStates.get(e.host);
    if (!hs) return;
    if (hs.events.length % COUNT_BLOCK === 0) hs.blocks.push(hs.counts.slice());
    hs.events.push(e);
    applyStateChange(hs.counts, e);
  }

  function append(trace: Pick<TraceView, 'at'>, from: number, to: number): void {
    source = trace;
    for (let i = from; i < to; i++) {
      const e = trace.at(i)!;
      addTime(e.t);
      switch (e.type) {
        case 'send':
          addSend(e);
          break;
        case 'deliver':
        case 'drop':
          addEnd(e);
          break;
        case 'state':
          addState(e);
          break;
        case 'call':
          callsByHost.get(e.host)?.push(i, e.t);
          break;
        case 'kernel':
          kernelByHost.get(e.host)?.push(e);
          break;
      }
    }
  }

  function truncateAfter(t: number | null): void {
    const at = (e: { t: number }) => e.t;
    const cut = (list: { t: number }[]) => (list.length = keptUpTo(list, t, at));
    timeCount = keptUpTo(times.subarray(0, timeCount) as unknown as number[], t, Number);
    cut(stateEvents);
    for (const hs of hostStates.values()) {
      cut(hs.events);
      hs.blocks.length = Math.ceil(hs.events.length / COUNT_BLOCK);
      const last = hs.blocks.length - 1;
      hs.counts = last < 0 ? new Int32Array(TCP_STATES.length) : hs.blocks[last]!.slice();
      for (let i = Math.max(0, last) * COUNT_BLOCK; i < hs.events.length; i++) {
        applyStateChange(hs.counts, hs.events[i]!);
      }
    }
    for (const list of callsByHost.values()) list.keepUpTo(t);
    builtCalls.clear();
    for (const list of kernelByHost.values()) cut(list);
    for (const s of segments.splice(keptUpTo(segments, t, (s) => s.sentAt)))
      byId[s.send.id] = undefined;
    longest = 0;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!;
      if (s.endAt !== null && isAfter(s.endAt, t)) {
        // Its arrival or loss is in the part forgotten: on the wire again, as a new object.
        const open = new Life(s.send);
        segments[i] = open;
        byId[s.send.id] = open;
      }
      longest = Math.max(longest, segments[i]!.travel);
    }
  }

  function index(): TraceIndex {
    const n = timeCount;
    const timesNow = times.subarray(0, n);
    const reach = longest;

    function isTravelling(s: SegmentLife, t: number): boolean {
      const until = s.endAt ?? s.sentAt + s.travel;
      return s.sentAt <= t + TIME_EPSILON && t < until - TIME_EPSILON;
    }

    function candidates(t: number, linger: number): SegmentLife[] {
      const hi = bySentAt.right(segments, t + TIME_EPSILON);
      const out: SegmentLife[] = [];
      const oldest = t - reach - linger - TIME_EPSILON;
      for (let i = hi - 1; i >= 0 && segments[i]!.sentAt >= oldest; i--) out.push(segments[i]!);
      return out.reverse();
    }

    return {
      times: timesNow,
      lastTime: n > 0 ? timesNow[n - 1]! : 0,
      segments,
      stateEvents,
      segmentById: (id) => byId[id],
      nextEventAfter(t) {
        const i = upperBound(timesNow, t + TIME_EPSILON);
        return i < n ? timesNow[i]! : null;
      },
      prevEventBefore(t) {
        const i = upperBound(timesNow, t - TIME_EPSILON) - 1;
        return i >= 0 && timesNow[i]! < t - TIME_EPSILON ? timesNow[i]! : null;
      },
      segmentsAt(t, linger = 0) {
        return candidates(t, linger).filter(
          (s) =>
            isTravelling(s, t) ||
            (s.end === 'drop' && s.endAt !== null && t < s.endAt + linger - TIME_EPSILON),
        );
      },
      inFlightCount(t) {
        let count = 0;
        for (const s of candidates(t, 0)) if (isTravelling(s, t)) count++;
        return count;
      },
      countsAt(host, t) {
        const hs = hostStates.get(host);
        const out: StateCounts = {};
        if (!hs) return out;
        const upto = byTime.right(hs.events, t + TIME_EPSILON);
        const block = Math.floor(upto / COUNT_BLOCK);
        const counts = hs.blocks[block]?.slice() ?? new Int32Array(TCP_STATES.length);
        for (let i = block * COUNT_BLOCK; i < upto; i++) applyStateChange(counts, hs.events[i]!);
        counts.forEach((c, slot) => {
          if (c > 0) out[TCP_STATES[slot]!] = c;
        });
        return out;
      },
      callsBefore(host, t, count) {
        const calls = callsByHost.get(host);
        if (!calls || !source) return [];
        const upto = calls.countUpTo(t + TIME_EPSILON);
        const out: CallEvent[] = [];
        for (let i = Math.max(0, upto - count); i < upto; i++) {
          const line = calls.line(i);
          let call = builtCalls.get(line);
          if (!call) {
            if (builtCalls.size >= BUILT_CALLS) builtCalls.delete(builtCalls.keys().next().value!);
            call = source.at(line) as CallEvent;
            builtCalls.set(line, call);
          }
          out.push(call);
        }
        return out;
      },
      kernelBefore(host, t) {
        const lines = kernelByHost.get(host) ?? [];
        const upto = byTime.right(lines, t + TIME_EPSILON);
        return upto > 0 ? lines[upto - 1]! : null;
      },
      stateEventsBetween(from, to) {
        const lo = byTime.right(stateEvents, from + TIME_EPSILON);
        const hi = byTime.right(stateEvents, to + TIME_EPSILON);
        return stateEvents.slice(lo, hi);
      },
    };
  }

  return { append, truncateAfter, index };
}

export function buildTraceIndex(
  trace: TraceView,
  hosts: readonly HostRef[],
  /** One-way delay for segments the run ended with (their arrival is not in the trace). */
  fallbackTravel = 0.05,
): TraceIndex {
  const builder = createTraceIndexBuilder(hosts, fallbackTravel);
  builder.append(trace, 0, trace.length);
  return builder.index();
}

/** Where a segment is at t, 0 at its sender to 1 at its receiver (clamped to where it stops). */
export function segmentProgress(s: SegmentLife, t: number): number {
  if (s.travel <= 0) return s.stopAt;
  return Math.min(s.stopAt, Math.max(0, (t - s.sentAt) / s.travel));
}
