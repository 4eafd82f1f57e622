import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTshark, TSHARK, tsharkPackets } from '../../scripts/tshark';
import { traceToPcap } from './pcap';
import type { SendEvent } from './trace';

const CLIENT = '192.168.123.10:40000';
const SERVER = '10.0.0.80:80';

type Row = [
  t: number,
  from: string,
  flags: string,
  seq: number,
  ack: number | null,
  len: number,
  tsval: number,
  tsecr: number,
  retransmitOf?: number,
];

/** A full RFC 793 exchange: handshake, data, its retransmission, ACK, and both FINs. */
const ROWS: Row[] = [
  [0.0, CLIENT, 'SYN', 100, null, 0, 1000, 0],
  [0.05, SERVER, 'SYN,ACK', 300, 101, 0, 5000, 1000],
  [0.1, CLIENT, 'ACK', 101, 301, 0, 1050, 5000],
  [0.11, CLIENT, 'PSH,ACK', 101, 301, 100, 1060, 5000],
  [0.35, CLIENT, 'PSH,ACK', 101, 301, 100, 1300, 5000, 4],
  [0.4, SERVER, 'ACK', 301, 201, 0, 5350, 1300],
  [0.5, CLIENT, 'FIN,ACK', 201, 301, 0, 1450, 5350],
  [0.55, SERVER, 'ACK', 301, 202, 0, 5500, 1450],
  [0.6, SERVER, 'FIN,ACK', 301, 202, 0, 5550, 1450],
  [0.65, CLIENT, 'ACK', 202, 302, 0, 1600, 5550],
];

function exchange(): SendEvent[] {
  return ROWS.map(([t, from, flags, seq, ack, len, tsval, tsecr, of], i) => {
    const syn = flags.startsWith('SYN');
    const event: SendEvent = {
      t,
      type: 'send',
      id: i + 1,
      from,
      to: from === CLIENT ? SERVER : CLIENT,
      flags,
      seq,
      ack,
      len,
      retransmit: of !== undefined,
      win: syn ? 64240 : 502,
      why: of !== undefined ? 'retransmit' : 'data',
      options: syn
        ? { mss: 1460, sackPermitted: true, timestamp: [tsval, tsecr], windowScale: 7 }
        : { timestamp: [tsval, tsecr] },
    };
    if (of !== undefined) event.of = of;
    return event;
  });
}

/** Shown in the test name when tshark is missing, so a skipped run says why. */
const SKIP_NOTE = hasTshark() ? '' : ` (skipped: ${TSHARK} is not installed)`;

describe('pcap export read back by tshark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pcap-tshark-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!hasTshark())(`dissects every segment as the trace describes it${SKIP_NOTE}`, () => {
    const trace = exchange();
    const path = join(dir, 'exchange.pcap');
    writeFileSync(path, traceToPcap(trace));

    const packets = tsharkPackets(path);

    expect(packets).toHaveLength(trace.length);
    packets.forEach((packet, i) => {
      const event = trace[i]!;
      expect(packet, `frame ${i + 1}`).toMatchObject({
        frame: i + 1,
        from: event.from,
        flags: event.flags,
        seq: event.seq,
        ack: event.ack,
        len: event.len,
        ipChecksumGood: true,
        tcpChecksumGood: true,
        checksumGood: true,
      });
    });
  });

  it.skipIf(!hasTshark())(`flags the retransmission, and only it${SKIP_NOTE}`, () => {
    const trace = exchange();
    const path = join(dir, 'retransmission.pcap');
    writeFileSync(path, traceToPcap(trace));

    const flagged = tsharkPackets(path).map((p) => p.retransmission);

    expect(flagged).toEqual(trace.map((e) => e.retransmit));
    expect(flagged.filter(Boolean)).toHaveLength(1);
  });
});
