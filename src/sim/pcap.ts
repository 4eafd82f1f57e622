/**
 * The pcap export: a trace's sent segments as a classic libpcap file Wireshark and tshark open.
 * Every 'send' event becomes one raw IPv4 packet (LINKTYPE_RAW) with a real IPv4 header, a real
 * TCP header with Linux's option layout, correct checksums, and a deterministic filler payload.
 * Pure: no Node APIs, no DOM, no clock, no randomness.
 */
import { ACK, parseFlags } from './segment';
import type { TcpOptions } from './segment';
import type { SendEvent, TraceEvent } from './trace';

export const PCAP_MAGIC = 0xa1b2c3d4;
export const PCAP_SNAPLEN = 65535;
export const LINKTYPE_RAW = 101;

const GLOBAL_HEADER_LEN = 24;
const RECORD_HEADER_LEN = 16;
const IPV4_HEADER_LEN = 20;
const TCP_BASE_HEADER_LEN = 20;
const MAX_OPTIONS_LEN = 40;
const IP_TTL = 64;
const IP_PROTO_TCP = 6;
const IP_FLAG_DF = 0x4000;

const OPT_EOL = 0;
const OPT_NOP = 1;
const OPT_MSS = 2;
const OPT_WSCALE = 3;
const OPT_SACK_PERM = 4;
const OPT_TIMESTAMP = 8;

const FILLER = 'tcp-handshake-sim ';

/** One packet's addressing, parsed from the trace's `a.b.c.d:port` strings. */
export interface Address {
  ip: Uint8Array;
  port: number;
}

export function parseAddress(text: string): Address {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d{1,5})$/.exec(text);
  if (!match) throw new Error(`pcap: not an IPv4 address:port: ${text}`);
  const octets = match.slice(1, 5).map(Number);
  const port = Number(match[5]);
  if (octets.some((o) => o > 255) || port > 65535) {
    throw new Error(`pcap: address out of range: ${text}`);
  }
  return { ip: Uint8Array.from(octets), port };
}

/** Seconds to [ts_sec, ts_usec], rounding to the nearest whole microsecond (0.15 → 0, 150000). */
export function pcapTimestamp(t: number): [number, number] {
  const micros = Math.max(0, Math.round(t * 1e6));
  return [Math.floor(micros / 1e6), micros % 1e6];
}

/** The Internet checksum (RFC 1071): one's complement of the one's-complement sum of 16-bit words. */
export function checksum(...parts: Uint8Array[]): number {
  return ~onesComplementSum(...parts) & 0xffff;
}

/**
 * The folded 16-bit one's-complement sum of the parts as if concatenated. Every part but the last
 * must have an even length; an odd last byte is padded with a zero (RFC 1071).
 */
export function onesComplementSum(...parts: Uint8Array[]): number {
  let sum = 0;
  for (const bytes of parts) {
    for (let i = 0; i < bytes.length; i += 2) {
      sum += ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
    }
    while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  }
  return sum;
}

/**
 * The options as Linux's tcp_options_write() lays them out: MSS; SACK_PERM+TS (or NOP,NOP,TS, or
 * NOP,NOP,SACK_PERM); NOP,WS. A full SYN is `mss, sackOK, TS, nop, wscale` (20 bytes); a later
 * segment with a timestamp is `nop, nop, TS` (12 bytes). Padded with EOL to a 4-byte multiple.
 */
export function encodeOptions(options: TcpOptions | undefined): Uint8Array {
  if (!options) return new Uint8Array(0);
  const out: number[] = [];
  if (options.mss !== undefined) {
    out.push(OPT_MSS, 4, (options.mss >>> 8) & 0xff, options.mss & 0xff);
  }
  if (options.timestamp) {
    if (options.sackPermitted) out.push(OPT_SACK_PERM, 2);
    else out.push(OPT_NOP, OPT_NOP);
    out.push(OPT_TIMESTAMP, 10, ...uint32Bytes(options.timestamp[0]));
    out.push(...uint32Bytes(options.timestamp[1]));
  } else if (options.sackPermitted) {
    out.push(OPT_NOP, OPT_NOP, OPT_SACK_PERM, 2);
  }
  if (options.windowScale !== undefined) {
    out.push(OPT_NOP, OPT_WSCALE, 3, options.windowScale & 0xff);
  }
  while (out.length % 4 !== 0) out.push(OPT_EOL);
  return Uint8Array.from(out);
}

