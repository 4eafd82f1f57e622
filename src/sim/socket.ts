/**
 * One socket's state machine, in the order RFC 9293 §3.10 lays it out: user calls, then segment
 * arrival per state (§3.10.7), then timeouts (§3.10.8). Linux's choices where it differs are
 * marked with the section of docs/tcp-reference.md ("ref §…") that records them.
 *
 * Every function takes the TCB, the settings and an Effects collector. It updates the TCB's
 * sequence variables in place and appends what must happen (state changes, segments, timers,
 * notices to the application) to the collector.
 */
import { spec, type Effects } from './effects';
import type { Settings } from './profile';
import { ACK, FIN, PSH, RST, SYN, segEnd, segLen, type Segment } from './segment';
import { seqAdd, seqGt, seqLeq, seqLt, seqSub } from './seq';
import type { TcpState } from './state';
import type { Tcb } from './tcb';
import { fromSeconds, type Micros } from './time';
import type { StateCause } from './trace';
import { chooseInitialWindow, measureRcvMss, offeredWindowScale, receiveWindow } from './window';

export function setState(t: Tcb, to: TcpState, why: StateCause, fx: Effects): void {
  if (t.state === to) return;
  fx.transitions.push({ from: t.state, to, why });
  t.state = to;
}

/** Enter CLOSED: every timer off, the application told why. */
function die(t: Tcb, why: StateCause, fx: Effects, error: string | null): void {
  setState(t, 'CLOSED', why, fx);
  cancelAll(t, fx);
  if (error) {
    t.error = error;
    fx.notices.push({ kind: 'error', error });
  }
  fx.notices.push({ kind: 'closed' });
}

const TIMER_KINDS = ['retransmit', 'synack', 'time-wait', 'fin-wait-2', 'delayed-ack'] as const;

function cancelAll(t: Tcb, fx: Effects): void {
  for (const kind of TIMER_KINDS) {
    if (t.timers[kind]) fx.timers.push({ kind, delay: null });
  }
}

export function timeWaitLength(s: Settings): Micros {
  return fromSeconds(2 * s.msl);
}

function enterTimeWait(t: Tcb, why: StateCause, s: Settings, fx: Effects): void {
  setState(t, 'TIME_WAIT', why, fx);
  for (const kind of ['retransmit', 'fin-wait-2'] as const) {
    if (t.timers[kind]) fx.timers.push({ kind, delay: null });
  }
  fx.timers.push({ kind: 'time-wait', delay: timeWaitLength(s) });
}

function ackNow(t: Tcb, why: 'ack-data' | 'ack-fin' | 'dup-ack' | 'challenge-ack', fx: Effects) {
  fx.send.push(spec(ACK, t.sndNxt, t.rcvNxt, why));
  ackSent(t, fx);
}

/** Any segment carrying the current ACK makes a pending delayed ACK needless (tcp_event_ack_sent). */
function ackSent(t: Tcb, fx: Effects): void {
  if (t.timers['delayed-ack'] || fx.timers.some((op) => op.kind === 'delayed-ack')) {
    fx.timers.push({ kind: 'delayed-ack', delay: null });
  }
}

/** TCP_DELACK_MIN (include/net/tcp.h): HZ/25. */
const DELACK_MIN = fromSeconds(0.04);
/** One jiffy at HZ=250: before any data arrived, ato is 0 and the delayed ACK fires next tick. */
const JIFFY = fromSeconds(0.004);
/**
 * Holds an ACK as Linux's tcp_send_delayed_ack does: for TCP_DELACK_MIN once data has arrived
 * (tcp_event_data_recv sets ato), for one tick before (ato is still 0). Measured on Linux 6.18
 * with npm run kernel: the ACK of a FIN left 40–45 ms after it arrived when data had come
 * first (half-close), 1–6 ms when none had (close-wait-leak).
 */
function delayAck(t: Tcb, why: 'ack-data' | 'ack-fin', fx: Effects): void {
  if (why === 'ack-fin' || !t.timers['delayed-ack']) {
    fx.timers.push({ kind: 'delayed-ack', delay: t.dataReceived ? DELACK_MIN : JIFFY });
  }
  t.delackWhy = why;
}

