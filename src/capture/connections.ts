/**
 * TCP segments grouped into connections by 4-tuple, in the order they first appear. A SYN that
 * opens a new connection on a 4-tuple whose previous connection has ended (both FINs or a RST)
 * starts a new entry, as a reused client port would.
 */
import type { TcpSegment } from './tcpPacket';

export const F_FIN = 0x01;
export const F_SYN = 0x02;
export const F_RST = 0x04;
export const F_ACK = 0x10;

export interface Peer {
  ip: string;
  port: number;
}

/** How a connection ends in the capture. */
export type Ending =
  /** Both sides sent a FIN. */
  | 'closed'
  /** One side sent a FIN; the capture ends before the other did. */
  | 'half-closed'
  | 'reset'
  /** A SYN answered by a RST: nobody listening. */
  | 'refused'
  /** SYNs with no answer in the capture. */
  | 'unanswered'
  /** Still open when the capture ends. */
  | 'open';

export interface Connection {
  /** 1-based, in order of first appearance. */
  id: number;
  /** The side that sent the first SYN, or the first packet's sender when there is none. */
  a: Peer;
  b: Peer;
  segments: TcpSegment[];
  bytesAtoB: number;
  bytesBtoA: number;
  /** The initiating SYN's sequence number, when the capture has it. */
  synSeq: number | null;
  finA: boolean;
  finB: boolean;
  rst: boolean;
  synAck: boolean;
}

export function peerText(p: Peer): string {
  return p.ip.includes(':') ? `[${p.ip}]:${p.port}` : `${p.ip}:${p.port}`;
}

export function fromA(c: Connection, s: TcpSegment): boolean {
  return s.src === c.a.ip && s.srcPort === c.a.port;
}

export function endingOf(c: Connection): Ending {
  if (c.rst) return c.synAck || c.synSeq === null ? 'reset' : 'refused';
  if (c.finA && c.finB) return 'closed';
  if (c.finA || c.finB) return 'half-closed';
  if (c.synSeq !== null && !c.synAck) return 'unanswered';
  return 'open';
}

/** Seconds between two (sec, nsec) times, exact to the nanosecond for any capture length. */
export function secondsBetween(from: TcpSegment, to: TcpSegment): number {
  return to.sec - from.sec + (to.nsec - from.nsec) / 1e9;
}

function keyOf(s: TcpSegment): string {
  const x = `${s.src}|${s.srcPort}`;
  const y = `${s.dst}|${s.dstPort}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

export class ConnectionTable {
  readonly list: Connection[] = [];
  private readonly byKey = new Map<string, Connection>();

  add(s: TcpSegment): void {
    const key = keyOf(s);
    const isSyn = (s.flags & (F_SYN | F_ACK)) === F_SYN;
    let c = this.byKey.get(key);
    const ended = c && (c.rst || (c.finA && c.finB));
    if (!c || (isSyn && ended && c.synSeq !== s.seq)) {
      c = {
        id: this.list.length + 1,
        a: { ip: s.src, port: s.srcPort },
        b: { ip: s.dst, port: s.dstPort },
        segments: [],
        bytesAtoB: 0,
        bytesBtoA: 0,
        synSeq: isSyn ? s.seq : null,
        finA: false,
        finB: false,
        rst: false,
        synAck: false,
      };
      // A connection first seen from its SYN-ACK: the SYN-ACK's receiver is the initiator.
      if ((s.flags & (F_SYN | F_ACK)) === (F_SYN | F_ACK)) {
        c.a = { ip: s.dst, port: s.dstPort };
        c.b = { ip: s.src, port: s.srcPort };
      }
      this.list.push(c);
      this.byKey.set(key, c);
    }
    const mine = fromA(c, s);
    if (isSyn && c.synSeq === null && c.segments.length === 0) c.synSeq = s.seq;
    if ((s.flags & (F_SYN | F_ACK)) === (F_SYN | F_ACK)) c.synAck = true;
    if (s.flags & F_FIN) {
      if (mine) c.finA = true;
      else c.finB = true;
    }
    if (s.flags & F_RST) c.rst = true;
    if (mine) c.bytesAtoB += s.len;
    else c.bytesBtoA += s.len;
    c.segments.push(s);
  }
}

export interface ConnectionSummary {
  id: number;
  a: string;
  b: string;
  /** The first packet's time, seconds since the epoch (with its fraction). */
  firstTime: number;
  /** Seconds from the first to the last packet. */
  duration: number;
  packets: number;
  bytesAtoB: number;
  bytesBtoA: number;
  ending: Ending;
}

export function summarise(c: Connection): ConnectionSummary {
  const first = c.segments[0]!;
  const last = c.segments[c.segments.length - 1]!;
  return {
    id: c.id,
    a: peerText(c.a),
    b: peerText(c.b),
    firstTime: first.sec + first.nsec / 1e9,
    duration: secondsBetween(first, last),
    packets: c.segments.length,
    bytesAtoB: c.bytesAtoB,
    bytesBtoA: c.bytesBtoA,
    ending: endingOf(c),
  };
}
