/**
 * From captured segments to the simulator's trace: every segment becomes a `send` and a `deliver`
 * event with its real flags, SEQ, ACK and length, and each side's states are inferred by running
 * RFC 9293's transitions (§3.10) on the segments it sent and received.
 *
 * A capture is taken at one point. The host there sent and received each segment at the moment
 * tcpdump saw it; the host at the other end did so about one one-way delay earlier (what it sent)
 * or later (what it received). That delay is estimated as half the handshake's round trip seen
 * from the capture point, and every such moment is marked `estimated` and said in the notes.
 */
import type { TcpState } from '../sim/state';
import type { SendReason } from '../sim/segment';
import type { DeliverEvent, SendEvent, StateCause, StateEvent, TraceEvent } from '../sim/trace';
import {
  F_ACK,
  F_FIN,
  F_RST,
  F_SYN,
  fromA,
  peerText,
  secondsBetween,
  type Connection,
  type Peer,
} from './connections';
import { flagText, type TcpSegment } from './tcpPacket';

/** A trace line of an imported capture: the moments the capture point did not see are marked. */
export type CaptureSendEvent = SendEvent & { estimated?: true };
export type CaptureDeliverEvent = DeliverEvent & { estimated?: true };
export type CaptureStateEvent = StateEvent & { estimated?: true; assumed?: true };
export type CaptureTraceEvent = CaptureSendEvent | CaptureDeliverEvent | CaptureStateEvent;

export type CapturePoint = 'client' | 'server' | 'unknown';

/** Something the inference could not see, to be said on screen. */
export type CaptureNote =
  | { kind: 'one-sided'; at: 'client' | 'server'; far: string; delayMs: number }
  | { kind: 'capture-point-unknown' }
  | { kind: 'mid-connection'; frame: number }
  | { kind: 'missing'; frame: number; from: string; bytes: number }
  | { kind: 'retransmission'; frame: number; of: number; from: string }
  | { kind: 'ends-open'; states: string };

export interface ImportedRun {
  title: string;
  /** Host name → address, the initiator first (drawn on the left). */
  hosts: Record<string, string>;
  trace: CaptureTraceEvent[];
  notes: CaptureNote[];
  capturedAt: CapturePoint;
  /** The trace's time 0, seconds since the epoch. */
  origin: number;
  /** The one-way delay used for the far side's moments, seconds. */
  delay: number;
  /** Each connection's initial sequence numbers, for relative SEQ/ACK: `from` address → ISN. */
  isn: Record<string, number>;
  connections: number[];
}

function seqDiff(a: number, b: number): number {
  return (a - b) | 0;
}

function segSpan(s: TcpSegment): number {
  return s.len + (s.flags & F_SYN ? 1 : 0) + (s.flags & F_FIN ? 1 : 0);
}

/** Where the capture was taken, from the handshake's two gaps: the far side's gap holds the RTT. */
export function capturePointOf(c: Connection): { at: CapturePoint; delay: number } {
  const syn = c.segments.find((s) => fromA(c, s) && (s.flags & (F_SYN | F_ACK)) === F_SYN);
  const synAck = c.segments.find(
    (s) => !fromA(c, s) && (s.flags & (F_SYN | F_ACK)) === (F_SYN | F_ACK),
  );
  const ack = synAck
    ? c.segments.find(
        (s) =>
          fromA(c, s) &&
          !(s.flags & F_SYN) &&
          s.flags & F_ACK &&
          s.ack === (synAck.seq + 1) >>> 0 &&
          s.frame > synAck.frame,
      )
    : undefined;
  if (!syn || !synAck) return { at: 'unknown', delay: 0 };
  const first = secondsBetween(syn, synAck);
  const second = ack ? secondsBetween(synAck, ack) : -1;
  const at: CapturePoint = first >= second ? 'client' : 'server';
  // The one-way delay is at most half of every gap between a segment the local host sent and the
  // next one the far host sent (a round trip plus the far host's own processing): taking the
  // smallest keeps every estimated moment causal (the far host answers after it received).
  const localIsA = at === 'client';
  let gap = at === 'client' ? first : second;
  for (let i = 0; i + 1 < c.segments.length; i++) {
    const x = c.segments[i]!;
    const y = c.segments[i + 1]!;
    if (fromA(c, x) === localIsA && fromA(c, y) !== localIsA) {
      gap = Math.min(gap, secondsBetween(x, y));
    }
  }
  return { at, delay: Math.max(0, gap) / 2 };
}