/** The delayed-ACK timer fired: nothing else carried the ACK meanwhile. */
export function delayedAckTimeout(t: Tcb, fx: Effects): void {
  if (t.state === 'CLOSED' || t.state === 'TIME_WAIT') return;
  fx.send.push(spec(ACK, t.sndNxt, t.rcvNxt, t.delackWhy));
}

function synSpec(t: Tcb, why: 'connect' | 'syn-received' | 'simultaneous-open' | 'syncookie') {
  const flags = why === 'connect' ? SYN : SYN | ACK;
  return spec(flags, t.iss, flags & ACK ? t.rcvNxt : null, why, { synOptions: true });
}

// ---------------------------------------------------------------------------------------------
// User calls (RFC 9293 §3.10.1–§3.10.6; Linux close path ref §2.5)

/** OPEN, active: CLOSED → SYN_SENT, send <SEQ=ISS><CTL=SYN> (§3.10.1). */
export function activeOpen(t: Tcb, iss: number, s: Settings, fx: Effects): void {
  t.iss = iss;
  t.sndUna = iss;
  t.sndNxt = seqAdd(iss, 1);
  t.writeSeq = t.sndNxt; // Linux counts the SYN in write_seq: Send-Q shows 1 in SYN_SENT
  t.dataEnd = t.sndNxt;
  t.rto = fromSeconds(s.rtoInitial);
  // tcp_connect_init: the SYN offers the window for full segments; no timestamps are agreed yet.
  t.rcvWscale = offeredWindowScale(s);
  chooseInitialWindow(t, s, s.mss);
  setState(t, 'SYN_SENT', 'connect', fx);
  fx.send.push(synSpec(t, 'connect'));
  fx.timers.push({ kind: 'retransmit', delay: t.rto });
}

/** SEND (§3.10.2). Returns the call's result. */
export function send(t: Tcb, bytes: number, s: Settings, fx: Effects): string {
  if (t.error) return reportError(t);
  if (t.shutWr || t.orphan) return 'EPIPE';
  switch (t.state) {
    case 'SYN_SENT':
    case 'SYN_RECEIVED':
      // Queued until ESTABLISHED (§3.10.2).
      t.writeSeq = seqAdd(t.writeSeq, bytes);
      t.dataEnd = seqAdd(t.dataEnd, bytes);
      return 'ok';
    case 'ESTABLISHED':
    case 'CLOSE_WAIT':
      t.writeSeq = seqAdd(t.writeSeq, bytes);
      t.dataEnd = seqAdd(t.dataEnd, bytes);
      output(t, s, fx);
      return 'ok';
    default:
      return 'EPIPE';
  }
}

/** The first call after a reset reports the error; later ones EPIPE, as Linux does. */
function reportError(t: Tcb): string {
  if (t.errorReported) return 'EPIPE';
  t.errorReported = true;
  return t.error ?? 'EPIPE';
}

/**
 * CLOSE (§3.10.4) as Linux's __tcp_close does it (ref §2.5): unread data means RST instead of
 * FIN (RFC SHLD-3, RFC 2525 §2.17); otherwise the new_state[] table.
 */
export function close(t: Tcb, s: Settings, fx: Effects): string {
  t.orphan = true;
  if (t.unread > 0 && t.state !== 'CLOSED' && t.state !== 'TIME_WAIT') {
    if (t.state !== 'SYN_SENT') {
      fx.send.push(spec(RST | ACK, t.sndNxt, t.rcvNxt, 'rst-unread-data'));
    }
    t.unread = 0;
    die(t, 'unread-data', fx, null);
    return 'ok';
  }
  switch (t.state) {
    case 'SYN_SENT':
      die(t, 'close', fx, null);
      return 'ok';
    case 'SYN_RECEIVED':
    case 'ESTABLISHED':
      setState(t, 'FIN_WAIT_1', 'close', fx);
      queueFin(t, 'close', s, fx);
      return 'ok';
    case 'CLOSE_WAIT':
      setState(t, 'LAST_ACK', 'close', fx);
      queueFin(t, 'close', s, fx);
      return 'ok';
    case 'FIN_WAIT_2':
      // Orphaned after shutdown(): Linux starts the FIN_WAIT_2 timeout now (ref §2.5).
      startFinWait2Timer(t, s, fx);
      return 'ok';
    default:
      return 'ok';
  }
}

