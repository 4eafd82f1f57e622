import { describe, it, expect } from 'vitest';
import {
  checksum,
  encodeOptions,
  filler,
  initialIpId,
  onesComplementSum,
  pcapTimestamp,
  pseudoHeader,
  traceToPcap,
} from './pcap';
import type { SendEvent, TraceEvent } from './trace';

const CLIENT = '192.168.123.10:40000';
const SERVER = '10.0.0.80:80';

function send(fields: Partial<SendEvent> & Pick<SendEvent, 'flags' | 'seq'>): SendEvent {
  return {
    t: 0,
    type: 'send',
    id: 1,
    from: CLIENT,
    to: SERVER,
    ack: null,
    len: 0,
    retransmit: false,
    win: 64240,
    why: 'connect',
    ...fields,
  };
}

const SYN_OPTIONS = { mss: 1460, sackPermitted: true, timestamp: [1000, 0] as [number, number] };
const FULL_SYN = send({ flags: 'SYN', seq: 100, options: { ...SYN_OPTIONS, windowScale: 7 } });

interface PcapRecord {
  tsSec: number;
  tsUsec: number;
  inclLen: number;
  origLen: number;
  packet: Uint8Array;
}

/** Splits a pcap file into its records (little-endian headers). */
function records(file: Uint8Array): PcapRecord[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out: PcapRecord[] = [];
  let offset = 24;
  while (offset < file.length) {
    const inclLen = view.getUint32(offset + 8, true);
    out.push({
      tsSec: view.getUint32(offset, true),
      tsUsec: view.getUint32(offset + 4, true),
      inclLen,
      origLen: view.getUint32(offset + 12, true),
      packet: file.slice(offset + 16, offset + 16 + inclLen),
    });
    offset += 16 + inclLen;
  }
  return out;
}

