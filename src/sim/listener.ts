/**
 * A listening socket and its two queues, as Linux runs them (ref §2.4): request sockets in
 * SYN_RECEIVED (the SYN queue), established children waiting for accept() (the accept queue),
 * SYN cookies when the SYN queue is full, and the SYN-ACK retransmission timer.
 */
import { newEffects, spec, type Effects } from './effects';
import { hash32 } from './random';
import { ACK, FIN, RST, SYN, type Segment } from './segment';
import { seqAdd, seqGeq, seqLt } from './seq';
import { negotiateOptions, processAck, segmentArrives, setState } from './socket';
import { newTcb, socketKey, type Tcb } from './tcb';
import { fromSeconds } from './time';
import { applyEffects, emitState, hostOf, t, type HostState, type World } from './world';
import { chooseInitialWindow, offeredWindowScale, receiveWindow, TIMESTAMP_BYTES } from './window';
import { childEstablished, pickIsn } from './app';
import type { Settings } from './profile';

export function effectiveBacklog(w: World, l: Tcb): number {
  // listen(): the backlog is silently capped to somaxconn (ref §2.4).
  return Math.min(l.listener!.requested, w.settings.somaxconn);
}

/** sk_acceptq_is_full uses `>`: backlog + 1 children fit (ref §2.4). */
function acceptQueueFull(w: World, l: Tcb): boolean {
  return l.listener!.acceptQueue.length > effectiveBacklog(w, l);
}

/** inet_csk_reqsk_queue_is_full uses `>` too, since 2025: backlog + 1 requests fit (ref §2.4). */
function synQueueFull(w: World, l: Tcb): boolean {
  return l.listener!.synQueue > effectiveBacklog(w, l);
}

/** Discards the arriving segment inside the host: its deliver line becomes a drop. */
export function discard(w: World, seg: Segment, reason: 'queue-full'): void {
  if (w.deliveringId === seg.id) {
    w.trace.rewriteAsDrop(w.deliveringLine, reason);
  }
}

function logOnce(w: World, host: HostState, l: Tcb, action: string): void {
  if (l.listener!.floodLogged) return;
  l.listener!.floodLogged = true;
  // tcp_syn_flood_action's message (ref §2.4).
  w.trace.push({
    t: t(w),
    type: 'kernel',
    host: host.name,
    text: `TCP: request_sock_TCP: Possible SYN flooding on port ${l.local.ip}:${l.local.port}. ${action}.  Check SNMP counters.`,
  });
}

/** A SYN cookie: the ISN encodes the 4-tuple and a 64-second counter, so no state is kept. */
function cookie(w: World, seg: Segment, counter: number): number {
  const tuple = `${seg.src.ip}:${seg.src.port}>${seg.dst.ip}:${seg.dst.port}`;
  return hash32(`${tuple}/${counter}`, w.cookieSecret);
}

function cookieCounter(w: World): number {
  return Math.floor(w.now / fromSeconds(64));
}

