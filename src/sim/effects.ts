/**
 * What a socket's transition asks for, as data (docs/architecture.md, rule 3): the world carries
 * it out. Each rule appends here, so a test can run a transition alone and read what it decided.
 */
import type { SendReason, TcpOptions } from './segment';
import type { TimerKind } from './snapshot';
import type { TcpState } from './state';
import type { Micros } from './time';
import type { StateCause } from './trace';

export interface SegmentSpec {
  flags: number;
  seq: number;
  ack: number | null;
  len: number;
  why: SendReason;
  retransmitOf: number | null;
  options: TcpOptions | null;
  /** Carries the SYN's options (MSS, SACK, TS, WS) rather than only a timestamp. */
  synOptions: boolean;
}

export type TimerOp = { kind: TimerKind; delay: Micros } | { kind: TimerKind; delay: null };

export type Notice =
  | { kind: 'connected' }
  | { kind: 'established-passive' }
  | { kind: 'data'; bytes: number }
  | { kind: 'eof' }
  | { kind: 'error'; error: string }
  | { kind: 'closed' };

export interface Effects {
  transitions: { from: TcpState; to: TcpState; why: StateCause }[];
  send: SegmentSpec[];
  timers: TimerOp[];
  notices: Notice[];
}

export function newEffects(): Effects {
  return { transitions: [], send: [], timers: [], notices: [] };
}

export function spec(
  flags: number,
  seq: number,
  ack: number | null,
  why: SendReason,
  extra?: Partial<SegmentSpec>,
): SegmentSpec {
  const sp: SegmentSpec = {
    flags,
    seq,
    ack,
    len: 0,
    why,
    retransmitOf: null,
    options: null,
    synOptions: false,
  };
  // Built field by field: this runs for every segment of a run, spreads would allocate twice.
  if (extra) Object.assign(sp, extra);
  return sp;
}
