/**
 * The whole simulated world as plain data (hosts, sockets, the wire, the event queue, the trace),
 * and the machinery every module shares: carrying out a transition's effects, sending segments,
 * setting timers. Plain data, so a checkpoint is a copy (clone.ts).
 */
import type { Effects, SegmentSpec } from './effects';
import type { Settings } from './profile';
import { nextFloat, type Rng } from './random';
import type { Scenario, Step } from './scenario/types';
import {
  ACK,
  RST,
  flagsToString,
  segLen,
  type Endpoint,
  type Segment,
  type TcpOptions,
} from './segment';
import type { AppPolicy, TimerKind } from './snapshot';
import { socketKey, type Tcb } from './tcb';
import { toSeconds, type Micros } from './time';
import type { CallName, DropReason, SendEvent, StateCause } from './trace';
import type { TraceWriter } from './traceWriter';
import { offeredWindowScale, windowField } from './window';
import { schedule, type EventQueue } from './scheduler';
import { matchesDropRule, type DropRule } from './link';
import { onNotice } from './app';

export type SimEvent =
  | { k: 'step'; step: number }
  | { k: 'connect'; step: number; n: number }
  | { k: 'flood'; step: number; n: number }
  | { k: 'lost'; seg: number; reason: DropReason }
  | { k: 'arrive'; seg: number }
  | { k: 'timer'; sock: number; kind: TimerKind; gen: number }
  | { k: 'close-after'; sock: number };

export interface HostState {
  index: number;
  name: string;
  ip: string;
  /** `local>remote` → socket id, for every connection socket (request sockets included). */
  conns: Map<string, number>;
  /** Local port → listener socket id. */
  listeners: Map<number, number>;
  /** Scenario names (`c1`, `web#2`) → socket id. */
  names: Map<string, number>;
  app: AppPolicy;
  firewall: Map<number, 'drop' | 'reject'>;
  vanished: boolean;
  /** Per destination, where the ephemeral port search resumes (ref §2.7). */
  portCursor: Map<string, number>;
  /** Per destination, how many ephemeral-range ports our active sockets hold: exhaustion fails fast. */
  portsInUse: Map<string, number>;
  portOffset: number;
  tsOffset: number;
  ipId: number;
}

export interface InFlight {
  seg: Segment;
  event: SendEvent;
  arrivesAt: Micros;
  dropAt: Micros | null;
  dropReason: DropReason | null;
  /**
   * The receiving socket's key (`dst>src`) when the sender knows it already: demultiplexing
   * then needs no string built per arrival.
   */
  demux: string | null;
}

export interface World {
  scenario: Scenario;
  steps: Step[];
  settings: Settings;
  hosts: HostState[];
  hostByIp: Map<string, number>;
  hostByName: Map<string, number>;
  /** Steps' targets (`server:80`) resolved once (steps.ts resolveTarget). */
  targets: Map<string, Endpoint>;
  socks: Map<number, Tcb>;
  nextSock: number;
  nextSeg: number;
  inFlight: Map<number, InFlight>;
  queue: EventQueue<SimEvent>;
  rng: Rng;
  now: Micros;
  /** The time of the last event carried out (-1 before the first): what is past for sure. */
  lastEventAt: Micros;
  end: Micros;
  dropRules: DropRule[];
  cookieSecret: number;
  /** Columns, not objects (traceLog.ts): the run keeps every line until its end. */
  trace: TraceWriter;
  /**
   * The segment being delivered and where its `deliver` line sits, so a listener that discards it
   * in the same instant can make that line a drop. Two numbers, not a map: one delivery at a time.
   */
  deliveringId: number;
  deliveringLine: number;
}

export function t(w: World): number {
  return toSeconds(w.now);
}

export function hostOf(w: World, sock: Tcb): HostState {
  return w.hosts[sock.host]!;
}

export function emitState(
  w: World,
  sock: Tcb,
  from: Tcb['state'],
  to: Tcb['state'],
  why: StateCause,
  seg?: Segment,
) {
  // One object shape for every state line; undefined fields are left out of the JSON.
  w.trace.push({
    t: t(w),
    type: 'state',
    host: hostOf(w, sock).name,
    socket: socketKey(sock),
    from,
    to,
    why,
    seg: seg?.id,
    name: sock.name ?? undefined,
  });
}

