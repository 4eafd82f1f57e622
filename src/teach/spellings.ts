/**
 * How each system spells a state in its socket listing. Data, not language: the explanation
 * panel labels the columns through the dictionary.
 *
 * Sources: Linux netstat and ss from src/sim/state.ts (ref §2.8: net-tools tcp_state[],
 * iproute2 sock_state_print); Windows LISTENING and SYN_RECEIVED, Solaris SYN_RECEIVED,
 * FIN_WAIT_1, FIN_WAIT_2, IDLE and BOUND, FreeBSD SYN_RCVD from the operators' notes the project
 * started from; the other BSD names from BSD's tcpstates[] (netinet/tcp_fsm.h), which macOS shares.
 */
import { NETSTAT_NAMES, rfcName, SS_NAMES, TCP_STATES, type TcpState } from '../sim/state';

export const SYSTEMS = ['rfc', 'linuxNetstat', 'linuxSs', 'windows', 'bsd', 'solaris'] as const;
export type SystemId = (typeof SYSTEMS)[number];

const WINDOWS: Record<TcpState, readonly string[]> = {
  CLOSED: ['CLOSED'],
  LISTEN: ['LISTENING'],
  SYN_SENT: ['SYN_SENT'],
  SYN_RECEIVED: ['SYN_RECEIVED'],
  ESTABLISHED: ['ESTABLISHED'],
  FIN_WAIT_1: ['FIN_WAIT_1'],
  FIN_WAIT_2: ['FIN_WAIT_2'],
  CLOSE_WAIT: ['CLOSE_WAIT'],
  CLOSING: ['CLOSING'],
  LAST_ACK: ['LAST_ACK'],
  TIME_WAIT: ['TIME_WAIT'],
};

const BSD: Record<TcpState, readonly string[]> = {
  CLOSED: ['CLOSED'],
  LISTEN: ['LISTEN'],
  SYN_SENT: ['SYN_SENT'],
  SYN_RECEIVED: ['SYN_RCVD'],
  ESTABLISHED: ['ESTABLISHED'],
  FIN_WAIT_1: ['FIN_WAIT_1'],
  FIN_WAIT_2: ['FIN_WAIT_2'],
  CLOSE_WAIT: ['CLOSE_WAIT'],
  CLOSING: ['CLOSING'],
  LAST_ACK: ['LAST_ACK'],
  TIME_WAIT: ['TIME_WAIT'],
};

const SOLARIS: Record<TcpState, readonly string[]> = {
  // Solaris splits "no connection" into a socket not yet bound (IDLE) and bound (BOUND).
  CLOSED: ['CLOSED', 'IDLE', 'BOUND'],
  LISTEN: ['LISTEN'],
  SYN_SENT: ['SYN_SENT'],
  SYN_RECEIVED: ['SYN_RECEIVED'],
  ESTABLISHED: ['ESTABLISHED'],
  FIN_WAIT_1: ['FIN_WAIT_1'],
  FIN_WAIT_2: ['FIN_WAIT_2'],
  CLOSE_WAIT: ['CLOSE_WAIT'],
  CLOSING: ['CLOSING'],
  LAST_ACK: ['LAST_ACK'],
  TIME_WAIT: ['TIME_WAIT'],
};

function build(): Record<TcpState, Record<SystemId, readonly string[]>> {
  const out = {} as Record<TcpState, Record<SystemId, readonly string[]>>;
  for (const s of TCP_STATES) {
    out[s] = {
      rfc: [rfcName(s)],
      linuxNetstat: [NETSTAT_NAMES[s]],
      linuxSs: [SS_NAMES[s]],
      windows: WINDOWS[s],
      bsd: BSD[s],
      solaris: SOLARIS[s],
    };
  }
  return out;
}

export const OS_SPELLINGS: Readonly<
  Record<TcpState, Readonly<Record<SystemId, readonly string[]>>>
> = build();
