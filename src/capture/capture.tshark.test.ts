/**
 * The "done when" of the capture import: every segment of a real tcpdump capture reads with the
 * same flags, SEQ, ACK and length as tshark reads them, in the trace the CLI prints.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTshark, TSHARK } from '../../scripts/tshark';
import { parseCapture } from './capture';
import { inferRun, type CaptureSendEvent } from './infer';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const FILES = [
  'handshake-close.pcap',
  'handshake-close.pcapng',
  'handshake-close-any.pcap',
  'handshake-close-sll1.pcap',
  'handshake-close-ns.pcap',
  'handshake-close-ipv6.pcap',
  'handshake-close-rawip.pcap',
  'refused.pcap',
];

interface Row {
  frame: number;
  from: string;
  flags: number;
  seq: number;
  ack: number | null;
  len: number;
}

function tsharkRows(path: string): Row[] {
  const out = execFileSync(
    TSHARK,
    ['-r', path, '-T', 'fields', '-E', 'separator=\t']
      .concat(
        ...['frame.number', 'ip.src', 'ipv6.src', 'tcp.srcport', 'tcp.flags', 'tcp.seq_raw'].map(
          (f) => ['-e', f],
        ),
      )
      .concat('-e', 'tcp.ack_raw', '-e', 'tcp.len'),
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return out
    .trim()
    .split('\n')
    .map((line) => {
      const [frame, ip4, ip6, port, flags, seq, ack, len] = line.split('\t');
      const f = Number(flags);
      return {
        frame: Number(frame),
        from: ip4 ? `${ip4}:${port}` : `[${ip6}]:${port}`,
        flags: f & 0xff,
        seq: Number(seq),
        ack: f & 0x10 ? Number(ack) : null,
        len: Number(len),
      };
    });
}

const FLAG_BITS: Record<string, number> = {
  FIN: 1,
  SYN: 2,
  RST: 4,
  PSH: 8,
  ACK: 16,
  URG: 32,
  ECE: 64,
  CWR: 128,
};

function ourRows(path: string): Row[] {
  const run = inferRun(parseCapture(new Uint8Array(readFileSync(path))).connections, path);
  return run.trace
    .filter((e): e is CaptureSendEvent => e.type === 'send')
    .sort((a, b) => a.id - b.id)
    .map((e) => ({
      frame: e.id,
      from: e.from,
      flags: e.flags.split(',').reduce((n, name) => n | FLAG_BITS[name]!, 0),
      seq: e.seq,
      ack: e.ack,
      len: e.len,
    }));
}

describe.skipIf(!hasTshark())('imported captures agree with tshark', () => {
  it.each(FILES)('%s: same frames, flags, seq, ack, len', (name) => {
    const path = join(FIXTURES, name);
    const theirs = tsharkRows(path);
    expect(theirs.length).toBeGreaterThan(0);
    expect(ourRows(path)).toEqual(theirs);
  });
});

if (!hasTshark()) {
  describe('imported captures agree with tshark', () => {
    it.skip(`needs ${TSHARK} (apt-get install tshark)`, () => {});
  });
}
