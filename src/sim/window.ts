/**
 * The receive window a socket advertises and the window scale it offers (ref §2.12).
 *
 * RFC 9293 leaves the size to the receiver: the `rfc9293` profile (linuxWindows off) advertises
 * its buffer less what the application has not read, shifted by the windowScale setting.
 *
 * Linux (linuxWindows on) derives both from the receive buffer, as tcp_select_initial_window and
 * tcp_select_window do (net/ipv4/tcp_output.c): half the buffer may be offered; the SYN offers it
 * rounded down to the MSS, at most 65535; later segments offer it rounded up to the scale, and an
 * offer never shrinks. Measured on Linux 6.18: SYN 64240, SYN-ACK 65160, window scale 10, then
 * 63 × 1024 and 64 × 1024 (ref §2.11).
 */
import type { Settings } from './profile';
import { SYN, type SendReason } from './segment';
import { seqAdd, seqSub } from './seq';
import type { Tcb } from './tcb';

/** TCP_MAX_WSCALE: the largest shift RFC 7323 §2.3 allows. */
const MAX_WSCALE = 14;
/** TCP_MSS_DEFAULT and TCP_MIN_MSS (include/net/tcp.h), tcp_initialize_rcv_mss's bounds. */
const MSS_DEFAULT = 536;
const MIN_MSS = 88;
/** TCPOLEN_TSTAMP_ALIGNED: the bytes a timestamp option takes from every segment. */
export const TIMESTAMP_BYTES = 12;

/**
 * RSTs that tcp_v4_send_reset builds from the offending segment alone, with no socket's window:
 * their window field is 0. A RST from a socket (abort, close with unread data) goes through
 * tcp_transmit_skb and carries the socket's window.
 */
const STATELESS_RSTS: ReadonlySet<SendReason> = new Set<SendReason>([
  'rst-no-listener',
  'rst-firewall',
  'rst-embryonic',
  'rst-bad-ack',
  'rst-data-after-close',
  'rst-accept-overflow',
]);

/**
 * tcp_full_space(): how much of the receive buffer a window may offer. The buffer also holds the
 * kernel's overhead per packet; Linux assumes half of it is payload (TCP_DEFAULT_SCALING_RATIO).
 */
export function fullSpace(s: Settings): number {
  return Math.floor(s.rcvBuf / 2);
}

/**
 * The shift a SYN offers: the setting, or, when it is null, what tcp_select_initial_window
 * chooses: enough for the largest buffer the socket may grow to (tcp_rmem[2]), at most 14.
 */
export function offeredWindowScale(s: Settings): number {
  if (s.windowScale !== null) return s.windowScale;
  const space = Math.max(fullSpace(s), s.rcvBufMax);
  const log2 = 31 - Math.clz32(space); // ilog2
  return Math.min(Math.max(log2 - 15, 0), MAX_WSCALE);
}

/**
 * tcp_init_buffer_space with tcp_app_win 31: the window never offers the last MSS of the full
 * space, so an offer stays below the buffer once the connection is established.
 */
function windowClamp(s: Settings): number {
  const full = fullSpace(s);
  return full > 2 * s.mss ? Math.max(2 * s.mss, full - s.mss) : full;
}

/**
 * The window a socket offers on its SYN or SYN-ACK (tcp_connect_init, tcp_openreq_init_rwin,
 * cookie_v4_check), for segments of `mss` bytes: Linux rounds the space down to a whole number
 * of them. Sets what later offers start from.
 */
export function chooseInitialWindow(t: Tcb, s: Settings, mss: number): void {
  let space = fullSpace(s);
  if (space > mss) space -= space % mss;
  t.rcvWnd = s.linuxWindows ? Math.min(space, 0xffff) : receiveBuffer(t, s);
  t.rcvWup = t.rcvNxt;
  t.rcvSsthresh = Math.min(t.rcvWnd, windowClamp(s));
  // tcp_initialize_rcv_mss: a guess of the peer's segment size until data shows it.
  t.rcvMss = Math.max(MIN_MSS, Math.min(s.mss, t.rcvWnd >> 1, MSS_DEFAULT));
}

/** tcp_measure_rcv_mss: a larger segment than the guess shows the peer's segment size. */
export function measureRcvMss(t: Tcb, len: number, s: Settings): void {
  if (len >= t.rcvMss) t.rcvMss = Math.min(len, s.mss);
}

function receiveBuffer(t: Tcb, s: Settings): number {
  return Math.max(0, s.rcvBuf - t.unread);
}

/**
 * RCV.WND, what an arriving segment is checked against (RFC 9293 §3.4). Linux checks what it
 * last offered (tcp_receive_window: rcv_wup + rcv_wnd − rcv_nxt).
 */
export function receiveWindow(t: Tcb, s: Settings): number {
  if (!s.linuxWindows) return receiveBuffer(t, s);
  return Math.max(0, seqSub(seqAdd(t.rcvWup, t.rcvWnd), t.rcvNxt));
}

/** The window field of a segment this socket sends (ref §2.12). */
export function windowField(t: Tcb, s: Settings, flags: number, why: SendReason): number {
  // A SYN's window is never scaled (RFC 7323 §2.2).
  if (flags & SYN) return Math.min(s.linuxWindows ? t.rcvWnd : receiveBuffer(t, s), 0xffff);
  if (!s.linuxWindows) return Math.min(receiveBuffer(t, s) >> t.rcvWscale, 0xffff);
  if (STATELESS_RSTS.has(why)) return 0;
  // A request sock and a timewait sock answer with the window they hold (tcp_v4_reqsk_send_ack,
  // tcp_v4_timewait_ack): nothing is chosen again. (The ACK that enters TIME_WAIT is the full
  // socket's, sent before tcp_time_wait.)
  if (t.request || why === 'timewait-ack') {
    return Math.min(receiveWindow(t, s) >> t.rcvWscale, 0xffff);
  }
  return selectWindow(t, s);
}

/** Rounds up to a multiple of a power of two (the kernel's ALIGN). */
function align(n: number, unit: number): number {
  return Math.ceil(n / unit) * unit;
}

/**
 * tcp_select_window and __tcp_select_window: the free space (the full space less what is unread),
 * capped by rcv_ssthresh; rounded up to the scale, or with no scale to a multiple of the peer's
 * segment size; zero when the buffer is nearly full; never less than what was already offered.
 */
function selectWindow(t: Tcb, s: Settings): number {
  const unit = 1 << t.rcvWscale;
  const allowed = fullSpace(s);
  const full = Math.min(windowClamp(s), allowed);
  const mss = Math.min(t.rcvMss, full);
  let free = Math.max(0, allowed - t.unread);
  const low = free < full >> 1;
  if (low) free -= free % unit; // so that the scale cannot round it up
  let win: number;
  if (low && (free < allowed >> 4 || free < mss)) win = 0;
  else {
    free = Math.min(free, t.rcvSsthresh);
    if (t.rcvWscale > 0) win = align(free, unit);
    else {
      // Keep the current offer while it is within one segment of the free space.
      win = t.rcvWnd;
      if (win <= free - mss || win > free) win = free - (free % mss);
      else if (mss === full && free > win + (full >> 1)) win = free;
    }
  }
  const offered = receiveWindow(t, s);
  if (win < offered) win = align(offered, unit); // "Never shrink the offered window"
  t.rcvWnd = win;
  t.rcvWup = t.rcvNxt;
  return Math.min(win, 0xffff * unit) >> t.rcvWscale;
}
