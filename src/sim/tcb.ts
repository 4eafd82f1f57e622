/**
 * The transmission control block: one socket's variables, named as RFC 9293 §3.3.1 names them.
 * Plain data, so a simulation can be cloned.
 */
import type { Endpoint } from './segment';
import type { TimerKind } from './snapshot';
import type { TcpState } from './state';
import type { Micros } from './time';
import { RtxQueue } from './rtxQueue';

export type { RtxEntry } from './rtxQueue';

export interface TimerSlot {
  /** Bumped on every set or cancel: a queued expiry with an older generation is ignored. */
  gen: number;
  startedAt: Micros;
  expiresAt: Micros;
}

export interface ListenerState {
  /** The backlog passed to listen(). */
  requested: number;
  /** Request sockets (SYN_RECEIVED) not yet completed. */
  synQueue: number;
  /** Requests whose SYN-ACK has not been retransmitted yet (Linux's "young"). */
  young: number;
  acceptQueue: number[];
  completed: number;
  cookiesSent: number;
  synsDropped: number;
  floodLogged: boolean;
}

export interface Tcb {
  id: number;
  host: number;
  /** `local>remote`, computed once: the trace names the socket by it on every state change. */
  key: string;
  name: string | null;
  state: TcpState;
  local: Endpoint;
  remote: Endpoint | null;
  /** Reached SYN_RECEIVED from LISTEN (RFC MUST-11). */
  passive: boolean;
  listenerId: number | null;
  /** A Linux request socket: a passive SYN_RECEIVED not yet promoted by the final ACK. */
  request: boolean;

  iss: number;
  sndUna: number;
  sndNxt: number;
  sndWnd: number;
  /** Linux's write_seq: the end of everything queued, counting SYN and FIN (Send-Q = writeSeq − sndUna). */
  writeSeq: number;
  /** The sequence number after the application's last data byte. */
  dataEnd: number;
  finQueued: boolean;
  finSeq: number | null;
  finReason: 'close' | 'shutdown';

  irs: number | null;
  rcvNxt: number;
  /** The window last offered, unscaled, and RCV.NXT then (Linux's rcv_wnd, rcv_wup; ref §2.12). */
  rcvWnd: number;
  rcvWup: number;
  /** Linux's rcv_ssthresh: what an offer may grow to. */
  rcvSsthresh: number;
  /** Linux's icsk_ack.rcv_mss: the peer's segment size as seen so far. */
  rcvMss: number;
  finReceived: boolean;
  /** Bytes received and not yet read by the application (Recv-Q). */
  unread: number;

  /** Linux's icsk_ack.quick: ACKs still sent at once before delayed ACKs begin. */
  quickAcks: number;
  /** Data has arrived: a delayed ACK waits TCP_DELACK_MIN (before, ato is 0: one jiffy). */
  dataReceived: boolean;
  /** Linux's pingpong mode, entered on the peer's FIN: no quick ACKs any more. */
  pingpong: boolean;
  /** What the pending delayed ACK acknowledges, for the trace. */
  delackWhy: 'ack-data' | 'ack-fin';

  /** The retransmission timer now running is a tail-loss probe's (Linux ICSK_TIME_LOSS_PROBE). */
  probeArmed: boolean;
  /** An RTO fired and no new ACK came since (Linux's TCP_CA_Loss): no probes meanwhile. */
  inLoss: boolean;

  rto: Micros;
  srtt: Micros | null;
  rttvar: Micros;
  retransmits: number;
  rtxQueue: RtxQueue;
  /** Linux's num_timeout for a request socket. */
  synackTimeouts: number;
  /** The final ACK came while the accept queue was full (Linux `acked`, ref §2.4). */
  ackedWhileFull: boolean;

  tsOk: boolean;
  tsRecent: number;
  tsRecentAt: Micros;
  sndWscale: number;
  rcvWscale: number;
  /** The peer's SYN offered a window scale (RFC 7323 §2.2: both must, or neither scales). */
  wscaleOk: boolean;
  /** The peer's SYN carried these (a cookie SYN-ACK keeps them only with timestamps). */
  peerSynOptions: boolean;

  /** close() was called: the socket belongs to the kernel alone. */
  orphan: boolean;
  shutWr: boolean;
  /** The application holds it: it called connect(), or accept() returned it. */
  owned: boolean;
  eofSeen: boolean;
  error: string | null;
  errorReported: boolean;
  closeAfter: Micros | null;

  timers: Partial<Record<TimerKind, TimerSlot>>;
  /** The peer socket's key (`remote>local`), written on the first send: see world.ts peerKey. */
  peerKey: string | null;
  /** Never reused, so an expiry queued before a cancel cannot match a later timer. */
  timerGen: number;
  listener: ListenerState | null;
  createdAt: Micros;
}

/** TCP_MAX_QUICKACKS (include/net/tcp.h): a 64 KB window over 1448-byte segments gives 16 too. */
export const MAX_QUICKACKS = 16;

export function newTcb(
  id: number,
  host: number,
  local: Endpoint,
  remote: Endpoint | null,
  now: Micros,
  rto: Micros,
): Tcb {
  return {
    id,
    host,
    key: socketKey({ local, remote }),
    name: null,
    state: 'CLOSED',
    local,
    remote,
    passive: false,
    listenerId: null,
    request: false,
    iss: 0,
    sndUna: 0,
    sndNxt: 0,
    sndWnd: 0,
    writeSeq: 0,
    dataEnd: 0,
    finQueued: false,
    finSeq: null,
    finReason: 'close',
    irs: null,
    rcvNxt: 0,
    rcvWnd: 0,
    rcvWup: 0,
    rcvSsthresh: 0,
    rcvMss: 0,
    finReceived: false,
    unread: 0,
    quickAcks: MAX_QUICKACKS,
    dataReceived: false,
    pingpong: false,
    delackWhy: 'ack-data',
    probeArmed: false,
    inLoss: false,
    rto,
    srtt: null,
    rttvar: 0,
    retransmits: 0,
    rtxQueue: new RtxQueue(),
    synackTimeouts: 0,
    ackedWhileFull: false,
    tsOk: false,
    tsRecent: 0,
    tsRecentAt: 0,
    sndWscale: 0,
    rcvWscale: 0,
    wscaleOk: false,
    peerSynOptions: false,
    orphan: false,
    shutWr: false,
    owned: false,
    eofSeen: false,
    error: null,
    errorReported: false,
    closeAfter: null,
    timers: {},
    peerKey: null,
    timerGen: 0,
    listener: null,
    createdAt: now,
  };
}

export function socketKey(t: Pick<Tcb, 'local' | 'remote'> & { key?: string }): string {
  if (t.key !== undefined) return t.key;
  const local = `${t.local.ip}:${t.local.port}`;
  return t.remote ? `${local}>${t.remote.ip}:${t.remote.port}` : `${local}>*`;
}