function onlyPacket(event: SendEvent): Uint8Array {
  const [record] = records(traceToPcap([event]));
  if (!record) throw new Error('no record');
  return record.packet;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The TCP segment of a raw IPv4 packet. */
function tcpPart(packet: Uint8Array): Uint8Array {
  return packet.subarray(((packet[0] ?? 0) & 0x0f) * 4);
}

function tcpOptions(packet: Uint8Array): Uint8Array {
  const tcp = tcpPart(packet);
  return tcp.slice(20, ((tcp[12] ?? 0) >> 4) * 4);
}

describe('pcap global header', () => {
  it('is libpcap 2.4, little-endian, snaplen 65535, LINKTYPE_RAW', () => {
    const file = traceToPcap([]);
    expect(Array.from(file)).toEqual([
      0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 101, 0, 0, 0,
    ]);
  });
});

describe('pcap records', () => {
  it('writes one record per send event, in trace order, skipping other events', () => {
    const trace: TraceEvent[] = [
      { t: 0, type: 'call', host: 'client', socket: 's1', call: 'connect', result: 'ok' },
      FULL_SYN,
      { t: 0.05, type: 'deliver', id: 1 },
      send({ t: 0.05, id: 2, from: SERVER, to: CLIENT, flags: 'SYN,ACK', seq: 300, ack: 101 }),
      { t: 0.05, type: 'drop', id: 2, reason: 'loss' },
    ];
    const recs = records(traceToPcap(trace));
    expect(recs).toHaveLength(2);
    expect(view(tcpPart(recs[0]!.packet)).getUint32(4)).toBe(100);
    expect(view(tcpPart(recs[1]!.packet)).getUint32(4)).toBe(300);
  });

  it('gives each record an IPv4 + TCP + options + payload length, captured whole', () => {
    const trace = [
      FULL_SYN,
      send({ id: 2, flags: 'ACK', seq: 101, ack: 301 }),
      send({
        id: 3,
        flags: 'PSH,ACK',
        seq: 101,
        ack: 301,
        len: 100,
        options: { timestamp: [1, 2] },
      }),
    ];
    const recs = records(traceToPcap(trace));
    expect(recs.map((r) => r.origLen)).toEqual([20 + 20 + 20, 20 + 20, 20 + 20 + 12 + 100]);
    expect(recs.map((r) => r.inclLen)).toEqual(recs.map((r) => r.origLen));
    const file = traceToPcap(trace);
    expect(file.length).toBe(24 + recs.reduce((n, r) => n + 16 + r.inclLen, 0));
  });

  it('fills the payload with readable, deterministic text', () => {
    const packet = onlyPacket(send({ flags: 'PSH,ACK', seq: 1, ack: 1, len: 20 }));
    expect(new TextDecoder().decode(tcpPart(packet).subarray(20))).toBe('tcp-handshake-sim tc');
    expect(filler(0)).toHaveLength(0);
  });
});

describe('pcap timestamps', () => {
  it('converts seconds to whole seconds and rounded microseconds', () => {
    expect(pcapTimestamp(0)).toEqual([0, 0]);
    expect(pcapTimestamp(0.15)).toEqual([0, 150000]);
    expect(pcapTimestamp(0.3)).toEqual([0, 300000]);
    expect(pcapTimestamp(1.000001)).toEqual([1, 1]);
    expect(pcapTimestamp(2.9999999)).toEqual([3, 0]);
    expect(pcapTimestamp(61.2345674)).toEqual([61, 234567]);
  });

  it('writes the event time into the record header', () => {
    const [record] = records(traceToPcap([send({ t: 3.15, flags: 'SYN', seq: 1 })]));
    expect(record).toMatchObject({ tsSec: 3, tsUsec: 150000 });
  });
});

describe('pcap IPv4 header', () => {
  it('is version 4, IHL 5, DF, TTL 64, TCP, with the addresses of the event', () => {
    const packet = onlyPacket(FULL_SYN);
    const ip = view(packet);
    expect(ip.getUint8(0)).toBe(0x45);
    expect(ip.getUint16(2)).toBe(packet.length);
    expect(ip.getUint16(6)).toBe(0x4000);
    expect(ip.getUint8(8)).toBe(64);
    expect(ip.getUint8(9)).toBe(6);
    expect(Array.from(packet.subarray(12, 16))).toEqual([192, 168, 123, 10]);
    expect(Array.from(packet.subarray(16, 20))).toEqual([10, 0, 0, 80]);
  });

  it('carries a header checksum that verifies', () => {
    const packet = onlyPacket(FULL_SYN);
    expect(onesComplementSum(packet.subarray(0, 20))).toBe(0xffff);
    expect(checksum(packet.subarray(0, 20))).toBe(0);
  });

  it('numbers packets per source address from a deterministic start', () => {
    const trace = [
      FULL_SYN,
      send({ id: 2, from: SERVER, to: CLIENT, flags: 'SYN,ACK', seq: 300, ack: 101 }),
      send({ id: 3, flags: 'ACK', seq: 101, ack: 301 }),
    ];
    const ids = records(traceToPcap(trace)).map((r) => view(r.packet).getUint16(4));
    const clientStart = initialIpId(Uint8Array.of(192, 168, 123, 10));
    const serverStart = initialIpId(Uint8Array.of(10, 0, 0, 80));
    expect(ids).toEqual([clientStart, serverStart, (clientStart + 1) & 0xffff]);
    expect(clientStart).not.toBe(serverStart);
    expect(traceToPcap(trace)).toEqual(traceToPcap(trace));
  });
});

describe('pcap TCP header', () => {
  it('carries ports, seq, ack, data offset, flags, window and a zero urgent pointer', () => {
    const packet = onlyPacket(
      send({ from: SERVER, to: CLIENT, flags: 'SYN,ACK', seq: 300, ack: 101, win: 65160 }),
    );
    const tcp = view(tcpPart(packet));
    expect(tcp.getUint16(0)).toBe(80);
    expect(tcp.getUint16(2)).toBe(40000);
    expect(tcp.getUint32(4)).toBe(300);
    expect(tcp.getUint32(8)).toBe(101);
    expect(tcp.getUint8(12) >> 4).toBe(5);
    expect(tcp.getUint8(13)).toBe(0x12);
    expect(tcp.getUint16(14)).toBe(65160);
    expect(tcp.getUint16(18)).toBe(0);
  });

  it('writes ack 0 when the ACK flag is absent', () => {
    const tcp = view(tcpPart(onlyPacket(send({ flags: 'RST', seq: 7, ack: 99 }))));
    expect(tcp.getUint32(8)).toBe(0);
    expect(tcp.getUint8(13)).toBe(0x04);
  });

  it('encodes every flag in its bit', () => {
    const tcp = view(tcpPart(onlyPacket(send({ flags: 'SYN,FIN,RST,PSH,ACK', seq: 1, ack: 1 }))));
    expect(tcp.getUint8(13)).toBe(0x1f);
  });

  it('writes sequence numbers above 2^31 unsigned', () => {
    const tcp = view(tcpPart(onlyPacket(send({ flags: 'ACK', seq: 0xfffffff0, ack: 0x80000000 }))));
    expect(tcp.getUint32(4)).toBe(0xfffffff0);
    expect(tcp.getUint32(8)).toBe(0x80000000);
  });

  it('carries a checksum that verifies over the pseudo-header, even with an odd payload', () => {
    for (const event of [
      FULL_SYN,
      send({ flags: 'PSH,ACK', seq: 101, ack: 301, len: 101, options: { timestamp: [5, 6] } }),
      send({ flags: 'FIN,ACK', seq: 202, ack: 301 }),
    ]) {
      const packet = onlyPacket(event);
      const tcp = tcpPart(packet);
      const pseudo = pseudoHeader(packet.subarray(12, 16), packet.subarray(16, 20), tcp.length);
      expect(onesComplementSum(pseudo, tcp)).toBe(0xffff);
      expect(checksum(pseudo, tcp)).toBe(0);
    }
  });

  it('rejects unknown flags and malformed addresses', () => {
    expect(() => traceToPcap([send({ flags: 'SYN,URG', seq: 1 })])).toThrow(/flags/);
    expect(() => traceToPcap([send({ flags: 'SYN', seq: 1, from: 'client:1' })])).toThrow();
    expect(() => traceToPcap([send({ flags: 'SYN', seq: 1, to: '10.0.0.256:80' })])).toThrow();
  });
});

describe('pcap TCP options', () => {
  it('lays out a SYN as Linux does: mss, sackOK, TS, nop, wscale', () => {
    expect(Array.from(tcpOptions(onlyPacket(FULL_SYN)))).toEqual([
      2, 4, 0x05, 0xb4, 4, 2, 8, 10, 0, 0, 0x03, 0xe8, 0, 0, 0, 0, 1, 3, 3, 7,
    ]);
    expect(view(tcpPart(onlyPacket(FULL_SYN))).getUint8(12) >> 4).toBe(10);
  });

  it('writes nop, nop, TS on a segment with only a timestamp', () => {
    expect(Array.from(encodeOptions({ timestamp: [0x01020304, 0xa0b0c0d0] }))).toEqual([
      1, 1, 8, 10, 1, 2, 3, 4, 0xa0, 0xb0, 0xc0, 0xd0,
    ]);
  });

  it('includes only the options present, padded to a multiple of 4', () => {
    expect(Array.from(encodeOptions(undefined))).toEqual([]);
    expect(Array.from(encodeOptions({}))).toEqual([]);
    expect(Array.from(encodeOptions({ mss: 536 }))).toEqual([2, 4, 0x02, 0x18]);
    expect(Array.from(encodeOptions({ mss: 1460, windowScale: 0 }))).toEqual([
      2, 4, 0x05, 0xb4, 1, 3, 3, 0,
    ]);
    expect(Array.from(encodeOptions({ sackPermitted: true }))).toEqual([1, 1, 4, 2]);
    expect(Array.from(encodeOptions({ sackPermitted: false }))).toEqual([]);
    for (const options of [
      { mss: 1460 },
      { mss: 1460, sackPermitted: true },
      { timestamp: [1, 2] as [number, number], windowScale: 14 },
      { ...SYN_OPTIONS, windowScale: 7 },
    ]) {
      expect(encodeOptions(options).length % 4).toBe(0);
    }
  });
});