export function emitCall(
  w: World,
  host: HostState,
  socket: string,
  call: CallName,
  result: string,
  bytes?: number,
) {
  w.trace.push({ t: t(w), type: 'call', host: host.name, socket, call, result, bytes });
}

export function sockLabel(sock: Tcb): string {
  return sock.name ?? socketKey(sock);
}

/** A timestamp clock per host in milliseconds, offset so that hosts differ (TSval). */
function tsNow(w: World, host: HostState): number {
  return (Math.floor(w.now / 1000) + host.tsOffset) >>> 0;
}

export function buildOptions(w: World, sock: Tcb, synOptions: boolean): TcpOptions | null {
  const host = hostOf(w, sock);
  const s = w.settings;
  if (synOptions) {
    // A passive SYN-ACK echoes only what the peer's SYN offered; a cookie keeps options only
    // with timestamps (ref §2.4).
    if (sock.passive && !sock.peerSynOptions) return { mss: s.mss };
    const o: TcpOptions = { mss: s.mss, sackPermitted: true };
    const offerTs = s.timestamps && (!sock.passive || sock.tsOk);
    if (offerTs) o.timestamp = [tsNow(w, host), sock.passive ? sock.tsRecent : 0];
    if (!sock.passive || sock.wscaleOk) o.windowScale = offeredWindowScale(s);
    return o;
  }
  return sock.tsOk ? { timestamp: [tsNow(w, host), sock.tsRecent] } : null;
}

/** Carries out one transition's effects, in order: states, segments, timers, then notices. */
export function applyEffects(w: World, sock: Tcb, fx: Effects, cause?: Segment): void {
  for (const tr of fx.transitions) emitState(w, sock, tr.from, tr.to, tr.why, cause);
  for (const sp of fx.send) sendFromSocket(w, sock, sp);
  for (const op of fx.timers) {
    if (op.delay === null) cancelTimer(w, sock, op.kind);
    else setTimer(w, sock, op.kind, op.delay);
  }
  if (sock.state === 'CLOSED') forget(w, sock);
  // A socket in TIME_WAIT sends again only to answer a retransmitted FIN: its cached peer key is
  // let go (written again if it does). 28,000 of them wait a minute in port exhaustion.
  else if (sock.state === 'TIME_WAIT') sock.peerKey = null;
  for (const n of fx.notices) onNotice(w, sock, n);
}

export function setTimer(w: World, sock: Tcb, kind: TimerKind, delay: Micros): void {
  const gen = ++sock.timerGen;
  const slot = sock.timers[kind];
  if (slot) {
    slot.gen = gen;
    slot.startedAt = w.now;
    slot.expiresAt = w.now + delay;
  } else sock.timers[kind] = { gen, startedAt: w.now, expiresAt: w.now + delay };
  schedule(w.queue, w.now + delay, { k: 'timer', sock: sock.id, kind, gen });
}

export function cancelTimer(_w: World, sock: Tcb, kind: TimerKind): void {
  delete sock.timers[kind];
}

/** A CLOSED socket leaves the tables; the application may still hold its name. */
export function forget(w: World, sock: Tcb): void {
  const host = hostOf(w, sock);
  if (sock.remote) {
    const key = socketKey(sock);
    if (host.conns.get(key) === sock.id) {
      host.conns.delete(key);
      if (!sock.passive) {
        const dest = `${sock.remote.ip}:${sock.remote.port}`;
        host.portsInUse.set(dest, (host.portsInUse.get(dest) ?? 1) - 1);
      }
    }
  } else if (host.listeners.get(sock.local.port) === sock.id) {
    host.listeners.delete(sock.local.port);
  }
  sock.timers = {};
  if (!sock.owned || sock.orphan) removeSocket(w, sock);
}

/**
 * The socket leaves the world for good, and its scenario name with it (a step naming it then finds
 * nothing, as before): port exhaustion names 56,000 sockets that are gone a moment later.
 */
export function removeSocket(w: World, sock: Tcb): void {
  w.socks.delete(sock.id);
  if (sock.name === null) return;
  const names = hostOf(w, sock).names;
  if (names.get(sock.name) === sock.id) names.delete(sock.name);
}

