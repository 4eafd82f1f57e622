/**
 * A streaming reader of pcap (both byte orders, µs and ns timestamps) and pcapng (section header,
 * interface descriptions with their own link types and timestamp resolutions, enhanced, simple
 * and obsolete packet blocks; every other block is skipped by its length). Feed it chunks of any
 * size with push(); it hands each TCP segment to onSegment as soon as its record is complete and
 * keeps only the unfinished tail, so a file of any size goes through in bounded memory.
 */
import { CaptureError } from './errors';
import { findIp, isSupportedLinkType, linkTypeName } from './linkTypes';
import { decodeTcp, type TcpSegment } from './tcpPacket';

const PCAP_MAGIC_US = 0xa1b2c3d4;
const PCAP_MAGIC_NS = 0xa1b23c4d;
const PCAPNG_SHB = 0x0a0d0d0a;
const PCAPNG_BYTE_ORDER = 0x1a2b3c4d;
const BLOCK_IDB = 1;
const BLOCK_PB = 2;
const BLOCK_SPB = 3;
const BLOCK_EPB = 6;
/** A record longer than this is a corrupt length field, not a packet. */
const MAX_RECORD = 16 * 1024 * 1024;

export type CaptureFormat = 'pcap' | 'pcapng';

interface Interface {
  linkType: number;
  /** Timestamp units per second, as a BigInt for pcapng's 64-bit counters. */
  unitsPerSecond: bigint;
  snapLen: number;
}

export interface ContainerStats {
  format: CaptureFormat | null;
  /** Frames read (every packet record, TCP or not). */
  frames: number;
  tcpSegments: number;
  bytesRead: number;
  /** Link types of packets that could not be read, with how many. */
  unsupported: Map<number, number>;
  /** Link types seen (names) for the summary. */
  linkTypes: Set<number>;
}

export class CaptureReader {
  private buffer: Uint8Array = new Uint8Array(0);
  /** One view over the buffer, remade only when the buffer changes (not one per field read). */
  private dv: DataView = new DataView(new ArrayBuffer(0));
  /** The file offset of buffer[0]. */
  private base = 0;
  private little = true;
  private interfaces: Interface[] = [];
  private readonly stats: ContainerStats = {
    format: null,
    frames: 0,
    tcpSegments: 0,
    bytesRead: 0,
    unsupported: new Map(),
    linkTypes: new Set(),
  };

  /** Address texts made once per address, so a million segments share a few strings. */
  private readonly names = new Map<string | number, string>();

  constructor(private readonly onSegment: (segment: TcpSegment) => void) {}

  get progress(): Readonly<ContainerStats> {
    return this.stats;
  }

  push(chunk: Uint8Array): void {
    this.stats.bytesRead += chunk.length;
    if (this.buffer.length === 0) this.buffer = chunk;
    else {
      const joined = new Uint8Array(this.buffer.length + chunk.length);
      joined.set(this.buffer);
      joined.set(chunk, this.buffer.length);
      this.buffer = joined;
    }
    this.dv = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    let used = 0;
    for (;;) {
      const n = this.readOne(used);
      if (n === 0) break;
      used += n;
    }
    if (used > 0) {
      this.buffer = this.buffer.subarray(used);
      this.base += used;
    }
  }

  /** The file is complete: anything left over is a record the file was cut in the middle of. */
  end(): ContainerStats {
    if (this.stats.format === null) {
      throw new CaptureError(
        'not-a-capture',
        `Not a capture file: it is ${this.stats.bytesRead} bytes, shorter than a pcap header.`,
        0,
      );
    }
    if (this.buffer.length > 0) {
      throw new CaptureError(
        'truncated',
        `The capture is truncated at byte ${this.base}: the record starting there needs more bytes than the file has (${this.buffer.length} left).`,
        this.base,
      );
    }
    return this.stats;
  }

  private u32(at: number, little = this.little): number {
    return this.dv.getUint32(at, little);
  }

  private u16(at: number, little = this.little): number {
    return this.dv.getUint16(at, little);
  }

  /** Reads one header or record at `at`; returns how many bytes it used, 0 when it needs more. */
  private readOne(at: number): number {
    const left = this.buffer.length - at;
    if (this.stats.format === null) return this.readFileHeader(at, left);
    if (this.stats.format === 'pcap') return this.readPcapRecord(at, left);
    return this.readBlock(at, left);
  }

  private readFileHeader(at: number, left: number): number {
    if (left < 4) return 0;
    const be = this.u32(at, false);
    if (be === PCAPNG_SHB) return this.readBlock(at, left);
    const le = this.u32(at, true);
    let ns: boolean;
    if (le === PCAP_MAGIC_US || le === PCAP_MAGIC_NS) {
      this.little = true;
      ns = le === PCAP_MAGIC_NS;
    } else if (be === PCAP_MAGIC_US || be === PCAP_MAGIC_NS) {
      this.little = false;
      ns = be === PCAP_MAGIC_NS;
    } else {
      throw new CaptureError(
        'not-a-capture',
        `Not a capture file: it starts with 0x${be.toString(16).padStart(8, '0')}, not a pcap or pcapng magic number.`,
        0,
      );
    }
    if (left < 24) return 0;
    const linkType = this.u32(at + 20) & 0x0fffffff;
    this.checkLinkType(linkType, at + 20);
    this.interfaces = [
      { linkType, unitsPerSecond: ns ? 1_000_000_000n : 1_000_000n, snapLen: this.u32(at + 16) },
    ];
    this.stats.format = 'pcap';
    this.stats.linkTypes.add(linkType);
    return 24;
  }

