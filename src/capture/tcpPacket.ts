/**
 * An IPv4 or IPv6 packet carrying TCP, decoded into what the simulator's trace speaks of: the
 * 4-tuple, flags, sequence numbers, payload length, window and the options Linux sends.
 * The payload length comes from the IP header, not from what was captured, so a capture made
 * with a small snap length (tcpdump -s) still counts every byte that crossed the wire.
 */
import type { IpStart } from './linkTypes';

export interface TcpOptionsSeen {
  mss?: number;
  sackPermitted?: boolean;
  timestamp?: [number, number];
  windowScale?: number;
}

export interface TcpSegment {
  /** 1-based frame number in the file (tshark's frame.number). */
  frame: number;
  /** Whole seconds since the epoch and the nanoseconds past them. */
  sec: number;
  nsec: number;
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  /** TCP header flag byte plus NS: CWR 0x80, ECE 0x40, URG 0x20, ACK 0x10, PSH 8, RST 4, SYN 2, FIN 1. */
  flags: number;
  seq: number;
  /** The acknowledgement field (meaningful only with ACK). */
  ack: number;
  len: number;
  win: number;
  options: TcpOptionsSeen;
}

const PROTO_TCP = 6;
/** IPv6 extension headers that may come before TCP (RFC 8200 §4). */
const HOP_BY_HOP = 0;
const ROUTING = 43;
const FRAGMENT = 44;
const DEST_OPTS = 60;
const AUTH = 51;

function u16(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
}

function ipv4Text(b: Uint8Array, at: number): string {
  return `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;
}

/** RFC 5952's short form: lower case, the longest run of zero groups (≥ 2) as `::`. */
export function ipv6Text(b: Uint8Array, at: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push(u16(b, at + i * 2));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (g: number[]) => g.map((x) => x.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLen))}`;
}

/** Most segments carry no option the trace shows: they all share this one empty object. */
const NO_OPTIONS: TcpOptionsSeen = Object.freeze({});

function readOptions(b: Uint8Array, from: number, to: number): TcpOptionsSeen {
  if (to - from < 3) return NO_OPTIONS;
  const o: TcpOptionsSeen = {};
  let i = from;
  while (i < to) {
    const kind = b[i]!;
    if (kind === 0) break;
    if (kind === 1) {
      i++;
      continue;
    }
    const len = b[i + 1];
    if (len === undefined || len < 2 || i + len > to) break;
    if (kind === 2 && len === 4) o.mss = u16(b, i + 2);
    else if (kind === 3 && len === 3) o.windowScale = b[i + 2]!;
    else if (kind === 4 && len === 2) o.sackPermitted = true;
    else if (kind === 8 && len === 10) o.timestamp = [u32(b, i + 2), u32(b, i + 6)];
    i += len;
  }
  return Object.keys(o).length ? o : NO_OPTIONS;
}

/**
 * The TCP segment in the frame, or null when the packet is not TCP, is a later fragment, or was
 * cut by the snap length before the end of the TCP header.
 */
export function decodeTcp(
  frame: Uint8Array,
  ip: IpStart,
  frameNo: number,
  sec: number,
  nsec: number,
  names: Map<string | number, string> = new Map(),
): TcpSegment | null {
  const v4 = (at: number) => {
    const key = u32(frame, at);
    let text = names.get(key);
    if (text === undefined) names.set(key, (text = ipv4Text(frame, at)));
    return text;
  };
  const v6 = (at: number) => {
    const raw = ipv6Text(frame, at);
    let text = names.get(raw);
    if (text === undefined) names.set(raw, (text = raw));
    return text;
  };
  let at = ip.offset;
  let src: string;
  let dst: string;
  let payloadEnd: number;
  if (ip.version === 4) {
    if (frame.length < at + 20) return null;
    const ihl = (frame[at]! & 0x0f) * 4;
    const total = u16(frame, at + 2);
    const fragOffset = u16(frame, at + 6) & 0x1fff;
    if (frame[at + 9] !== PROTO_TCP || fragOffset !== 0 || ihl < 20) return null;
    src = v4(at + 12);
    dst = v4(at + 16);
    // A total length of 0 is what TCP segmentation offload leaves in captures: use what is there.
    payloadEnd = total === 0 ? frame.length : at + total;
    at += ihl;
  } else {
    if (frame.length < at + 40) return null;
    const payloadLen = u16(frame, at + 4);
    let next = frame[at + 6]!;
    src = v6(at + 8);
    dst = v6(at + 24);
    payloadEnd = payloadLen === 0 ? frame.length : at + 40 + payloadLen;
    at += 40;
    while (next !== PROTO_TCP) {
      if (frame.length < at + 8) return null;
      if (next === FRAGMENT) {
        if ((u16(frame, at + 2) & 0xfff8) !== 0) return null;
        next = frame[at]!;
        at += 8;
      } else if (next === HOP_BY_HOP || next === ROUTING || next === DEST_OPTS) {
        next = frame[at]!;
        at += (frame[at + 1]! + 1) * 8;
      } else if (next === AUTH) {
        next = frame[at]!;
        at += (frame[at + 1]! + 2) * 4;
      } else return null;
    }
  }
  if (frame.length < at + 20) return null;
  const dataOffset = (frame[at + 12]! >> 4) * 4;
  const flags = frame[at + 13]! | ((frame[at + 12]! & 1) << 8);
  const optionsEnd = Math.min(at + dataOffset, frame.length);
  return {
    frame: frameNo,
    sec,
    nsec,
    src,
    dst,
    srcPort: u16(frame, at),
    dstPort: u16(frame, at + 2),
    flags,
    seq: u32(frame, at + 4),
    ack: u32(frame, at + 8),
    len: Math.max(0, payloadEnd - at - dataOffset),
    win: u16(frame, at + 14),
    options: readOptions(frame, at + 20, optionsEnd),
  };
}

const FLAG_NAMES: [number, string][] = [
  [0x02, 'SYN'],
  [0x01, 'FIN'],
  [0x04, 'RST'],
  [0x08, 'PSH'],
  [0x10, 'ACK'],
  [0x20, 'URG'],
  [0x40, 'ECE'],
  [0x80, 'CWR'],
];

/** The trace's spelling: `SYN,ACK`, `PSH,ACK`, then the bits the simulator never sets. */
export function flagText(flags: number): string {
  return FLAG_NAMES.filter(([bit]) => flags & bit)
    .map(([, name]) => name)
    .join(',');
}