/** shutdown(SHUT_WR): FIN without orphaning, so FIN_WAIT_2 has no timeout (ref §2.5). */
export function shutdownWrite(t: Tcb, s: Settings, fx: Effects): string {
  if (t.shutWr) return 'ok';
  switch (t.state) {
    case 'SYN_SENT':
      die(t, 'shutdown', fx, null);
      return 'ok';
    case 'SYN_RECEIVED':
    case 'ESTABLISHED':
      t.shutWr = true;
      setState(t, 'FIN_WAIT_1', 'shutdown', fx);
      queueFin(t, 'shutdown', s, fx);
      return 'ok';
    case 'CLOSE_WAIT':
      t.shutWr = true;
      setState(t, 'LAST_ACK', 'shutdown', fx);
      queueFin(t, 'shutdown', s, fx);
      return 'ok';
    default:
      return 'ENOTCONN';
  }
}

/** ABORT (§3.10.5), as close() with SO_LINGER {1, 0}: RST where Linux's tcp_need_reset says so. */
export function abort(t: Tcb, _s: Settings, fx: Effects): string {
  t.orphan = true;
  switch (t.state) {
    case 'ESTABLISHED':
    case 'CLOSE_WAIT':
    case 'FIN_WAIT_1':
    case 'FIN_WAIT_2':
    case 'SYN_RECEIVED':
      fx.send.push(spec(RST | ACK, t.sndNxt, t.rcvNxt, 'rst-abort'));
      die(t, 'abort', fx, null);
      return 'ok';
    case 'CLOSED':
      return 'ok';
    default:
      // SYN_SENT, CLOSING, LAST_ACK, TIME_WAIT: delete the TCB, no segment (§3.10.5).
      die(t, 'abort', fx, null);
      return 'ok';
  }
}

function queueFin(t: Tcb, reason: 'close' | 'shutdown', s: Settings, fx: Effects): void {
  t.finQueued = true;
  t.finReason = reason;
  t.writeSeq = seqAdd(t.writeSeq, 1);
  output(t, s, fx);
}

function startFinWait2Timer(t: Tcb, s: Settings, fx: Effects): void {
  if (s.finTimeout === null) return; // RFC profile: FIN-WAIT-2 waits for the FIN (ref §2.9 item 3)
  // tcp_fin_time(): max(tcp_fin_timeout, 3.5 × RTO) (ref §2.1).
  const delay = Math.max(fromSeconds(s.finTimeout), Math.round(3.5 * t.rto));
  fx.timers.push({ kind: 'fin-wait-2', delay });
}

/** Sends queued data the window allows, then the FIN once every byte before it is out. */
const SENDING_STATES: ReadonlySet<TcpState> = new Set([
  'ESTABLISHED',
  'CLOSE_WAIT',
  'FIN_WAIT_1',
  'LAST_ACK',
]);

export function output(t: Tcb, s: Settings, fx: Effects): void {
  if (!SENDING_STATES.has(t.state)) return;
  let sent = false;
  // The MSS counts no options (RFC 9293 §3.7.1): with timestamps a full segment carries 12 bytes
  // less, 1448 of 1460 (Linux tcp_current_mss; measured: 3000 bytes leave as 1448 + 1448 + 104).
  const mss = s.mss - (t.tsOk ? 12 : 0);
  let count = 0;
  while (seqLt(t.sndNxt, t.dataEnd)) {
    const inFlight = seqSub(t.sndNxt, t.sndUna);
    const room = t.sndWnd - inFlight;
    if (room <= 0) break;
    const n = Math.min(mss, seqSub(t.dataEnd, t.sndNxt), room);
    const last = seqAdd(t.sndNxt, n) === t.dataEnd;
    // PSH on the last segment of a write (RFC 9293 §3.9.1.2). Linux also pushes the segments
    // after the first of a multi-segment write: measured on 6.18, a 3000-byte write left as
    // ACK, PSH+ACK, PSH+ACK (net/ipv4/tcp.c tcp_sendmsg_locked: the first full segment goes out
    // by tcp_push_one before the write is over, the rest by tcp_push with PSH).
    const psh = last || (s.delayedAck && count > 0);
    fx.send.push(spec(ACK | (psh ? PSH : 0), t.sndNxt, t.rcvNxt, 'data', { len: n }));
    t.sndNxt = seqAdd(t.sndNxt, n);
    sent = true;
    count++;
  }
  if (t.finQueued && t.finSeq === null && t.sndNxt === t.dataEnd) {
    // The peer's FIN still waits for its delayed ACK: this FIN carries it (three-segment close).
    const holdsFinAck =
      t.delackWhy === 'ack-fin' &&
      (t.timers['delayed-ack'] !== undefined ||
        fx.timers.some((op) => op.kind === 'delayed-ack' && op.delay !== null));
    fx.send.push(spec(FIN | ACK, t.sndNxt, t.rcvNxt, holdsFinAck ? 'close-with-ack' : t.finReason));
    t.finSeq = t.sndNxt;
    t.sndNxt = seqAdd(t.sndNxt, 1);
    sent = true;
  }
  if (sent) ackSent(t, fx);
  // Nothing was outstanding: what was just sent is the whole flight, its RTO starts now.
  if (sent && !retransmitArmed(t, fx)) armRetransmit(t, s, t.rto, fx);
}

