/** Reads the TCP segments of a tcpdump capture on a TUN device (LINKTYPE_RAW: IPv4 at once). */
import { readFileSync } from 'node:fs';

export interface WireSegment {
  /** Capture time, seconds since the epoch (tcpdump's clock). */
  wall: number;
  src: string;
  dst: string;
  flags: number;
  seq: number;
  ack: number | null;
  len: number;
  window: number;
  /** The window scale option's shift, on a SYN that carries one. */
  wscale: number | null;
  ipId: number;
}

/** The shift of the window scale option (kind 3) among a segment's options, or null. */
function windowScaleOption(buf: Buffer, from: number, to: number): number | null {
  for (let i = from; i < to;) {
    const kind = buf[i]!;
    if (kind === 0) break; // end of options
    if (kind === 1) {
      i++; // NOP
      continue;
    }
    const len = buf[i + 1] ?? 0;
    if (len < 2) break;
    if (kind === 3 && len === 3) return buf[i + 2]!;
    i += len;
  }
  return null;
}

const LINKTYPE_RAW = [101, 12, 14];

export function readPcap(path: string): WireSegment[] {
  const buf = readFileSync(path);
  if (buf.length < 24) return [];
  const magic = buf.readUInt32LE(0);
  const le = magic === 0xa1b2c3d4 || magic === 0xa1b23c4d;
  const nano = magic === 0xa1b23c4d || magic === 0x4d3cb2a1;
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const link = u32(20);
  if (!LINKTYPE_RAW.includes(link)) throw new Error(`${path}: link type ${link}, expected raw IP`);
  const out: WireSegment[] = [];
  let o = 24;
  while (o + 16 <= buf.length) {
    const sec = u32(o);
    const frac = u32(o + 4);
    const incl = u32(o + 8);
    const p = o + 16;
    o = p + incl;
    if (o > buf.length) break;
    if (buf[p]! >> 4 !== 4 || buf[p + 9] !== 6) continue;
    const ihl = (buf[p]! & 0x0f) * 4;
    const total = buf.readUInt16BE(p + 2);
    const t = p + ihl;
    const doff = (buf[t + 12]! >> 4) * 4;
    const flags = buf[t + 13]! & 0x3f;
    const ip = (q: number) => `${buf[q]}.${buf[q + 1]}.${buf[q + 2]}.${buf[q + 3]}`;
    out.push({
      wall: sec + frac / (nano ? 1e9 : 1e6),
      src: `${ip(p + 12)}:${buf.readUInt16BE(t)}`,
      dst: `${ip(p + 16)}:${buf.readUInt16BE(t + 2)}`,
      flags,
      seq: buf.readUInt32BE(t + 4),
      ack: flags & 0x10 ? buf.readUInt32BE(t + 8) : null,
      len: total - ihl - doff,
      window: buf.readUInt16BE(t + 14),
      wscale: windowScaleOption(buf, t + 20, Math.min(t + doff, o)),
      ipId: buf.readUInt16BE(p + 4),
    });
  }
  return out;
}
