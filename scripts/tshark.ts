/**
 * Reads a pcap back through tshark, so tests can compare a simulated run with what Wireshark sees.
 * Node-only (child_process, fs): it lives outside the pure core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const TSHARK = '/usr/bin/tshark';

export function hasTshark(): boolean {
  return existsSync(TSHARK);
}

/** One packet as tshark dissected it. */
export interface TsharkPacket {
  frame: number;
  /** `a.b.c.d:port`, as the trace writes it. */
  from: string;
  /** `SYN,ACK`: the trace's notation (order SYN, FIN, RST, PSH, ACK). */
  flags: string;
  /** Absolute (raw) sequence number. */
  seq: number;
  /** Absolute acknowledgment number; null when the ACK flag is clear. */
  ack: number | null;
  len: number;
  /** tshark verified both the IPv4 header checksum and the TCP checksum. */
  checksumGood: boolean;
  ipChecksumGood: boolean;
  tcpChecksumGood: boolean;
  /** tshark's tcp.analysis.retransmission expert flag. */
  retransmission: boolean;
}

const FIELDS = [
  'frame.number',
  'ip.src',
  'tcp.srcport',
  'tcp.flags.syn',
  'tcp.flags.fin',
  'tcp.flags.reset',
  'tcp.flags.push',
  'tcp.flags.ack',
  'tcp.seq',
  'tcp.ack',
  'tcp.len',
  'tcp.checksum.status',
  'ip.checksum.status',
  'tcp.analysis.retransmission',
] as const;

const FLAG_NAMES = ['SYN', 'FIN', 'RST', 'PSH', 'ACK'] as const;

/** Wireshark's PROTO_CHECKSUM_E_GOOD: the status value of a verified checksum. */
const CHECKSUM_GOOD = '1';

/** Runs tshark with checksum verification on and absolute sequence numbers; returns its packets. */
export function tsharkPackets(pcapPath: string): TsharkPacket[] {
  const output = execFileSync(TSHARK, tsharkArgs(pcapPath), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseLine);
}

export function tsharkArgs(pcapPath: string): string[] {
  return [
    '-r',
    pcapPath,
    '-o',
    'tcp.check_checksum:TRUE',
    '-o',
    'ip.check_checksum:TRUE',
    '-o',
    'tcp.relative_sequence_numbers:FALSE',
    '-T',
    'fields',
    ...FIELDS.flatMap((f) => ['-e', f]),
    '-E',
    'separator=,',
  ];
}

function parseLine(line: string): TsharkPacket {
  const cols = line.split(',');
  if (cols.length !== FIELDS.length) {
    throw new Error(`tshark: expected ${FIELDS.length} fields, got ${cols.length}: ${line}`);
  }
  const col = (name: (typeof FIELDS)[number]): string => cols[FIELDS.indexOf(name)] ?? '';
  const bits = [
    col('tcp.flags.syn'),
    col('tcp.flags.fin'),
    col('tcp.flags.reset'),
    col('tcp.flags.push'),
    col('tcp.flags.ack'),
  ].map(isTrue);
  const flags = FLAG_NAMES.filter((_, i) => bits[i]).join(',');
  const ipChecksumGood = col('ip.checksum.status') === CHECKSUM_GOOD;
  const tcpChecksumGood = col('tcp.checksum.status') === CHECKSUM_GOOD;
  return {
    frame: Number(col('frame.number')),
    from: `${col('ip.src')}:${col('tcp.srcport')}`,
    flags,
    seq: Number(col('tcp.seq')),
    ack: bits[4] && col('tcp.ack') !== '' ? Number(col('tcp.ack')) : null,
    len: Number(col('tcp.len')),
    checksumGood: ipChecksumGood && tcpChecksumGood,
    ipChecksumGood,
    tcpChecksumGood,
    retransmission: col('tcp.analysis.retransmission') !== '',
  };
}

/** tshark prints booleans as 1/0 (or True/False in some versions). */
function isTrue(value: string): boolean {
  return value === '1' || value.toLowerCase() === 'true';
}