  private checkLinkType(linkType: number, offset: number): void {
    if (!isSupportedLinkType(linkType)) {
      throw new CaptureError(
        'unsupported-link-type',
        `Unsupported link type ${linkType}: this reader knows Ethernet, raw IP, Linux cooked capture (v1 and v2) and loopback.`,
        offset,
        linkType,
      );
    }
  }

  private readPcapRecord(at: number, left: number): number {
    if (left < 16) return 0;
    const sec = this.u32(at);
    const frac = this.u32(at + 4);
    const incl = this.u32(at + 8);
    if (incl > MAX_RECORD) {
      throw new CaptureError(
        'bad-block',
        `The capture is damaged at byte ${this.base + at}: a packet record claims ${incl} bytes.`,
        this.base + at,
      );
    }
    if (left < 16 + incl) return 0;
    const iface = this.interfaces[0]!;
    const nsec = iface.unitsPerSecond === 1_000_000n ? frac * 1000 : frac;
    this.frame(iface, this.buffer.subarray(at + 16, at + 16 + incl), sec, nsec);
    return 16 + incl;
  }

  private readBlock(at: number, left: number): number {
    if (left < 12) return 0;
    const typeBe = this.u32(at, false);
    if (typeBe === PCAPNG_SHB) {
      // The byte-order magic decides how this section, including its own length, is read.
      const bom = this.u32(at + 8, true);
      if (bom === PCAPNG_BYTE_ORDER) this.little = true;
      else if (this.u32(at + 8, false) === PCAPNG_BYTE_ORDER) this.little = false;
      else {
        throw new CaptureError(
          'not-a-capture',
          `Not a capture file: a pcapng section at byte ${this.base + at} has no byte-order magic.`,
          this.base + at,
        );
      }
      this.stats.format = 'pcapng';
      this.interfaces = [];
    }
    const type = this.u32(at);
    const length = this.u32(at + 4);
    if (length < 12 || length % 4 !== 0 || length > MAX_RECORD) {
      throw new CaptureError(
        'bad-block',
        `The capture is damaged at byte ${this.base + at}: a pcapng block claims ${length} bytes.`,
        this.base + at,
      );
    }
    if (left < length) return 0;
    if (this.u32(at + length - 4) !== length) {
      throw new CaptureError(
        'bad-block',
        `The capture is damaged at byte ${this.base + at}: a pcapng block's two lengths differ.`,
        this.base + at,
      );
    }
    const body = at + 8;
    const bodyEnd = at + length - 4;
    if (type === BLOCK_IDB) this.readInterface(body, bodyEnd);
    else if (type === BLOCK_EPB || type === BLOCK_PB) {
      const ifaceId = type === BLOCK_EPB ? this.u32(body) : this.u16(body);
      const iface = this.interfaces[ifaceId];
      if (!iface) {
        throw new CaptureError(
          'bad-block',
          `The capture is damaged at byte ${this.base + at}: a packet names interface ${ifaceId}, which was never described.`,
          this.base + at,
        );
      }
      const high = this.u32(body + 4);
      const low = this.u32(body + 8);
      const captured = this.u32(body + 12);
      const start = body + 20;
      if (start + captured > bodyEnd) {
        throw new CaptureError(
          'bad-block',
          `The capture is damaged at byte ${this.base + at}: a packet is longer than its block.`,
          this.base + at,
        );
      }
      const ticks = (BigInt(high) << 32n) | BigInt(low);
      const sec = ticks / iface.unitsPerSecond;
      const rest = ticks % iface.unitsPerSecond;
      const nsec = (rest * 1_000_000_000n) / iface.unitsPerSecond;
      this.frame(iface, this.buffer.subarray(start, start + captured), Number(sec), Number(nsec));
    } else if (type === BLOCK_SPB) {
      const iface = this.interfaces[0];
      if (iface) {
        const original = this.u32(body);
        const captured = Math.min(original, iface.snapLen || original, bodyEnd - body - 4);
        // A simple packet block has no timestamp: it is placed at time 0 and said so by 0 s.
        this.frame(iface, this.buffer.subarray(body + 4, body + 4 + captured), 0, 0);
      }
    }
    return length;
  }

  private readInterface(body: number, bodyEnd: number): void {
    const linkType = this.u16(body);
    const snapLen = this.u32(body + 4);
    let unitsPerSecond = 1_000_000n;
    for (let o = body + 8; o + 4 <= bodyEnd;) {
      const code = this.u16(o);
      const len = this.u16(o + 2);
      if (code === 0) break;
      if (code === 9 && len === 1) {
        // if_tsresol: 10^-n, or 2^-n when the top bit is set.
        const v = this.buffer[o + 4]!;
        unitsPerSecond = v & 0x80 ? 1n << BigInt(v & 0x7f) : 10n ** BigInt(v);
      }
      o += 4 + Math.ceil(len / 4) * 4;
    }
    this.interfaces.push({ linkType, unitsPerSecond, snapLen });
    this.stats.linkTypes.add(linkType);
  }

  private frame(iface: Interface, data: Uint8Array, sec: number, nsec: number): void {
    const frameNo = ++this.stats.frames;
    if (!isSupportedLinkType(iface.linkType)) {
      this.stats.unsupported.set(
        iface.linkType,
        (this.stats.unsupported.get(iface.linkType) ?? 0) + 1,
      );
      return;
    }
    const ip = findIp(iface.linkType, data);
    if (!ip) return;
    const segment = decodeTcp(data, ip, frameNo, sec, nsec, this.names);
    if (!segment) return;
    this.stats.tcpSegments++;
    this.onSegment(segment);
  }
}

export function describeLinkTypes(stats: ContainerStats): string {
  return [...stats.linkTypes].map((t) => linkTypeName(t) ?? `link type ${t}`).join(', ');
}