/** LISTEN (§3.10.7.2 with Linux's tcp_conn_request, ref §2.4). */
export function listenerReceives(w: World, l: Tcb, seg: Segment): void {
  const host = hostOf(w, l);
  if (seg.flags & RST) return; // "should be ignored"
  if (seg.flags & ACK) {
    // "any ACK-bearing segment" gets <SEQ=SEG.ACK><CTL=RST>, a SYN-ACK included (§3.10.7.2),
    // unless it is the final ACK of a SYN-cookie handshake.
    if (!(seg.flags & SYN) && w.settings.syncookies && cookieAck(w, l, seg)) return;
    sendRaw(w, host, seg, spec(RST, seg.ack ?? 0, null, 'rst-bad-ack'));
    return;
  }
  if (!(seg.flags & SYN) || seg.flags & FIN) return; // SYN+FIN at a listener: dropped (ref §2.6)
  const li = l.listener!;
  const s = w.settings;
  if (synQueueFull(w, l)) {
    if (s.syncookies) {
      logOnce(w, host, l, 'Sending cookies');
      if (acceptQueueFull(w, l)) {
        li.synsDropped++;
        return discard(w, seg, 'queue-full');
      }
      li.cookiesSent++;
      const isn = cookie(w, seg, cookieCounter(w));
      // No state: the SYN-ACK is built from a throwaway TCB.
      const tmp = newTcb(-1, l.host, seg.dst, seg.src, w.now, 0);
      tmp.passive = true;
      tmp.iss = isn;
      tmp.rcvNxt = seqAdd(seg.seq, 1);
      negotiateOptions(tmp, seg, s);
      // Cookies keep TCP options only when the SYN carried timestamps (ref §2.4).
      if (!tmp.tsOk) {
        tmp.peerSynOptions = false;
        tmp.wscaleOk = false;
        tmp.rcvWscale = 0;
      }
      synAckWindow(tmp, s);
      const fx = newEffects();
      fx.send.push(spec(SYN | ACK, isn, tmp.rcvNxt, 'syncookie', { synOptions: true }));
      applyEffects(w, tmp, fx);
      tmp.rtxQueue.clear();
      return;
    }
    logOnce(w, host, l, 'Dropping request');
    li.synsDropped++;
    return discard(w, seg, 'queue-full');
  }
  if (acceptQueueFull(w, l)) {
    li.synsDropped++;
    return discard(w, seg, 'queue-full'); // LISTENOVERFLOWS
  }
  // Without cookies the last quarter of the SYN queue is kept for proven peers (ref §2.4 step 4).
  if (!s.syncookies && s.maxSynBacklog - li.synQueue < s.maxSynBacklog >> 2) {
    li.synsDropped++;
    return discard(w, seg, 'queue-full');
  }
  openRequest(w, l, seg, pickIsn(w, host, seg));
}

/**
 * A passive socket of listener l for the peer that sent seg, with its sequence space: ISS, and
 * IRS (the peer's SYN). Its first transition is from LISTEN, as the trace contract says.
 */
function passiveSocket(w: World, l: Tcb, seg: Segment, iss: number, irs: number): Tcb {
  const r = newTcb(
    w.nextSock++,
    l.host,
    seg.dst,
    seg.src,
    w.now,
    fromSeconds(w.settings.rtoInitial),
  );
  r.state = 'LISTEN';
  r.passive = true;
  r.listenerId = l.id;
  r.iss = iss;
  r.sndUna = iss;
  r.sndNxt = seqAdd(iss, 1);
  r.writeSeq = r.sndNxt;
  r.dataEnd = r.sndNxt;
  r.irs = irs;
  r.rcvNxt = seqAdd(irs, 1);
  r.sndWnd = seg.window;
  w.socks.set(r.id, r);
  hostOf(w, l).conns.set(socketKey(r), r.id);
  return r;
}

/** A request socket: SYN_RECEIVED, the SYN-ACK sent, the SYN-ACK timer at 1 s. */
export function openRequest(w: World, l: Tcb, seg: Segment, iss: number): Tcb {
  const r = passiveSocket(w, l, seg, iss, seg.seq);
  r.request = true;
  negotiateOptions(r, seg, w.settings);
  synAckWindow(r, w.settings);
  l.listener!.synQueue++;
  l.listener!.young++;
  const fx = newEffects();
  setState(r, 'SYN_RECEIVED', 'rcv-syn', fx);
  fx.send.push(spec(SYN | ACK, r.iss, r.rcvNxt, 'syn-received', { synOptions: true }));
  fx.timers.push({ kind: 'synack', delay: fromSeconds(w.settings.rtoInitial) });
  applyEffects(w, r, fx, seg);
  return r;
}

/**
 * tcp_openreq_init_rwin: a SYN-ACK offers the window for full segments of the MSS less the
 * timestamp option when one was agreed (65160 = 45 × 1448 where the SYN offered 44 × 1460).
 */
function synAckWindow(r: Tcb, s: Settings): void {
  chooseInitialWindow(r, s, s.mss - (r.tsOk ? TIMESTAMP_BYTES : 0));
}

function leaveSynQueue(w: World, r: Tcb): void {
  const l = r.listenerId !== null ? w.socks.get(r.listenerId) : undefined;
  if (!l?.listener) return;
  l.listener.synQueue--;
  if (r.synackTimeouts === 0) l.listener.young--;
}

/** A segment for a request socket (Linux tcp_check_req, ref §2.4). */
/** The request's listener, or null once it was closed. */
function listenerOf(w: World, r: Tcb): Tcb | null {
  const l = r.listenerId !== null ? w.socks.get(r.listenerId) : undefined;
  return l?.listener && l.state === 'LISTEN' ? l : null;
}

