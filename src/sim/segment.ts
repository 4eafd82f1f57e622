import { seqAdd } from './seq';

/** TCP control bits. The written order (SYN, FIN, RST, PSH, ACK) is the scenario format's. */
export const SYN = 0x02;
export const FIN = 0x01;
export const RST = 0x04;
export const PSH = 0x08;
export const ACK = 0x10;

const FLAG_ORDER: readonly [number, string][] = [
  [SYN, 'SYN'],
  [FIN, 'FIN'],
  [RST, 'RST'],
  [PSH, 'PSH'],
  [ACK, 'ACK'],
];

const FLAG_NAMES: string[] = [];

/** Memoised: every segment of a run needs its flags written out. */
export function flagsToString(flags: number): string {
  return (FLAG_NAMES[flags] ??= FLAG_ORDER.filter(([bit]) => flags & bit)
    .map(([, name]) => name)
    .join(','));
}

/** Parses `SYN,ACK`; returns null when a name is not a known flag. */
export function parseFlags(text: string): number | null {
  let flags = 0;
  for (const part of text.split(',')) {
    const name = part.trim().toUpperCase();
    const entry = FLAG_ORDER.find(([, n]) => n === name);
    if (!entry) return null;
    flags |= entry[0];
  }
  return flags;
}

export interface Endpoint {
  ip: string;
  port: number;
}

export function endpointToString(e: Endpoint): string {
  return `${e.ip}:${e.port}`;
}

/** The TCP options a Linux stack puts on its segments (ref §2.4: cookies strip them). */
export interface TcpOptions {
  mss?: number;
  sackPermitted?: boolean;
  /** TSval, TSecr. */
  timestamp?: [number, number];
  windowScale?: number;
}

/**
 * Why a segment was sent: a key of the state machine's rules, so a view can explain every arrow
 * ("sent because …") through the dictionary.
 */
export type SendReason =
  | 'connect'
  | 'syn-received'
  | 'handshake-ack'
  | 'simultaneous-open'
  | 'data'
  | 'ack-data'
  | 'ack-fin'
  | 'close'
  /** A FIN that also carries the ACK of the peer's FIN, held back by the delayed ACK. */
  | 'close-with-ack'
  | 'shutdown'
  | 'retransmit'
  | 'syncookie'
  | 'rst-no-listener'
  | 'rst-bad-ack'
  | 'rst-abort'
  | 'rst-unread-data'
  | 'rst-data-after-close'
  | 'rst-accept-overflow'
  | 'rst-listener-closed'
  | 'rst-firewall'
  | 'rst-embryonic'
  | 'challenge-ack'
  | 'dup-ack'
  | 'timewait-ack'
  | 'flood';

export interface Segment {
  /** Unique in a run, in the order segments were sent. */
  id: number;
  src: Endpoint;
  dst: Endpoint;
  flags: number;
  seq: number;
  /** Present only when ACK is set. */
  ack: number | null;
  /** Payload bytes (SYN and FIN not counted). */
  len: number;
  /** The window field as sent (already scaled down on non-SYN segments). */
  window: number;
  options: TcpOptions | null;
  /** The id of the first transmission when this one repeats it. */
  retransmitOf: number | null;
  why: SendReason;
  /** Sent by a flood from a forged source address. */
  spoofed: boolean;
  /** IPv4 identification field, for the pcap export. */
  ipId: number;
  sentAt: number;
}

/** SEG.LEN: payload plus one for SYN and one for FIN (RFC 9293 §3.4). */
export function segLen(seg: Pick<Segment, 'flags' | 'len'>): number {
  return seg.len + (seg.flags & SYN ? 1 : 0) + (seg.flags & FIN ? 1 : 0);
}

export function segEnd(seg: Pick<Segment, 'flags' | 'len' | 'seq'>): number {
  return seqAdd(seg.seq, segLen(seg));
}