function uint32Bytes(n: number): number[] {
  const v = n >>> 0;
  return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

/** A 20-byte IPv4 header (IHL 5, TTL 64, DF, protocol TCP) with its checksum filled in. */
export function ipv4Header(
  src: Uint8Array,
  dst: Uint8Array,
  payloadLen: number,
  id: number,
): Uint8Array {
  const header = new Uint8Array(IPV4_HEADER_LEN);
  const view = new DataView(header.buffer);
  view.setUint8(0, 0x45);
  view.setUint8(1, 0);
  view.setUint16(2, IPV4_HEADER_LEN + payloadLen);
  view.setUint16(4, id & 0xffff);
  view.setUint16(6, IP_FLAG_DF);
  view.setUint8(8, IP_TTL);
  view.setUint8(9, IP_PROTO_TCP);
  header.set(src, 12);
  header.set(dst, 16);
  view.setUint16(10, checksum(header));
  return header;
}

/** The 12-byte TCP pseudo-header: source, destination, zero, protocol, TCP length. */
export function pseudoHeader(src: Uint8Array, dst: Uint8Array, tcpLen: number): Uint8Array {
  const header = new Uint8Array(12);
  header.set(src, 0);
  header.set(dst, 4);
  header[9] = IP_PROTO_TCP;
  new DataView(header.buffer).setUint16(10, tcpLen);
  return header;
}

/** The TCP header with options; the checksum field is left 0 (see tcpSegment). */
export function tcpHeader(send: SendEvent, src: Address, dst: Address): Uint8Array {
  const flags = eventFlags(send);
  const options = encodeOptions(send.options);
  if (options.length > MAX_OPTIONS_LEN) throw new Error(`pcap: options too long in #${send.id}`);
  const header = new Uint8Array(TCP_BASE_HEADER_LEN + options.length);
  const view = new DataView(header.buffer);
  view.setUint16(0, src.port);
  view.setUint16(2, dst.port);
  view.setUint32(4, send.seq >>> 0);
  view.setUint32(8, flags & ACK && send.ack !== null ? send.ack >>> 0 : 0);
  view.setUint8(12, (header.length / 4) << 4);
  view.setUint8(13, flags);
  view.setUint16(14, send.win & 0xffff);
  view.setUint16(16, 0);
  view.setUint16(18, 0);
  header.set(options, TCP_BASE_HEADER_LEN);
  return header;
}

/** `len` bytes of repeating ASCII filler, so a payload shows as readable data. */
export function filler(len: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[i] = FILLER.charCodeAt(i % FILLER.length);
  return out;
}

/** The TCP segment (header, options, payload) with its checksum over the pseudo-header. */
export function tcpSegment(send: SendEvent, src: Address, dst: Address): Uint8Array {
  const header = tcpHeader(send, src, dst);
  const segment = new Uint8Array(header.length + send.len);
  segment.set(header, 0);
  segment.set(filler(send.len), header.length);
  const sum = checksum(pseudoHeader(src.ip, dst.ip, segment.length), segment);
  new DataView(segment.buffer).setUint16(16, sum);
  return segment;
}

function eventFlags(send: SendEvent): number {
  if (send.flags.trim() === '') return 0;
  const flags = parseFlags(send.flags);
  if (flags === null) throw new Error(`pcap: unknown flags "${send.flags}" in #${send.id}`);
  return flags;
}

/** The first IPv4 identification a source address uses: a hash of it, so runs are reproducible. */
export function initialIpId(ip: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const byte of ip) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return (h ^ (h >>> 16)) & 0xffff;
}

/** Hands out IPv4 identifications: one counter per source address. */
function ipIdCounter(): (ip: Uint8Array) => number {
  const next = new Map<string, number>();
  return (ip) => {
    const key = ip.join('.');
    const id = next.get(key) ?? initialIpId(ip);
    next.set(key, (id + 1) & 0xffff);
    return id;
  };
}

/** One raw IPv4 packet for a 'send' event. */
export function ipPacket(send: SendEvent, ipId: number): Uint8Array {
  const src = parseAddress(send.from);
  const dst = parseAddress(send.to);
  const tcp = tcpSegment(send, src, dst);
  if (IPV4_HEADER_LEN + tcp.length > 0xffff) throw new Error(`pcap: packet #${send.id} too big`);
  const ip = ipv4Header(src.ip, dst.ip, tcp.length, ipId);
  const packet = new Uint8Array(ip.length + tcp.length);
  packet.set(ip, 0);
  packet.set(tcp, ip.length);
  return packet;
}

/** The 24-byte pcap global header: little-endian, version 2.4, snaplen 65535, LINKTYPE_RAW. */
export function globalHeader(): Uint8Array {
  const header = new Uint8Array(GLOBAL_HEADER_LEN);
  const view = new DataView(header.buffer);
  view.setUint32(0, PCAP_MAGIC, true);
  view.setUint16(4, 2, true);
  view.setUint16(6, 4, true);
  view.setInt32(8, 0, true);
  view.setUint32(12, 0, true);
  view.setUint32(16, PCAP_SNAPLEN, true);
  view.setUint32(20, LINKTYPE_RAW, true);
  return header;
}

/** A 16-byte record header followed by the packet. */
export function pcapRecord(t: number, packet: Uint8Array): Uint8Array {
  const record = new Uint8Array(RECORD_HEADER_LEN + packet.length);
  const view = new DataView(record.buffer);
  const [sec, usec] = pcapTimestamp(t);
  view.setUint32(0, sec, true);
  view.setUint32(4, usec, true);
  view.setUint32(8, Math.min(packet.length, PCAP_SNAPLEN), true);
  view.setUint32(12, packet.length, true);
  record.set(packet, RECORD_HEADER_LEN);
  return record;
}

/**
 * A pcap file made piece by piece: the global header, then one record per 'send' event as the run
 * makes it, so a long run is written without holding the whole file.
 */
export function createPcapEncoder(): { header: Uint8Array; record(send: SendEvent): Uint8Array } {
  const nextIpId = ipIdCounter();
  return {
    header: globalHeader(),
    record: (send) => pcapRecord(send.t, ipPacket(send, nextIpId(parseAddress(send.from).ip))),
  };
}

/** The trace's sent segments, in trace order, as a pcap file. */
export function traceToPcap(trace: Iterable<TraceEvent>): Uint8Array {
  const encoder = createPcapEncoder();
  const parts: Uint8Array[] = [encoder.header];
  for (const event of trace) if (event.type === 'send') parts.push(encoder.record(event));
  return concat(parts);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