/** A request whose listener is gone is dropped when next touched (ref §2.4), without a word. */
function dropOrphanRequest(w: World, r: Tcb): void {
  const fx = newEffects();
  setState(r, 'CLOSED', 'listener-closed', fx);
  applyEffects(w, r, fx);
}

/** tcp_check_req's window test: the SYN-ACK's offer, from RCV.NXT. */
function inRequestWindow(w: World, r: Tcb, seg: Segment): boolean {
  return (
    seqGeq(seg.seq, r.rcvNxt) && seqLt(seg.seq, seqAdd(r.rcvNxt, receiveWindow(r, w.settings)))
  );
}

export function requestReceives(w: World, r: Tcb, seg: Segment): void {
  const host = hostOf(w, r);
  const l = listenerOf(w, r);
  if (!l) {
    dropOrphanRequest(w, r);
    return resetFor(w, host, seg, 'rst-no-listener');
  }
  const fx = newEffects();
  if (seg.flags & RST) {
    if (inRequestWindow(w, r, seg)) {
      leaveSynQueue(w, r);
      setState(r, 'CLOSED', 'rcv-rst', fx); // the listener stays in LISTEN (§3.10.7.4)
      applyEffects(w, r, fx, seg);
    }
    return;
  }
  if (seg.flags & SYN && !(seg.flags & ACK)) {
    if (seg.seq === r.irs) {
      // A retransmitted SYN: answer at once with the SYN-ACK again (tcp_check_req).
      resendSynAck(w, r, fx);
    } else if (inRequestWindow(w, r, seg)) {
      // A new in-window SYN: embryonic_reset sends RST and drops the request (ref §2.4).
      resetFor(w, host, seg, 'rst-embryonic');
      leaveSynQueue(w, r);
      setState(r, 'CLOSED', 'rcv-syn', fx);
    } else {
      fx.send.push(spec(ACK, r.sndNxt, r.rcvNxt, 'dup-ack'));
    }
    applyEffects(w, r, fx, seg);
    return;
  }
  if (!(seg.flags & ACK)) return;
  if (seg.ack !== seqAdd(r.iss, 1)) {
    sendRaw(w, host, seg, spec(RST, seg.ack ?? 0, null, 'rst-bad-ack'));
    return;
  }
  if (seg.seq !== r.rcvNxt) {
    fx.send.push(spec(ACK, r.sndNxt, r.rcvNxt, 'dup-ack'));
    applyEffects(w, r, fx, seg);
    return;
  }
  if (acceptQueueFull(w, l)) {
    if (w.settings.abortOnOverflow) {
      leaveSynQueue(w, r);
      fx.send.push(spec(RST, r.sndNxt, null, 'rst-accept-overflow'));
      setState(r, 'CLOSED', 'accept-overflow', fx);
      applyEffects(w, r, fx, seg);
    } else {
      // The ACK is dropped; SYN-ACKs go on, so a later ACK can complete it (ref §2.4).
      r.ackedWhileFull = true;
      discard(w, seg, 'queue-full');
    }
    return;
  }
  leaveSynQueue(w, r);
  r.request = false;
  processAck(r, seg.ack, w.now, w.settings);
  r.sndWnd = seg.window << r.sndWscale;
  setState(r, 'ESTABLISHED', 'rcv-ack', fx);
  fx.timers.push({ kind: 'synack', delay: null });
  established(w, l, r, fx, seg);
}

/**
 * The final ACK (or a cookie's) completed the handshake: the child's transitions, the accept
 * queue, then whatever data or FIN that ACK carried goes on to the established socket's rules.
 */
function established(w: World, l: Tcb, r: Tcb, fx: Effects, seg: Segment): void {
  applyEffects(w, r, fx, seg);
  childEstablished(w, l, r);
  if (seg.len > 0 || seg.flags & FIN) {
    const more = newEffects();
    segmentArrives(r, seg, w.settings, w.now, more);
    applyEffects(w, r, more, seg);
  }
}

function resendSynAck(w: World, r: Tcb, fx: Effects): void {
  const first = r.rtxQueue.head()?.firstId ?? null;
  fx.send.push(
    spec(SYN | ACK, r.iss, r.rcvNxt, 'retransmit', { synOptions: true, retransmitOf: first }),
  );
  const head = r.rtxQueue.head();
  if (head) head.retransmitted = true;
}