/** TCP_RTO_MIN and TCP_TIMEOUT_MIN (2 jiffies at HZ=250), include/net/tcp.h. */
const RTO_MIN_LINUX = fromSeconds(0.2);
const TIMEOUT_MIN = fromSeconds(0.008);

/**
 * Arms the retransmission timer, or in its place a tail-loss probe (Linux
 * tcp_schedule_loss_probe): 2·SRTT, plus 200 ms for a delayed ACK when one segment is out
 * (else 2 jiffies), but never later than the RTO would fire. `rtoLeft` is that RTO's remaining
 * time (tcp_rto_delta_us).
 */
function armRetransmit(t: Tcb, s: Settings, rtoLeft: Micros, fx: Effects): void {
  // Segments in flight: the queue, plus what these effects are sending for the first time.
  const fresh = fx.send.filter((sp) => sp.retransmitOf === null && !(sp.flags & RST));
  const out = t.rtxQueue.length + fresh.filter((sp) => segLen(sp) > 0).length;
  const probe =
    s.tailLossProbe &&
    !t.inLoss &&
    t.srtt !== null &&
    t.peerSynOptions &&
    PROBE_STATES.has(t.state);
  if (probe && out > 0) {
    const extra = out === 1 ? RTO_MIN_LINUX : TIMEOUT_MIN;
    const pto = Math.round(2 * t.srtt! + extra);
    // Still a probe when the RTO caps it: the probe timer replaces the RTO timer.
    t.probeArmed = true;
    fx.timers.push({ kind: 'retransmit', delay: Math.max(1, Math.min(pto, rtoLeft)) });
    return;
  }
  t.probeArmed = false;
  fx.timers.push({ kind: 'retransmit', delay: Math.max(1, rtoLeft) });
}

/** Where Linux sends a loss probe: the states that send data or a FIN (tcp_write_xmit). */
const PROBE_STATES: ReadonlySet<TcpState> = new Set([
  'ESTABLISHED',
  'CLOSE_WAIT',
  'FIN_WAIT_1',
  'LAST_ACK',
  'CLOSING',
]);

