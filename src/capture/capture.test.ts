import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureParser, parseCapture } from './capture';
import { CaptureError } from './errors';
import { inferRun } from './infer';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

const CLIENT_STATES = ['SYN_SENT', 'ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT'];
const SERVER_STATES = ['SYN_RECEIVED', 'ESTABLISHED', 'CLOSE_WAIT', 'LAST_ACK', 'CLOSED'];

function statesOf(name: string, host: string): string[] {
  const parsed = parseCapture(read(name));
  const run = inferRun(parsed.connections, name);
  return run.trace.flatMap((e) => (e.type === 'state' && e.host === host ? [e.to] : []));
}

function segmentsOf(bytes: Uint8Array) {
  const parsed = parseCapture(bytes, 64);
  return parsed.connections.flatMap((c) =>
    c.segments.map((s) => [s.src, s.srcPort, s.flags, s.seq, s.ack, s.len, s.sec, s.nsec]),
  );
}

/** The same classic pcap written by a big-endian machine: every header field byte-swapped. */
function toBigEndian(le: Uint8Array): Uint8Array {
  const out = le.slice();
  const v = new DataView(out.buffer);
  const swap32 = (at: number) => v.setUint32(at, v.getUint32(at, true), false);
  const swap16 = (at: number) => v.setUint16(at, v.getUint16(at, true), false);
  swap32(0);
  swap16(4);
  swap16(6);
  for (const at of [8, 12, 16, 20]) swap32(at);
  for (let at = 24; at < out.length;) {
    const incl = new DataView(le.buffer, le.byteOffset).getUint32(at + 8, true);
    for (const o of [0, 4, 8, 12]) swap32(at + o);
    at += 16 + incl;
  }
  return out;
}

/** A raw-IP capture re-framed as BSD loopback (LINKTYPE_NULL): a 4-byte address family first. */
function toNullLink(raw: Uint8Array): Uint8Array {
  const src = new DataView(raw.buffer, raw.byteOffset);
  const parts: Uint8Array[] = [raw.slice(0, 24)];
  new DataView(parts[0]!.buffer).setUint32(20, 0, true);
  for (let at = 24; at < raw.length;) {
    const incl = src.getUint32(at + 8, true);
    const header = raw.slice(at, at + 16);
    const hv = new DataView(header.buffer);
    hv.setUint32(8, incl + 4, true);
    hv.setUint32(12, src.getUint32(at + 12, true) + 4, true);
    const family = new Uint8Array([2, 0, 0, 0]);
    parts.push(header, family, raw.subarray(at + 16, at + 16 + incl));
    at += 16 + incl;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function errorOf(fn: () => unknown): CaptureError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CaptureError) return e;
    throw e;
  }
  throw new Error('expected a CaptureError');
}