/** reqsk_timer_handler (ref §2.4): resend the SYN-ACK with backoff, or drop the request. */
export function synackTimeout(w: World, r: Tcb): void {
  const l = listenerOf(w, r);
  if (!l) return dropOrphanRequest(w, r);
  const s = w.settings;
  const maxRetries = s.synackRetries;
  let thresh = maxRetries;
  {
    const li = l.listener!;
    // "we reserve half of room for young embrions; and abort old ones without pity"
    if (li.synQueue << 1 > Math.max(8, effectiveBacklog(w, l))) {
      let young = li.young << 1;
      while (thresh > 2) {
        if (li.synQueue < young) break;
        thresh--;
        young <<= 1;
      }
    }
  }
  if (r.ackedWhileFull) thresh = maxRetries;
  const fx = newEffects();
  if (r.synackTimeouts >= thresh) {
    leaveSynQueue(w, r);
    setState(r, 'CLOSED', 'synack-retries-exhausted', fx);
    applyEffects(w, r, fx);
    return;
  }
  resendSynAck(w, r, fx);
  if (r.synackTimeouts === 0) l.listener!.young--;
  r.synackTimeouts++;
  const delay = Math.min(fromSeconds(s.rtoInitial) * 2 ** r.synackTimeouts, fromSeconds(s.rtoMax));
  fx.timers.push({ kind: 'synack', delay });
  applyEffects(w, r, fx);
}

/** The final ACK of a cookie handshake: rebuild the connection from the ACK alone. */
function cookieAck(w: World, l: Tcb, seg: Segment): boolean {
  const isn = seqAdd(seg.ack ?? 0, -1);
  const c = cookieCounter(w);
  const valid = [c, c - 1, c - 2].some((k) => cookie(w, seg, k) === isn);
  if (!valid) return false;
  if (acceptQueueFull(w, l)) {
    discard(w, seg, 'queue-full');
    return true;
  }
  // The final ACK acknowledges ISS + 1 and carries the byte after the peer's SYN.
  const r = passiveSocket(w, l, seg, isn, seqAdd(seg.seq, -1));
  r.sndUna = r.sndNxt; // the ACK that carries the cookie acknowledges our SYN-ACK
  r.tsOk = w.settings.timestamps && Boolean(seg.options?.timestamp);
  // Linux keeps the peer's options in the cookie's timestamp bits (ref §2.4). Every simulated
  // stack offers the same window scale, so with timestamps it is restored from the settings.
  if (r.tsOk) {
    r.wscaleOk = true;
    r.sndWscale = offeredWindowScale(w.settings);
    r.rcvWscale = r.sndWscale;
    r.sndWnd = seg.window << r.sndWscale;
  }
  // cookie_v4_check chooses the window again, for the MSS the cookie encodes: timestamps are
  // not taken off it.
  chooseInitialWindow(r, w.settings, w.settings.mss);
  const fx = newEffects();
  setState(r, 'SYN_RECEIVED', 'syncookie', fx);
  setState(r, 'ESTABLISHED', 'syncookie', fx);
  established(w, l, r, fx, seg);
  return true;
}

/**
 * A reply from a host with no socket for the segment: the RST of §3.10.7.1 / Linux's
 * tcp_v4_send_reset (ref §2.6), also used by a firewall that rejects.
 */
export function sendRaw(
  w: World,
  host: HostState,
  seg: Segment,
  sp: ReturnType<typeof spec>,
): void {
  if (host.vanished) return;
  const fake = newTcb(-1, host.index, seg.dst, seg.src, w.now, 0);
  const fx = newEffects();
  fx.send.push(sp);
  applyEffects(w, fake, fx);
}

/** The RST that answers a segment nobody wanted: "Never send a reset in response to a reset." */
export function resetFor(
  w: World,
  host: HostState,
  seg: Segment,
  why: 'rst-no-listener' | 'rst-firewall' | 'rst-embryonic',
): void {
  if (seg.flags & RST) return;
  if (seg.flags & ACK) sendRaw(w, host, seg, spec(RST, seg.ack ?? 0, null, why));
  else {
    const len = seg.len + (seg.flags & SYN ? 1 : 0) + (seg.flags & FIN ? 1 : 0);
    sendRaw(w, host, seg, spec(RST | ACK, 0, seqAdd(seg.seq, len), why));
  }
}

export { emitState };