interface Side {
  host: string;
  me: Peer;
  peer: Peer;
  socket: string;
  state: TcpState;
  /** Our FIN's sequence number, once sent: an ACK past it acknowledges the FIN. */
  finSeq: number | null;
  isn: number | null;
  local: boolean;
}

/** The state events and sends of one or more connections, on one time axis. */
export function inferRun(connections: readonly Connection[], title: string): ImportedRun {
  const hosts: Record<string, string> = {};
  const hostOf = new Map<string, string>();
  const nameHost = (ip: string, preferred: string) => {
    let name = hostOf.get(ip);
    if (name) return name;
    name = preferred in hosts ? `host-${Object.keys(hosts).length + 1}` : preferred;
    hostOf.set(ip, name);
    hosts[name] = ip;
    return name;
  };
  const single = new Set(connections.flatMap((c) => [c.a.ip, c.b.ip])).size <= 2;
  const points = connections.map(capturePointOf);
  // Time 0 is the earliest moment of the run: the first packet, less the far side's delay when
  // the far host sent it. Whole seconds stay apart from the fraction so nanoseconds survive.
  let originSec = 0;
  let originFrac = 0;
  for (const [i, c] of connections.entries()) {
    const first = c.segments[0]!;
    const frac = first.nsec / 1e9 - points[i]!.delay;
    if (i === 0 || first.sec - originSec + (frac - originFrac) < 0) {
      originSec = first.sec;
      originFrac = frac;
    }
  }
  const rel = (s: TcpSegment) => s.sec - originSec + (s.nsec / 1e9 - originFrac);

  const events: { t: number; order: number; e: CaptureTraceEvent }[] = [];
  let order = 0;
  const push = (t: number, e: CaptureTraceEvent) => events.push({ t, order: order++, e });
  const notes: CaptureNote[] = [];
  const isn: Record<string, number> = {};

  for (const [i, c] of connections.entries()) {
    const { at, delay } = points[i]!;
    const aName = nameHost(c.a.ip, single ? 'client' : `host-${Object.keys(hosts).length + 1}`);
    const bName = nameHost(c.b.ip, single ? 'server' : `host-${Object.keys(hosts).length + 1}`);
    const mk = (host: string, me: Peer, peer: Peer, local: boolean): Side => ({
      host,
      me,
      peer,
      socket: `${peerText(me)}>${peerText(peer)}`,
      state: 'CLOSED',
      finSeq: null,
      isn: null,
      local,
    });
    const A = mk(aName, c.a, c.b, at !== 'server');
    const B = mk(bName, c.b, c.a, at !== 'client');
    if (at === 'unknown') notes.push({ kind: 'capture-point-unknown' });
    else {
      notes.push({
        kind: 'one-sided',
        at,
        far: at === 'client' ? peerText(c.b) : peerText(c.a),
        delayMs: Math.round(delay * 1e6) / 1e3,
      });
    }

    const change = (
      side: Side,
      t: number,
      to: TcpState,
      why: StateCause,
      seg: number,
      extra: { assumed?: true } = {},
    ) => {
      if (side.state === to) return;
      const e: CaptureStateEvent = {
        t,
        type: 'state',
        host: side.host,
        socket: side.socket,
        from: side.state,
        to,
        why,
        seg,
      };
      if (!side.local) e.estimated = true;
      if (extra.assumed) e.assumed = true;
      side.state = to;
      push(t, e);
    };

    const first = c.segments[0]!;
    if (first.flags & F_SYN) {
      // The passive side was listening before the capture began: a SYN-ACK proves it.
      if (c.synAck) B.state = 'LISTEN';
    } else {
      notes.push({ kind: 'mid-connection', frame: first.frame });
      const t = rel(first);
      change(A, t, 'ESTABLISHED', 'rcv-ack', first.frame, { assumed: true });
      change(B, t, 'ESTABLISHED', 'rcv-ack', first.frame, { assumed: true });
    }

    // Per direction: the next sequence number expected and the first frame of each SEQ sent.
    const next = new Map<Side, number>();
    const firstOfSeq = new Map<Side, Map<number, number>>([
      [A, new Map()],
      [B, new Map()],
    ]);

    for (const s of c.segments) {
      const mine = fromA(c, s);
      const S = mine ? A : B;
      const R = mine ? B : A;
      const T = rel(s);
      const sendT = S.local ? T : T - delay;
      const deliverT = R.local ? T : T + delay;
      const span = segSpan(s);
      const syn = (s.flags & F_SYN) !== 0;
      const ackSet = (s.flags & F_ACK) !== 0;
      const fin = (s.flags & F_FIN) !== 0;
      const rst = (s.flags & F_RST) !== 0;

      // Retransmissions and gaps, from what this direction sent before.
      const expected = next.get(S);
      let retransmitOf: number | undefined;
      const seen = firstOfSeq.get(S)!;
      if (expected !== undefined && span > 0 && seqDiff((s.seq + span) >>> 0, expected) <= 0) {
        retransmitOf = seen.get(s.seq);
        if (retransmitOf !== undefined) {
          notes.push({ kind: 'retransmission', frame: s.frame, of: retransmitOf, from: S.host });
        }
      } else if (expected !== undefined && !rst && seqDiff(s.seq, expected) > 0) {
        notes.push({
          kind: 'missing',
          frame: s.frame,
          from: S.host,
          bytes: seqDiff(s.seq, expected),
        });
      }
      if (span > 0 && !seen.has(s.seq)) seen.set(s.seq, s.frame);
      const end = (s.seq + span) >>> 0;
      if (expected === undefined || seqDiff(end, expected) > 0) {
        if (!rst) next.set(S, end);
      }
      if (syn) {
        S.isn = s.seq;
        isn[peerText(S.me)] = s.seq;
      }

      // The sender's state as the segment leaves.
      let why: SendReason;
      if (retransmitOf !== undefined) why = 'retransmit';
      else if (rst) why = 'rst-abort';
      else if (syn && !ackSet) why = 'connect';
      else if (syn) why = 'syn-received';
      else if (fin) why = 'close';
      else if (s.len > 0) why = 'data';
      else if (S.state === 'SYN_SENT' || (S.state === 'ESTABLISHED' && R.state === 'SYN_RECEIVED'))
        why = 'handshake-ack';
      else if (
        R.state === 'FIN_WAIT_1' ||
        R.state === 'CLOSING' ||
        R.state === 'LAST_ACK' ||
        R.finSeq !== null
      )
        why = 'ack-fin';
      else why = 'ack-data';

      if (syn && !ackSet && S.state === 'CLOSED') change(S, sendT, 'SYN_SENT', 'connect', s.frame);
      if (syn && ackSet && S.state === 'LISTEN')
        change(S, sendT, 'SYN_RECEIVED', 'rcv-syn', s.frame);
      if (fin && S.finSeq === null) {
        S.finSeq = (s.seq + s.len) >>> 0;
        if (S.state === 'ESTABLISHED' || S.state === 'SYN_RECEIVED')
          change(S, sendT, 'FIN_WAIT_1', 'close', s.frame);
        else if (S.state === 'CLOSE_WAIT') change(S, sendT, 'LAST_ACK', 'close', s.frame);
      }

      const send: CaptureSendEvent = {
        t: sendT,
        type: 'send',
        id: s.frame,
        from: peerText(S.me),
        to: peerText(R.me),
        flags: flagText(s.flags),
        seq: s.seq,
        ack: ackSet ? s.ack : null,
        len: s.len,
        retransmit: retransmitOf !== undefined,
        ...(retransmitOf !== undefined ? { of: retransmitOf } : {}),
        win: s.win,
        why,
        ...(Object.keys(s.options).length ? { options: s.options } : {}),
      };
      if (!S.local) send.estimated = true;
      push(sendT, send);
      const deliver: CaptureDeliverEvent = { t: deliverT, type: 'deliver', id: s.frame };
      if (!R.local) deliver.estimated = true;
      push(deliverT, deliver);
      if (rst && S.state !== 'CLOSED' && S.state !== 'LISTEN')
        change(S, sendT, 'CLOSED', 'abort', s.frame);

      // The receiver's state once the segment is processed.
      const acksFin = ackSet && R.finSeq !== null && seqDiff(s.ack, (R.finSeq + 1) >>> 0) >= 0;
      const t = deliverT;
      if (rst) {
        if (R.state !== 'CLOSED' && R.state !== 'LISTEN')
          change(R, t, 'CLOSED', 'rcv-rst', s.frame);
        continue;
      }
      switch (R.state) {
        case 'LISTEN':
          if (syn && !ackSet) change(R, t, 'SYN_RECEIVED', 'rcv-syn', s.frame);
          break;
        case 'SYN_SENT':
          if (syn && ackSet) change(R, t, 'ESTABLISHED', 'rcv-synack', s.frame);
          else if (syn) change(R, t, 'SYN_RECEIVED', 'rcv-syn', s.frame);
          break;
        case 'SYN_RECEIVED':
          if (ackSet && R.isn !== null && seqDiff(s.ack, R.isn) > 0) {
            change(R, t, 'ESTABLISHED', 'rcv-ack', s.frame);
            if (fin) change(R, t, 'CLOSE_WAIT', 'rcv-fin', s.frame);
          }
          break;
        case 'ESTABLISHED':
          if (fin) change(R, t, 'CLOSE_WAIT', 'rcv-fin', s.frame);
          break;
        case 'FIN_WAIT_1':
          if (fin && acksFin) change(R, t, 'TIME_WAIT', 'rcv-fin-ack', s.frame);
          else if (fin) change(R, t, 'CLOSING', 'rcv-fin', s.frame);
          else if (acksFin) change(R, t, 'FIN_WAIT_2', 'rcv-ack-of-fin', s.frame);
          break;
        case 'FIN_WAIT_2':
          if (fin) change(R, t, 'TIME_WAIT', 'rcv-fin', s.frame);
          break;
        case 'CLOSING':
          if (acksFin) change(R, t, 'TIME_WAIT', 'rcv-ack-of-fin', s.frame);
          break;
        case 'LAST_ACK':
          if (acksFin) change(R, t, 'CLOSED', 'rcv-ack-of-fin', s.frame);
          break;
        default:
          break;
      }
    }
    // A SYN that only a RST answered: the other host had no socket, so no state of its own.
    const open = [A, B].filter((s) => s.state !== 'CLOSED' && s.state !== 'TIME_WAIT');
    if (open.length) {
      notes.push({ kind: 'ends-open', states: open.map((s) => `${s.host} ${s.state}`).join(', ') });
    }
  }

  events.sort((x, y) => x.t - y.t || x.order - y.order);
  return {
    title,
    hosts,
    trace: events.map((x) => x.e),
    notes,
    capturedAt:
      points.length === 1
        ? points[0]!.at
        : points.every((p) => p.at === points[0]!.at)
          ? points[0]!.at
          : 'unknown',
    origin: originSec + originFrac,
    delay: points.length ? Math.max(...points.map((p) => p.delay)) : 0,
    isn,
    connections: connections.map((c) => c.id),
  };
}

/** Every event as `TraceEvent` for the views and tools that read the simulator's trace. */
export function asTrace(run: ImportedRun): TraceEvent[] {
  return run.trace;
}