describe('reading captures made by tcpdump', () => {
  it.each([
    ['handshake-close.pcap', 'pcap', 'Ethernet'],
    ['handshake-close-ns.pcap', 'pcap', 'Ethernet'],
    ['handshake-close.pcapng', 'pcapng', 'Ethernet'],
    ['handshake-close-any.pcap', 'pcap', 'Linux cooked capture v2'],
    ['handshake-close-sll1.pcap', 'pcap', 'Linux cooked capture v1'],
    ['handshake-close-rawip.pcap', 'pcap', 'raw IP'],
    ['handshake-close-ipv6.pcap', 'pcap', 'Ethernet'],
  ])('%s: one connection of 11 segments, closed by both sides', (name, format, link) => {
    const parsed = parseCapture(read(name));
    expect(parsed.format).toBe(format);
    expect(parsed.linkTypes).toBe(link);
    expect(parsed.summaries).toHaveLength(1);
    expect(parsed.summaries[0]).toMatchObject({ packets: 11, ending: 'closed' });
    expect(parsed.summaries[0]!.bytesAtoB).toBe(6);
  });

  it.each([
    'handshake-close.pcap',
    'handshake-close.pcapng',
    'handshake-close-any.pcap',
    'handshake-close-ns.pcap',
    'handshake-close-ipv6.pcap',
  ])('%s: the client goes SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT', (name) => {
    expect(statesOf(name, 'client')).toEqual(CLIENT_STATES);
    expect(statesOf(name, 'server')).toEqual(SERVER_STATES);
  });

  it('keeps nanosecond timestamps to the nanosecond', () => {
    const parsed = parseCapture(read('handshake-close-ns.pcap'));
    expect(parsed.connections[0]!.segments.some((s) => s.nsec % 1000 !== 0)).toBe(true);
  });

  it('the pcapng copy has the same segments and times as the pcap it was converted from', () => {
    expect(segmentsOf(read('handshake-close.pcapng'))).toEqual(
      segmentsOf(read('handshake-close.pcap')),
    );
  });

  it('reads a big-endian pcap the same as the little-endian one', () => {
    const le = read('handshake-close.pcap');
    expect(segmentsOf(toBigEndian(le))).toEqual(segmentsOf(le));
  });

  it('reads BSD loopback (LINKTYPE_NULL) framing', () => {
    const raw = read('handshake-close-rawip.pcap');
    const parsed = parseCapture(toNullLink(raw));
    expect(parsed.linkTypes).toBe('BSD loopback (NULL)');
    expect(segmentsOf(toNullLink(raw))).toEqual(segmentsOf(raw));
  });

  it('gives the same result whatever the chunk size', () => {
    const bytes = read('handshake-close.pcapng');
    const whole = segmentsOf(bytes);
    for (const size of [1, 7, 100, 4096]) {
      const parser = new CaptureParser();
      for (let i = 0; i < bytes.length; i += size) parser.push(bytes.subarray(i, i + size));
      const got = parser
        .end()
        .connections.flatMap((c) =>
          c.segments.map((s) => [s.src, s.srcPort, s.flags, s.seq, s.ack, s.len, s.sec, s.nsec]),
        );
      expect(got).toEqual(whole);
    }
  });

  it('a SYN answered by RST,ACK is a refused connection; the client ends CLOSED', () => {
    const parsed = parseCapture(read('refused.pcap'));
    expect(parsed.summaries[0]!.ending).toBe('refused');
    expect(statesOf('refused.pcap', 'client')).toEqual(['SYN_SENT', 'CLOSED']);
    expect(statesOf('refused.pcap', 'server')).toEqual([]);
  });

  it('a capture that starts mid-connection says so and assumes ESTABLISHED', () => {
    const full = read('handshake-close.pcap');
    // Keep the global header and drop the first three records (the handshake).
    const v = new DataView(full.buffer, full.byteOffset);
    let at = 24;
    for (let i = 0; i < 3; i++) at += 16 + v.getUint32(at + 8, true);
    const cut = new Uint8Array([...full.subarray(0, 24), ...full.subarray(at)]);
    const run = inferRun(parseCapture(cut).connections, 'cut');
    expect(run.notes.map((n) => n.kind)).toContain('mid-connection');
    expect(run.notes.map((n) => n.kind)).toContain('capture-point-unknown');
    const client = run.trace.filter((e) => e.type === 'state' && e.host === 'client');
    expect(client[0]).toMatchObject({ to: 'ESTABLISHED', assumed: true });
  });

  it('a capture with a segment missing says where and how many bytes', () => {
    const full = read('handshake-close.pcap');
    const v = new DataView(full.buffer, full.byteOffset);
    // Remove record 4 (the client's 6 bytes of data).
    const starts: number[] = [];
    for (let at = 24; at < full.length; at += 16 + v.getUint32(at + 8, true)) starts.push(at);
    const cut = new Uint8Array([...full.subarray(0, starts[3]), ...full.subarray(starts[4])]);
    const run = inferRun(parseCapture(cut).connections, 'cut');
    expect(run.notes).toContainEqual(expect.objectContaining({ kind: 'missing', bytes: 6 }));
  });
});

describe('bad files get a message naming what is wrong', () => {
  it('not a capture', () => {
    const e = errorOf(() => parseCapture(new TextEncoder().encode('hello, this is text\n')));
    expect(e.code).toBe('not-a-capture');
    expect(e.message).toMatch(/Not a capture file/);
  });

  it('an empty file', () => {
    expect(errorOf(() => parseCapture(new Uint8Array(0))).code).toBe('not-a-capture');
  });

  it('truncated in the middle of a record, at the byte where that record starts', () => {
    const full = read('handshake-close.pcap');
    const e = errorOf(() => parseCapture(full.subarray(0, full.length - 10)));
    expect(e.code).toBe('truncated');
    const v = new DataView(full.buffer, full.byteOffset);
    let last = 24;
    for (let at = 24; at < full.length; at += 16 + v.getUint32(at + 8, true)) last = at;
    expect(e.offset).toBe(last);
    expect(e.message).toContain(`truncated at byte ${last}`);
  });

  it('an unsupported link type', () => {
    const bytes = read('handshake-close.pcap').slice();
    new DataView(bytes.buffer).setUint32(20, 147, true); // LINKTYPE_USER0
    const e = errorOf(() => parseCapture(bytes));
    expect(e.code).toBe('unsupported-link-type');
    expect(e.message).toContain('Unsupported link type 147');
  });

  it('no TCP in it', () => {
    const bytes = read('handshake-close.pcap').slice(0, 24);
    const e = errorOf(() => parseCapture(bytes));
    expect(e.code).toBe('no-tcp');
  });

  it('random bytes never hang and end in a CaptureError', () => {
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      const bytes = read('handshake-close.pcapng').slice();
      for (let k = 0; k < 4; k++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        bytes[seed % bytes.length] = seed >>> 24;
      }
      try {
        parseCapture(bytes, 97);
      } catch (e) {
        expect(e).toBeInstanceOf(CaptureError);
      }
    }
  });
});
