/**
 * The trace: what a run did, one event per line of `npm run sim -- --json`.
 * Key order is part of the contract (JSON Lines are compared byte for byte).
 */
import type { SendReason, TcpOptions } from './segment';
import type { TcpState } from './state';

export type DropReason = 'rule' | 'loss' | 'firewall' | 'unreachable' | 'queue-full';

export interface SendEvent {
  t: number;
  type: 'send';
  id: number;
  from: string;
  to: string;
  flags: string;
  seq: number;
  ack: number | null;
  len: number;
  retransmit: boolean;
  /** The first transmission's id, when retransmit is true. */
  of?: number;
  win: number;
  why: SendReason;
  spoofed?: true | undefined;
  options?: TcpOptions;
}

export interface DeliverEvent {
  t: number;
  type: 'deliver';
  id: number;
}

export interface DropEvent {
  t: number;
  type: 'drop';
  id: number;
  reason: DropReason;
}

/** Why a socket changed state: a key the views explain through the dictionary. */
export type StateCause =
  | 'listen'
  | 'connect'
  | 'rcv-syn'
  | 'rcv-synack'
  | 'rcv-ack'
  | 'rcv-ack-of-fin'
  | 'rcv-fin'
  | 'rcv-fin-ack'
  | 'rcv-rst'
  | 'close'
  | 'shutdown'
  | 'abort'
  | 'unread-data'
  | 'timewait-timeout'
  | 'finwait2-timeout'
  | 'retries-exhausted'
  | 'synack-retries-exhausted'
  | 'syncookie'
  | 'timewait-reuse'
  | 'listener-closed'
  | 'data-after-close'
  | 'accept-overflow';

export interface StateEvent {
  t: number;
  type: 'state';
  host: string;
  socket: string;
  from: TcpState;
  to: TcpState;
  why: StateCause;
  /** The segment whose arrival caused the change. */
  seg?: number | undefined;
  /** The scenario name of the socket (`c1`, `web#2`), when it has one. */
  name?: string | undefined;
}

export type CallName =
  'listen' | 'connect' | 'accept' | 'send' | 'recv' | 'close' | 'shutdown' | 'abort';

export interface CallEvent {
  t: number;
  type: 'call';
  host: string;
  socket: string;
  call: CallName;
  /** `ok`, `EOF` (recv returned 0), or an errno name. */
  result: string;
  bytes?: number | undefined;
}

/** A kernel log line, as dmesg would show it. */
export interface KernelEvent {
  t: number;
  type: 'kernel';
  host: string;
  text: string;
}

export type TraceEvent =
  SendEvent | DeliverEvent | DropEvent | StateEvent | CallEvent | KernelEvent;
