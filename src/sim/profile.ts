/**
 * The two profiles' defaults. Every value names where it comes from in
 * docs/tcp-reference.md ("ref §…"), which cites the RFC or the Linux source.
 *
 * The Linux profile models Linux 6.18 (HZ=250) with default sysctls, as measured by replaying the
 * built-in scenarios on it (npm run kernel, docs/kernel-agreement.md). Kernels before 6.5 lack
 * tcp_syn_linear_timeouts: set synLinearTimeouts to 0 for their SYN schedule (1, 3, 7, … s).
 */
export type ProfileName = 'linux' | 'rfc9293';

export interface Settings {
  /** One-way delay of the link, milliseconds. */
  delayMs: number;
  /** Fixed ISNs per host name; a host not named draws its ISNs from the seed. */
  isn: Record<string, number>;
  /** Maximum segment lifetime, seconds; TIME_WAIT lasts 2×MSL. */
  msl: number;
  synRetries: number;
  synackRetries: number;
  /** Orphaned FIN_WAIT_2 lifetime, seconds; null means no timeout (RFC). */
  finTimeout: number | null;
  /** Initial RTO, seconds. */
  rtoInitial: number;
  rtoMin: number;
  rtoMax: number;
  syncookies: boolean;
  abortOnOverflow: boolean;
  twReuse: boolean;
  portRange: [number, number];
  /** Probability that the link loses any one segment, from the seed. */
  lossRate: number;
  somaxconn: number;
  maxSynBacklog: number;
  /** Data retransmissions before ETIMEDOUT on a live socket. */
  retries2: number;
  /** Retransmissions before an orphan (closed by its application) is killed. */
  orphanRetries: number;
  /** SYN retransmissions that keep the RTO flat before doubling (Linux ≥ 6.5 option; 0 = off). */
  synLinearTimeouts: number;
  mss: number;
  /**
   * Receive buffer, bytes (SO_RCVBUF; Linux's tcp_rmem[1]). Without linuxWindows the window
   * advertised is this minus the unread bytes; with it, half of it at most (ref §2.12).
   */
  rcvBuf: number;
  /** The largest the receive buffer may grow (tcp_rmem[2]): Linux sizes the window scale by it. */
  rcvBufMax: number;
  timestamps: boolean;
  /** Window scale shift offered on the SYN (RFC 7323); null: chosen from the buffers as Linux does. */
  windowScale: number | null;
  /**
   * Windows as Linux chooses them (tcp_select_initial_window, tcp_select_window, ref §2.12): half
   * the buffer, rounded to the MSS on the SYN and to the scale afterwards, never shrinking. Off:
   * the buffer less the unread bytes (RFC 9293).
   */
  linuxWindows: boolean;
  /**
   * Delayed ACKs as Linux does them (net/ipv4/tcp_input.c __tcp_ack_snd_check, tcp_fin): quick
   * ACKs at the start of a connection, then ACKs held for TCP_DELACK_MIN (40 ms), and a FIN's
   * ACK held so that it rides on the application's own FIN. Off: every ACK at once (RFC 9293's
   * figures).
   */
  delayedAck: boolean;
  /**
   * Tail-loss probe (RFC 8985 §7; Linux tcp_schedule_loss_probe, tcp_send_loss_probe): when the
   * last segments of a flight go unanswered, the first retransmission is a probe after
   * min(2·SRTT + 200 ms, RTO), and the RTO is then re-armed without backing off.
   */
  tailLossProbe: boolean;
}

const LINUX: Settings = {
  delayMs: 50,
  isn: {},
  msl: 30, // TCP_TIMEWAIT_LEN = 60 s = 2×30 (ref §2.1, §2.9 item 1)
  synRetries: 6, // with the 4 linear timeouts below: 11 SYNs, ETIMEDOUT at 131 s (ref §2.3)
  synackRetries: 5, // SYN-ACK at 0,1,3,7,15,31 s, request dropped at 63 s (ref §2.4)
  finTimeout: 60, // tcp_fin_timeout (ref §2.2)
  rtoInitial: 1, // TCP_TIMEOUT_INIT (ref §2.1)
  rtoMin: 0.2, // TCP_RTO_MIN
  rtoMax: 120, // TCP_RTO_MAX
  syncookies: true, // tcp_syncookies = 1 (ref §2.2)
  abortOnOverflow: false, // tcp_abort_on_overflow = 0
  twReuse: false, // tcp_tw_reuse = 2 means loopback only: off between two hosts (ref §2.7)
  portRange: [32768, 60999], // ip_local_port_range (ref §2.7)
  lossRate: 0,
  somaxconn: 4096, // since Linux 5.4 (ref §2.2)
  maxSynBacklog: 128, // tcp_max_syn_backlog minimum (ref §2.2)
  retries2: 15, // tcp_retries2 (ref §2.2)
  orphanRetries: 8, // tcp_orphan_retries 0 → 8 (ref §2.5)
  // tcp_syn_linear_timeouts = 4, the default since Linux 6.5: SYNs at 0, 1, 2, 3, 4, 5, 7, 11,
  // 19, 35, 67 s, connect() fails at 131 s (measured on 6.18; net/ipv4/tcp_timer.c).
  synLinearTimeouts: 4,
  mss: 1460,
  // tcp_rmem = 4096 131072 33554432 on 6.18 (tcp_rmem[2] was 6 MiB before 6.16): SYN window
  // 64240, SYN-ACK 65160, window scale 10 (ref §2.12).
  rcvBuf: 131072,
  rcvBufMax: 33554432,
  timestamps: true, // tcp_timestamps = 1 (ref §2.2)
  windowScale: null,
  linuxWindows: true,
  delayedAck: true,
  tailLossProbe: true, // tcp_early_retrans = 3
};

/** Where RFC 9293 differs from Linux (ref §2.9). */
const RFC9293: Settings = {
  ...LINUX,
  msl: 120, // "the MSL is taken to be 2 minutes" (ref §1.7): TIME-WAIT 4 min
  synRetries: 7, // SYNs until 127 s, give up at 255 s: MUST-23 asks for ≥ 3 min (ref §1.8)
  finTimeout: null, // FIN-WAIT-2 waits for the peer's FIN (ref §2.9 item 3 is Linux-only)
  syncookies: false, // no SYN cookies in the RFC
  synLinearTimeouts: 0, // RFC 6298 §5.5: back off by doubling
  delayedAck: false, // every ACK at once: the four-segment close of RFC 9293 Figure 12
  tailLossProbe: false, // RFC 6298: the RTO alone
  // The receiver's choice (RFC 9293 §3.8.6): the whole buffer, 44 full segments.
  rcvBuf: 64240,
  windowScale: 7,
  linuxWindows: false,
};

export const PROFILES: Record<ProfileName, Settings> = { linux: LINUX, rfc9293: RFC9293 };

export function defaultSettings(profile: ProfileName): Settings {
  const base = PROFILES[profile];
  return { ...base, isn: { ...base.isn }, portRange: [...base.portRange] };
}
