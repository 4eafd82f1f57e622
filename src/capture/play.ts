/**
 * An imported capture as the simulator plays it: instead of the core running a scenario, the
 * trace is the one `--import --json` prints (inferRun), and the snapshot at any time is built from
 * the states inferred on each side and the segments seen so far. Pure: the store calls
 * `snapshotAt` on the main thread (a few connections cost nothing next to a run in the worker).
 */
import type { Scenario } from '../sim/scenario/types';
import type { HostView, InFlightView, Snapshot, SocketView } from '../sim/snapshot';
import type { TcpState } from '../sim/state';
import type { SendEvent } from '../sim/trace';
import type { Connection } from './connections';
import { inferRun, type CaptureTraceEvent, type ImportedRun } from './infer';

/** As the store's trace index finds hosts: the address of `ip:port` without its port. */
export interface CaptureHost {
  name: string;
  ip: string;
}

export interface CapturePlayback {
  kind: 'capture';
  /** The capture file's name. */
  file: string;
  /** The connections played, with their segments (for the relative switch and scenarios). */
  connections: readonly Connection[];
  run: ImportedRun;
  /** SEQ and ACK counted from each side's initial sequence number, as Wireshark shows them. */
  relative: boolean;
  /** `run.trace`, with SEQ and ACK relative when asked. */
  trace: readonly CaptureTraceEvent[];
  hosts: readonly CaptureHost[];
  /** What the rest of the app reads as "the scenario": the capture's name and hosts, no steps. */
  scenario: Scenario;
  /** The timeline: from time 0 to the last event. */
  duration: number;
  /** Each side's sockets and the segments in flight at t; the same object while nothing changed. */
  snapshotAt(t: number): Snapshot;
}

/** Events this close together are one moment (the store's TIME_EPSILON). */
const EPSILON = 1e-7;
/** The scrubber's step: a timeline is whole steps long (one at least, for a lone packet). */
const MIN_DURATION = 1e-3;

function seqDiff(a: number, b: number): number {
  return (a - b) | 0;
}

/** SEQ from the sender's ISN, ACK from the receiver's; absolute where the SYN was not captured. */
function relativeSend(e: SendEvent, isn: Readonly<Record<string, number>>): SendEvent {
  const base = (address: string) => isn[address] ?? 0;
  return {
    ...e,
    seq: (e.seq - base(e.from)) >>> 0,
    ack: e.ack === null ? null : (e.ack - base(e.to)) >>> 0,
  };
}

/** What a socket is known to have done so far: its state and the sequence space it used. */
interface SocketRecord {
  id: number;
  host: string;
  key: string;
  local: string;
  remote: string;
  passive: boolean;
  state: TcpState;
  iss: number | null;
  irs: number | null;
  /** The furthest sequence number sent (SYN and FIN count one), and of data alone. */
  sndNxt: number | null;
  dataNxt: number | null;
  sndUna: number | null;
  rcvNxt: number | null;
  /** Its view after each change, at the change's time; null while it does not exist. */
  versions: { t: number; view: SocketView | null }[];
}

function after(a: number | null, b: number): number {
  return a === null || seqDiff(b, a) > 0 ? b : a;
}

function viewOf(r: SocketRecord): SocketView | null {
  if (r.state === 'CLOSED') return null;
  const una = r.sndUna ?? r.dataNxt;
  return {
    id: r.id,
    key: r.key,
    name: null,
    state: r.state,
    local: r.local,
    remote: r.remote,
    // What the application has not read is not on the wire: a capture cannot know it.
    recvQ: 0,
    sendQ: r.dataNxt !== null && una !== null ? Math.max(0, seqDiff(r.dataNxt, una)) : 0,
    timers: [],
    listener: null,
    orphan: false,
    passive: r.passive,
    owned: !r.passive || (r.state !== 'SYN_RECEIVED' && r.state !== 'LISTEN'),
    error: null,
    iss: r.iss ?? 0,
    irs: r.irs,
    sndUna: una ?? 0,
    sndNxt: r.sndNxt ?? 0,
    rcvNxt: r.rcvNxt,
  };
}

