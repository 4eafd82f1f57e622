/** What a view reads: the state of both hosts and the wire at one instant. Plain data. */
import type { TcpState } from './state';
import type { SendEvent, DropReason } from './trace';

export type TimerKind = 'retransmit' | 'synack' | 'time-wait' | 'fin-wait-2' | 'delayed-ack';

export interface TimerView {
  kind: TimerKind;
  /** Seconds. */
  startedAt: number;
  expiresAt: number;
  /** Retransmissions already made (0 before the first). */
  attempt: number;
}

export interface ListenerView {
  /** The effective backlog: min(listen backlog, somaxconn). */
  backlog: number;
  /** Half-open requests in SYN_RECEIVED. */
  synQueue: number;
  /** Established connections waiting for accept(). */
  acceptQueue: number;
  maxSynBacklog: number;
  /** The SYN queue is full and SYN cookies are answering instead. */
  cookiesActive: boolean;
  cookiesSent: number;
  synsDropped: number;
}

export interface SocketView {
  id: number;
  /** `local>remote`, as the trace names sockets; a listener is `ip:port>*`. */
  key: string;
  name: string | null;
  state: TcpState;
  local: string;
  remote: string | null;
  recvQ: number;
  sendQ: number;
  timers: TimerView[];
  listener: ListenerView | null;
  /** Closed by its application but still alive in the kernel. */
  orphan: boolean;
  passive: boolean;
  /** The application has been handed this socket (accept() returned it, or it called connect()). */
  owned: boolean;
  error: string | null;
  iss: number;
  irs: number | null;
  sndUna: number;
  sndNxt: number;
  rcvNxt: number | null;
}

export interface AppPolicy {
  accept: boolean;
  read: boolean;
  closeOnEof: boolean;
}

export interface HostView {
  name: string;
  ip: string;
  vanished: boolean;
  app: AppPolicy;
  firewall: Record<number, 'drop' | 'reject'>;
  sockets: SocketView[];
  /** Sockets per state, CLOSED excluded. */
  counts: Partial<Record<TcpState, number>>;
}

export interface InFlightView {
  segment: SendEvent;
  /** Seconds. */
  sentAt: number;
  arrivesAt: number;
  /** Set when the segment will not arrive: where and why it is lost. */
  dropAt: number | null;
  dropReason: DropReason | null;
}

export interface Snapshot {
  t: number;
  hosts: HostView[];
  inFlight: InFlightView[];
}
