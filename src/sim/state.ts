/** The RFC 9293 states (§3.3.2), spelled as the trace writes them. */
export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN_SENT',
  'SYN_RECEIVED',
  'ESTABLISHED',
  'FIN_WAIT_1',
  'FIN_WAIT_2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
] as const;

export type TcpState = (typeof TCP_STATES)[number];

/**
 * Every transition RFC 9293 Figure 5 allows, plus its notes: FIN_WAIT_1 → TIME_WAIT (note 2),
 * any state → CLOSED on RST or abort (note 3), and the timeouts of §3.10.8.
 * The property tests hold every run to this table.
 */
export const LEGAL_TRANSITIONS: Readonly<Record<TcpState, readonly TcpState[]>> = {
  CLOSED: ['LISTEN', 'SYN_SENT'],
  LISTEN: ['SYN_RECEIVED', 'SYN_SENT', 'CLOSED'],
  SYN_SENT: ['SYN_RECEIVED', 'ESTABLISHED', 'CLOSED'],
  SYN_RECEIVED: ['ESTABLISHED', 'FIN_WAIT_1', 'CLOSE_WAIT', 'LISTEN', 'CLOSED'],
  ESTABLISHED: ['FIN_WAIT_1', 'CLOSE_WAIT', 'CLOSED'],
  FIN_WAIT_1: ['FIN_WAIT_2', 'CLOSING', 'TIME_WAIT', 'CLOSED'],
  FIN_WAIT_2: ['TIME_WAIT', 'CLOSED'],
  CLOSE_WAIT: ['LAST_ACK', 'CLOSED'],
  CLOSING: ['TIME_WAIT', 'CLOSED'],
  LAST_ACK: ['CLOSED'],
  TIME_WAIT: ['CLOSED'],
};

/** `netstat -ant` spellings (net-tools tcp_state[], ref §2.8). */
export const NETSTAT_NAMES: Readonly<Record<TcpState, string>> = {
  CLOSED: 'CLOSE',
  LISTEN: 'LISTEN',
  SYN_SENT: 'SYN_SENT',
  SYN_RECEIVED: 'SYN_RECV',
  ESTABLISHED: 'ESTABLISHED',
  FIN_WAIT_1: 'FIN_WAIT1',
  FIN_WAIT_2: 'FIN_WAIT2',
  CLOSE_WAIT: 'CLOSE_WAIT',
  CLOSING: 'CLOSING',
  LAST_ACK: 'LAST_ACK',
  TIME_WAIT: 'TIME_WAIT',
};

/** `ss -tan` spellings (iproute2 sock_state_print, ref §2.8). */
export const SS_NAMES: Readonly<Record<TcpState, string>> = {
  CLOSED: 'UNCONN',
  LISTEN: 'LISTEN',
  SYN_SENT: 'SYN-SENT',
  SYN_RECEIVED: 'SYN-RECV',
  ESTABLISHED: 'ESTAB',
  FIN_WAIT_1: 'FIN-WAIT-1',
  FIN_WAIT_2: 'FIN-WAIT-2',
  CLOSE_WAIT: 'CLOSE-WAIT',
  CLOSING: 'CLOSING',
  LAST_ACK: 'LAST-ACK',
  TIME_WAIT: 'TIME-WAIT',
};

/** The RFC's own spelling, used in the RFC 793-style ladder (`SYN-RECEIVED`). */
export function rfcName(state: TcpState): string {
  return state.replace(/_/g, '-');
}