export function sendFromSocket(w: World, sock: Tcb, sp: SegmentSpec): Segment | null {
  const host = hostOf(w, sock);
  if (host.vanished || !sock.remote) return null;
  const flags = sp.flags;
  const window = windowField(sock, w.settings, flags, sp.why);
  const seg = transmit(w, host, {
    src: sock.local,
    dst: sock.remote,
    flags,
    seq: sp.seq,
    ack: sp.ack,
    len: sp.len,
    window,
    options: sp.options ?? buildOptions(w, sock, sp.synOptions),
    retransmitOf: sp.retransmitOf,
    why: sp.why,
    spoofed: false,
    fromText: localText(sock),
    toText: remoteText(sock),
    demux: peerKey(sock),
  });
  // Whatever occupies sequence space waits in the retransmission queue for its ACK.
  if (segLen(seg) > 0 && sp.retransmitOf === null && !(flags & RST)) {
    const same = sock.rtxQueue.at(seg.seq);
    if (same) same.flags = flags;
    else
      sock.rtxQueue.push({
        seq: seg.seq,
        end: (seg.seq + segLen(seg)) >>> 0,
        flags,
        len: seg.len,
        firstId: seg.id,
        sentAt: w.now,
        retransmitted: false,
      });
  }
  return seg;
}

/** The key the socket at the other end has: `remote>local`, written once per socket. */
function peerKey(sock: Tcb): string {
  return (sock.peerKey ??= `${remoteText(sock)}>${localText(sock)}`);
}

function localText(sock: Tcb): string {
  const key = socketKey(sock);
  return key.slice(0, key.indexOf('>'));
}

function remoteText(sock: Tcb): string {
  const key = socketKey(sock);
  return key.slice(key.indexOf('>') + 1);
}

export type Outgoing = Omit<Segment, 'id' | 'ipId' | 'sentAt'> & {
  /** `ip:port` of each end when the sender already has them written out. */
  fromText?: string;
  toText?: string;
  /** The receiver's socket key, `dst>src`, likewise. */
  demux?: string;
};

/**
 * Puts a segment on the wire: the trace's send line, then the link's verdict (a drop rule, random
 * loss) and its arrival after the one-way delay.
 */
export function transmit(w: World, host: HostState | null, out: Outgoing): Segment {
  const id = ++w.nextSeg;
  const seg: Segment = {
    id,
    src: out.src,
    dst: out.dst,
    flags: out.flags,
    seq: out.seq,
    ack: out.ack,
    len: out.len,
    window: out.window,
    options: out.options,
    retransmitOf: out.retransmitOf,
    why: out.why,
    spoofed: out.spoofed,
    ipId: host ? host.ipId++ & 0xffff : 0,
    sentAt: w.now,
  };
  const event: SendEvent = {
    t: t(w),
    type: 'send',
    id,
    from: out.fromText ?? `${seg.src.ip}:${seg.src.port}`,
    to: out.toText ?? `${seg.dst.ip}:${seg.dst.port}`,
    flags: flagsToString(seg.flags),
    seq: seg.seq,
    ack: seg.flags & ACK ? seg.ack : null,
    len: seg.len,
    retransmit: seg.retransmitOf !== null,
    // undefined fields are left out of the JSON lines; written in place to keep the key order.
    of: seg.retransmitOf ?? undefined,
    win: seg.window,
    why: seg.why,
    spoofed: seg.spoofed || undefined,
    options: seg.options ?? undefined,
  };
  w.trace.push(event);
  const delay = Math.round(w.settings.delayMs * 1000);
  const arrivesAt = w.now + delay;
  let dropReason: DropReason | null = null;
  if (w.dropRules.length > 0 && matchesDropRule(w, seg, host)) dropReason = 'rule';
  else if (w.settings.lossRate > 0 && nextFloat(w.rng) < w.settings.lossRate) dropReason = 'loss';
  if (dropReason) {
    // Lost mid-wire: the views draw it stopping halfway.
    const dropAt = w.now + Math.round(delay / 2);
    w.inFlight.set(id, { seg, event, arrivesAt, dropAt, dropReason, demux: out.demux ?? null });
    schedule(w.queue, dropAt, { k: 'lost', seg: id, reason: dropReason });
  } else {
    w.inFlight.set(id, {
      seg,
      event,
      arrivesAt,
      dropAt: null,
      dropReason: null,
      demux: out.demux ?? null,
    });
    schedule(w.queue, arrivesAt, { k: 'arrive', seg: id });
  }
  return seg;
}