function upperBound<T>(list: readonly T[], t: number, timeOf: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timeOf(list[mid]!) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The host part of `ip:port` (`[v6]` keeps its brackets): what the trace index matches. */
function hostIp(ip: string): string {
  return ip.includes(':') ? `[${ip}]` : ip;
}

export function capturePlayback(options: {
  file: string;
  connections: readonly Connection[];
  relative: boolean;
  /** The inference already made for these connections (the dialog has it); else made here. */
  run?: ImportedRun;
}): CapturePlayback {
  const { file, connections, relative } = options;
  const run = options.run ?? inferRun(connections, file);
  const trace: CaptureTraceEvent[] = relative
    ? run.trace.map((e) => (e.type === 'send' ? relativeSend(e, run.isn) : e))
    : run.trace;
  const hosts = Object.entries(run.hosts).map(([name, ip]) => ({ name, ip: hostIp(ip) }));

  // Which host each socket is on: the states inferred for it say.
  const records = new Map<string, SocketRecord>();
  const order: SocketRecord[] = [];
  for (const e of trace) {
    if (e.type !== 'state' || records.has(e.socket)) continue;
    const gt = e.socket.indexOf('>');
    const r: SocketRecord = {
      id: order.length + 1,
      host: e.host,
      key: e.socket,
      local: e.socket.slice(0, gt),
      remote: e.socket.slice(gt + 1),
      passive: e.from === 'LISTEN',
      state: 'CLOSED',
      iss: null,
      irs: null,
      sndNxt: null,
      dataNxt: null,
      sndUna: null,
      rcvNxt: null,
      versions: [],
    };
    records.set(e.socket, r);
    order.push(r);
  }

  // One pass in time order: each change gives the socket a new view.
  const sends = new Map<number, SendEvent>();
  const flights: InFlightView[] = [];
  const flightOf = new Map<number, InFlightView>();
  const times: number[] = [];
  const touch = (r: SocketRecord | undefined, t: number) => {
    if (r) r.versions.push({ t, view: viewOf(r) });
  };
  for (const e of trace) {
    times.push(e.t);
    if (e.type === 'state') {
      const r = records.get(e.socket)!;
      r.state = e.to;
      touch(r, e.t);
    } else if (e.type === 'send') {
      sends.set(e.id, e);
      const flight: InFlightView = {
        segment: e,
        sentAt: e.t,
        arrivesAt: e.t,
        dropAt: null,
        dropReason: null,
      };
      flights.push(flight);
      flightOf.set(e.id, flight);
      const r = records.get(`${e.from}>${e.to}`);
      if (!r) continue;
      const syn = e.flags.includes('SYN');
      const start = (e.seq + (syn ? 1 : 0)) >>> 0;
      if (syn) r.iss = e.seq;
      r.dataNxt = after(r.dataNxt, (start + e.len) >>> 0);
      r.sndNxt = after(r.sndNxt, (start + e.len + (e.flags.includes('FIN') ? 1 : 0)) >>> 0);
      touch(r, e.t);
    } else if (e.type === 'deliver') {
      const s = sends.get(e.id);
      const flight = flightOf.get(e.id);
      if (flight) flight.arrivesAt = e.t;
      const r = s && records.get(`${s.to}>${s.from}`);
      if (!s || !r) continue;
      const syn = s.flags.includes('SYN');
      if (syn) r.irs = s.seq;
      const span = s.len + (syn ? 1 : 0) + (s.flags.includes('FIN') ? 1 : 0);
      r.rcvNxt = after(r.rcvNxt, (s.seq + span) >>> 0);
      if (s.ack !== null) r.sndUna = after(r.sndUna, s.ack);
      touch(r, e.t);
    }
  }
  const longest = flights.reduce((m, f) => Math.max(m, f.arrivesAt - f.sentAt), 0);

  function socketsAt(r: SocketRecord, t: number): SocketView | null {
    const i = upperBound(r.versions, t + EPSILON, (v) => v.t) - 1;
    return i < 0 ? null : r.versions[i]!.view;
  }

  function inFlightAt(t: number): InFlightView[] {
    const out: InFlightView[] = [];
    const hi = upperBound(flights, t + EPSILON, (f) => f.sentAt);
    for (let i = hi - 1; i >= 0 && flights[i]!.sentAt >= t - longest - EPSILON; i--) {
      const f = flights[i]!;
      if (f.arrivesAt > t + EPSILON) out.push(f);
    }
    return out.reverse();
  }

  let last: { k: number; snapshot: Snapshot } | null = null;

  function build(t: number, previous: Snapshot | null): Snapshot {
    const hostViews = hosts.map((h, i): HostView => {
      const sockets: SocketView[] = [];
      const counts: Partial<Record<TcpState, number>> = {};
      for (const r of order) {
        if (r.host !== h.name) continue;
        const view = socketsAt(r, t);
        if (!view) continue;
        sockets.push(view);
        counts[view.state] = (counts[view.state] ?? 0) + 1;
      }
      // A host whose sockets did not change keeps its view, so its panel does not render again.
      const before = previous?.hosts[i];
      if (
        before &&
        before.sockets.length === sockets.length &&
        before.sockets.every((s, j) => s === sockets[j])
      ) {
        return before;
      }
      return {
        name: h.name,
        ip: h.ip,
        vanished: false,
        app: { accept: true, read: true, closeOnEof: true },
        firewall: {},
        sockets,
        counts,
      };
    });
    return { t, hosts: hostViews, inFlight: inFlightAt(t) };
  }

  // Time 0 is the capture's first moment (infer.ts), so the timeline is the capture's length,
  // rounded up to the scrubber's millisecond steps so that its end can be dragged to.
  const end = trace[trace.length - 1]?.t ?? 0;
  const duration = Math.max(MIN_DURATION, Math.ceil(end / MIN_DURATION - 1e-6) * MIN_DURATION);
  const title = `${file} #${connections.map((c) => c.id).join(', #')}`;

  return {
    kind: 'capture',
    file,
    connections,
    run,
    relative,
    trace,
    hosts,
    scenario: { version: 1, title, hosts: { ...run.hosts }, steps: [] },
    duration,
    snapshotAt(t) {
      const k = upperBound(times, t + EPSILON, (x) => x);
      if (last && last.k === k) {
        if (last.snapshot.t !== t) last = { k, snapshot: { ...last.snapshot, t } };
        return last.snapshot;
      }
      last = { k, snapshot: build(t, last?.snapshot ?? null) };
      return last.snapshot;
    },
  };
}