/** Whether the retransmission timer will be running once these effects are carried out. */
function retransmitArmed(t: Tcb, fx: Effects): boolean {
  for (let i = fx.timers.length - 1; i >= 0; i--) {
    const op = fx.timers[i]!;
    if (op.kind === 'retransmit') return op.delay !== null;
  }
  return t.timers.retransmit !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Segment arrival (§3.10.7) for a socket that exists: SYN_SENT, the synchronized states, TIME_WAIT.
// LISTEN and request sockets are the listener's (listener.ts).

export function segmentArrives(t: Tcb, seg: Segment, s: Settings, now: Micros, fx: Effects): void {
  if (t.tsOk && seg.options?.timestamp) {
    t.tsRecent = seg.options.timestamp[0];
    t.tsRecentAt = now;
  }
  switch (t.state) {
    case 'SYN_SENT':
      return synSent(t, seg, s, now, fx);
    case 'TIME_WAIT':
      return timeWait(t, seg, s, fx);
    case 'CLOSED':
    case 'LISTEN':
      return;
    default:
      return synchronized(t, seg, s, now, fx);
  }
}

/** §3.10.7.3, with Linux's tcp_rcv_synsent_state_process (ref §2.3). */
function synSent(t: Tcb, seg: Segment, s: Settings, now: Micros, fx: Effects): void {
  const hasAck = (seg.flags & ACK) !== 0;
  let ackOk = false;
  if (hasAck) {
    const ack = seg.ack ?? 0;
    if (seqLeq(ack, t.iss) || seqGt(ack, t.sndNxt)) {
      if (!(seg.flags & RST)) fx.send.push(spec(RST, ack, null, 'rst-bad-ack'));
      return;
    }
    ackOk = seqLt(t.sndUna, ack) && seqLeq(ack, t.sndNxt);
  }
  if (seg.flags & RST) {
    // Acceptable only if it acknowledges our SYN; then connect() fails with ECONNREFUSED.
    if (ackOk) die(t, 'rcv-rst', fx, 'ECONNREFUSED');
    return;
  }
  if (!(seg.flags & SYN)) return;

  t.irs = seg.seq;
  t.rcvNxt = seqAdd(seg.seq, 1);
  t.rcvWup = t.rcvNxt; // the SYN's offer counts from the peer's first byte
  negotiateOptions(t, seg, s);
  if (ackOk) {
    processAck(t, seg.ack ?? 0, now, s);
    t.sndWnd = seg.window; // SYN windows are never scaled
    setState(t, 'ESTABLISHED', 'rcv-synack', fx);
    fx.timers.push({ kind: 'retransmit', delay: null });
    fx.send.push(spec(ACK, t.sndNxt, t.rcvNxt, 'handshake-ack'));
    fx.notices.push({ kind: 'connected' });
    output(t, s, fx);
    return;
  }
  // Crossed SYNs: simultaneous open (§3.10.7.3, Figure 7). Our SYN is repeated with the ACK.
  t.sndWnd = seg.window;
  setState(t, 'SYN_RECEIVED', 'rcv-syn', fx);
  const head = t.rtxQueue.head();
  if (head && head.seq === t.iss) head.flags = SYN | ACK;
  fx.send.push(synSpec(t, 'simultaneous-open'));
}

export function negotiateOptions(t: Tcb, seg: Segment, s: Settings): void {
  const o = seg.options;
  t.peerSynOptions = o !== null;
  t.tsOk = s.timestamps && Boolean(o?.timestamp);
  if (t.tsOk && o?.timestamp) t.tsRecent = o.timestamp[0];
  // Scaling needs both SYNs to offer it (RFC 7323 §2.2); otherwise neither side scales.
  t.wscaleOk = o?.windowScale !== undefined;
  t.sndWscale = o?.windowScale ?? 0;
  t.rcvWscale = t.wscaleOk ? offeredWindowScale(s) : 0;
}

/**
 * Linux's tcp_sequence(): a segment is acceptable unless it lies wholly before RCV.NXT or
 * starts beyond the window. (RFC §3.4 Table 6 tests the same window; Linux also lets a
 * segment that ends exactly at RCV.NXT through, and then treats it as a duplicate.)
 */
function acceptable(t: Tcb, seg: Segment, s: Settings): boolean {
  const wnd = Math.max(receiveWindow(t, s), 1);
  return !seqLt(segEnd(seg), t.rcvNxt) && !seqGt(seg.seq, seqAdd(t.rcvNxt, wnd));
}

/** §3.10.7.4 for SYN_RECEIVED (active) and every synchronized state but TIME_WAIT. */
function synchronized(t: Tcb, seg: Segment, s: Settings, now: Micros, fx: Effects): void {
  // First: sequence number.
  if (!acceptable(t, seg, s)) {
    if (!(seg.flags & RST)) ackNow(t, 'dup-ack', fx);
    return;
  }
  // Second: RST. Exact RCV.NXT resets; in-window otherwise gets a challenge ACK (RFC 5961, ref §1.3).
  if (seg.flags & RST) {
    const afterFin = t.finReceived && seg.seq === seqAdd(t.rcvNxt, -1);
    if (seg.seq === t.rcvNxt || afterFin) {
      const error = t.state === 'CLOSE_WAIT' ? 'EPIPE' : 'ECONNRESET'; // ref §2.6
      die(t, 'rcv-rst', fx, error);
    } else {
      ackNow(t, 'challenge-ack', fx);
    }
    return;
  }
  // Fourth: SYN in a synchronized state gets a challenge ACK (RFC 5961 §4.2, ref §2.6), except
  // the peer's SYN-ACK of a simultaneous open, which Linux lets through (tcp_validate_incoming).
  let simultaneousSynAck = false;
  if (seg.flags & SYN) {
    simultaneousSynAck =
      t.state === 'SYN_RECEIVED' &&
      !t.passive &&
      (seg.flags & ACK) !== 0 &&
      seqAdd(seg.seq, 1) === t.rcvNxt &&
      seg.ack === t.sndNxt;
    if (!simultaneousSynAck) {
      ackNow(t, 'challenge-ack', fx);
      return;
    }
  }
  // Fifth: ACK.
  if (!(seg.flags & ACK)) return;
  const ack = seg.ack ?? 0;
  if (t.state === 'SYN_RECEIVED') {
    if (!(seqLt(t.sndUna, ack) && seqLeq(ack, t.sndNxt))) {
      fx.send.push(spec(RST, ack, null, 'rst-bad-ack'));
      return;
    }
    setState(t, 'ESTABLISHED', 'rcv-ack', fx);
    fx.notices.push({ kind: 'connected' });
  }
  if (seqGt(ack, t.sndNxt)) {
    ackNow(t, 'dup-ack', fx);
    return;
  }
  if (seqLt(t.sndUna, ack)) {
    processAck(t, ack, now, s);
    t.inLoss = false;
    const head = t.rtxQueue.head();
    if (head) armRetransmit(t, s, head.retransmitted ? t.rto : t.rto - (now - head.sentAt), fx);
    else {
      t.probeArmed = false;
      fx.timers.push({ kind: 'retransmit', delay: null });
    }
  }
  t.sndWnd = seg.window << t.sndWscale;
  const finAcked = t.finSeq !== null && seqGt(t.sndUna, t.finSeq);
  const finInOrder = (seg.flags & FIN) !== 0 && seqAdd(seg.seq, seg.len) === t.rcvNxt;
  switch (t.state) {
    case 'FIN_WAIT_1':
      // If this segment also carries the peer's FIN, step eight takes us straight to TIME_WAIT.
      if (finAcked && !finInOrder) {
        setState(t, 'FIN_WAIT_2', 'rcv-ack-of-fin', fx);
        if (t.orphan) startFinWait2Timer(t, s, fx);
      }
      break;
    case 'CLOSING':
      if (finAcked) return enterTimeWait(t, 'rcv-ack-of-fin', s, fx);
      break;
    case 'LAST_ACK':
      if (finAcked) return die(t, 'rcv-ack-of-fin', fx, null);
      break;
    default:
      break;
  }

  // A segment that lies wholly before RCV.NXT (a retransmitted FIN, old data) gets an immediate
  // duplicate ACK: "Remain in the CLOSE-WAIT state" and its kin (§3.10.7.4; Linux tcp_data_queue).
  // Linux also ACKs the peer's SYN-ACK of a simultaneous open this way (measured on 6.18: both
  // ends send an ACK after the crossing SYN-ACKs; tcp_validate_incoming → tcp_send_dupack).
  if (!simultaneousSynAck && segLen(seg) > 0 && seqLeq(segEnd(seg), t.rcvNxt)) {
    ackNow(t, 'dup-ack', fx);
    return;
  }
  if (simultaneousSynAck && s.delayedAck) {
    ackNow(t, 'dup-ack', fx);
    output(t, s, fx); // what the application queued meanwhile (tcp_data_snd_check)
    return;
  }

  // Seventh: segment text.
  let needAck = false;
  if (seg.len > 0) {
    const accepted = receiveText(t, seg, s, fx);
    if (accepted === 'reset') return;
    needAck = true;
    if (accepted === 'out-of-order') {
      ackNow(t, 'dup-ack', fx);
      return;
    }
  }

  // Eighth: FIN.
  if ((seg.flags & FIN) !== 0 && seqAdd(seg.seq, seg.len) === t.rcvNxt && !t.finReceived) {
    t.rcvNxt = seqAdd(t.rcvNxt, 1);
    t.finReceived = true;
    needAck = false;
    const toCloseWait = t.state === 'SYN_RECEIVED' || t.state === 'ESTABLISHED';
    if (toCloseWait && s.delayedAck) {
      // Linux's tcp_fin: CLOSE_WAIT schedules the ACK and enters pingpong mode, so an
      // application that closes at once sends FIN,ACK carrying it: a three-segment close.
      t.pingpong = true;
      delayAck(t, 'ack-fin', fx);
    } else ackNow(t, 'ack-fin', fx);
    switch (t.state) {
      case 'SYN_RECEIVED':
      case 'ESTABLISHED':
        setState(t, 'CLOSE_WAIT', 'rcv-fin', fx);
        fx.notices.push({ kind: 'eof' });
        break;
      case 'FIN_WAIT_1':
        if (finAcked) enterTimeWait(t, 'rcv-fin-ack', s, fx);
        else setState(t, 'CLOSING', 'rcv-fin', fx); // simultaneous close (Figure 13)
        break;
      case 'FIN_WAIT_2':
        enterTimeWait(t, 'rcv-fin', s, fx);
        break;
      default:
        break;
    }
  }
  if (needAck) {
    // __tcp_ack_snd_check: at once in quick-ACK mode (the first ACKs of a connection), else held.
    if (s.delayedAck && (t.pingpong || t.quickAcks <= 0)) delayAck(t, 'ack-data', fx);
    else {
      if (s.delayedAck) t.quickAcks--;
      ackNow(t, 'ack-data', fx);
    }
  }
  // Every ACK may open the window: queued data, then a queued FIN, go out (§3.10.4).
  output(t, s, fx);
}

/**
 * Accepts in-order payload. Data after close() is answered with RST (RFC 1122; Linux
 * tcp_rcv_state_process step 7, ref §2.5). Out-of-order data is not queued: this model keeps no
 * reassembly queue, so the sender recovers by retransmission.
 */
function receiveText(
  t: Tcb,
  seg: Segment,
  s: Settings,
  fx: Effects,
): 'ok' | 'out-of-order' | 'reset' {
  if (t.orphan && (t.state === 'FIN_WAIT_1' || t.state === 'FIN_WAIT_2')) {
    // Answered as a segment for no connection: tcp_v4_send_reset, RST.seq = SEG.ACK (ref §2.6).
    fx.send.push(spec(RST, seg.ack ?? 0, null, 'rst-data-after-close'));
    die(t, 'data-after-close', fx, null);
    return 'reset';
  }
  if (t.finReceived) return 'ok';
  if (seqGt(seg.seq, t.rcvNxt)) return 'out-of-order';
  const dataEnd = seqAdd(seg.seq, seg.len);
  const fresh = seqSub(dataEnd, t.rcvNxt);
  if (fresh <= 0) return 'ok';
  t.rcvNxt = dataEnd;
  measureRcvMss(t, seg.len, s);
  t.unread += fresh;
  t.dataReceived = true;
  fx.notices.push({ kind: 'data', bytes: fresh });
  return 'ok';
}

/** Advances SND.UNA, retires acknowledged segments, takes an RTT sample by Karn's rule. */
export function processAck(t: Tcb, ack: number, now: Micros, s: Settings): void {
  t.sndUna = ack;
  let sample: Micros | null = null;
  for (let e = t.rtxQueue.retire(ack); e; e = t.rtxQueue.retire(ack)) {
    if (!e.retransmitted) sample = now - e.sentAt;
  }
  t.retransmits = 0;
  if (sample !== null) updateRto(t, sample, s);
  else if (t.srtt !== null) t.rto = rtoFromEstimate(t, s); // new ACK undoes the backoff
}

/** RFC 6298 with Linux's floor: RTO = SRTT + max(4·RTTVAR, RTO_min) (ref §2.1). */
function updateRto(t: Tcb, r: Micros, s: Settings): void {
  if (t.srtt === null) {
    t.srtt = r;
    t.rttvar = r / 2;
  } else {
    t.rttvar = 0.75 * t.rttvar + 0.25 * Math.abs(t.srtt - r);
    t.srtt = 0.875 * t.srtt + 0.125 * r;
  }
  t.rto = rtoFromEstimate(t, s);
}

function rtoFromEstimate(t: Tcb, s: Settings): Micros {
  const rto = (t.srtt ?? 0) + Math.max(4 * t.rttvar, fromSeconds(s.rtoMin));
  return Math.round(Math.min(Math.max(rto, fromSeconds(s.rtoMin)), fromSeconds(s.rtoMax)));
}

/**
 * TIME_WAIT as Linux's tcp_timewait_state_process handles it (ref §2.5): an in-window RST kills
 * it (tcp_rfc1337 = 0), a bare in-order ACK restarts the timer silently, anything else (such as a
 * retransmitted FIN) is ACKed and, when it carries ACK, restarts the 2MSL timer (RFC §3.10.7.4).
 * A new SYN is the host's to handle (reuse, §1.7 MAY-2).
 */
function timeWait(t: Tcb, seg: Segment, s: Settings, fx: Effects): void {
  if (seg.flags & RST) {
    if (seg.seq === t.rcvNxt) die(t, 'rcv-rst', fx, null);
    return;
  }
  const bareAck = seg.flags === ACK && seg.len === 0 && seg.seq === t.rcvNxt;
  if (!bareAck) fx.send.push(spec(ACK, t.sndNxt, t.rcvNxt, 'timewait-ack'));
  if (seg.flags & ACK) fx.timers.push({ kind: 'time-wait', delay: timeWaitLength(s) });
}

// ---------------------------------------------------------------------------------------------
// Timeouts (§3.10.8)

export function retransmitLimit(t: Tcb, s: Settings): number {
  if (t.state === 'SYN_SENT') return s.synRetries + s.synLinearTimeouts;
  if (t.state === 'SYN_RECEIVED') return s.synackRetries;
  return t.orphan ? s.orphanRetries : s.retries2;
}

/**
 * RETRANSMISSION TIMEOUT: resend the oldest unacknowledged segment, back off, or give up. A
 * tail-loss probe's timer resends the newest one instead, counts no retry and backs nothing off;
 * the RTO is then re-armed for what is left of it (tcp_send_loss_probe, tcp_rearm_rto). Measured
 * on Linux 6.18: a FIN lost in LAST_ACK went again after 0.30 s (the probe), 0.30 s, then 0.60 s.
 */
export function retransmitTimeout(t: Tcb, s: Settings, fx: Effects, now: Micros = 0): void {
  const head = t.rtxQueue.head();
  if (!head) return;
  if (t.probeArmed) {
    t.probeArmed = false;
    const last = t.rtxQueue.tail()!;
    fx.send.push(
      spec(last.flags, last.seq, last.flags & ACK ? t.rcvNxt : null, 'retransmit', {
        len: last.len,
        retransmitOf: last.firstId,
      }),
    );
    last.retransmitted = true;
    const left = last === head ? t.rto : t.rto - (now - head.sentAt);
    fx.timers.push({ kind: 'retransmit', delay: Math.max(TIMEOUT_MIN / 2, left) });
    return;
  }
  if (t.retransmits >= retransmitLimit(t, s)) {
    // tcp_write_err: connect() or the next call fails with ETIMEDOUT; no RST is sent.
    die(t, 'retries-exhausted', fx, t.orphan ? null : 'ETIMEDOUT');
    return;
  }
  const flags = head.flags;
  const ack = flags & ACK ? t.rcvNxt : null;
  fx.send.push(
    spec(flags, head.seq, ack, 'retransmit', {
      len: head.len,
      retransmitOf: head.firstId,
      synOptions: (flags & SYN) !== 0,
    }),
  );
  head.retransmitted = true;
  t.retransmits++;
  t.inLoss = true;
  // Linux ≥ 6.5 keeps the first SYN RTOs flat (tcp_syn_linear_timeouts, ref §2.3).
  const linear = t.state === 'SYN_SENT' && t.retransmits <= s.synLinearTimeouts;
  if (!linear) t.rto = Math.min(t.rto * 2, fromSeconds(s.rtoMax));
  fx.timers.push({ kind: 'retransmit', delay: t.rto });
}

export function timeWaitTimeout(t: Tcb, fx: Effects): void {
  die(t, 'timewait-timeout', fx, null);
}

/** The orphaned FIN_WAIT_2 bucket simply expires: no RST (ref §2.6). */
export function finWait2Timeout(t: Tcb, fx: Effects): void {
  die(t, 'finwait2-timeout', fx, null);
}

export { segLen };
