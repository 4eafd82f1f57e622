/**
 * A capture played in the store instead of a scenario run: the trace is the capture's (the same
 * flags, SEQ, ACK and length as tshark reads, absolute or relative), the snapshot at any time has
 * each side's inferred states on the real 4-tuple, nothing can be changed, and the scenario comes
 * back when asked.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTshark, TSHARK } from '../../scripts/tshark';
import { parseCapture } from '../capture/capture';
import { capturePlayback } from '../capture/play';
import type { SendEvent } from '../sim/trace';
import { createSimStore, type SimStore } from './createSimStore';

const FIXTURES = join(import.meta.dirname, '../capture/fixtures');
const FILE = 'handshake-close.pcap';
const CLIENT_SOCKET = '10.77.0.1:40824>10.77.0.2:9000';

function playback(file: string, relative: boolean) {
  const { connections } = parseCapture(new Uint8Array(readFileSync(join(FIXTURES, file))));
  return capturePlayback({ file, connections, relative });
}

function sends(store: SimStore): SendEvent[] {
  return [...store.getState().trace].filter((e): e is SendEvent => e.type === 'send');
}

function clientState(store: SimStore): string | null {
  const client = store.getState().snapshot.hosts.find((h) => h.name === 'client');
  return client?.sockets.find((s) => s.key === CLIENT_SOCKET)?.state ?? null;
}

interface TsharkRow {
  frame: number;
  time: number;
  from: string;
  flags: string;
  seq: number;
  ack: number | null;
  relSeq: number;
  relAck: number | null;
  len: number;
}

const FLAG_BITS: [number, string][] = [
  [0x02, 'SYN'],
  [0x01, 'FIN'],
  [0x04, 'RST'],
  [0x08, 'PSH'],
  [0x10, 'ACK'],
];

function tsharkRows(file: string): TsharkRow[] {
  const fields = [
    'frame.number',
    'frame.time_relative',
    'ip.src',
    'tcp.srcport',
    'tcp.flags',
    'tcp.seq_raw',
    'tcp.ack_raw',
    'tcp.seq',
    'tcp.ack',
    'tcp.len',
  ];
  const out = execFileSync(
    TSHARK,
    ['-r', join(FIXTURES, file), '-T', 'fields', '-E', 'separator=\t'].concat(
      ...fields.map((f) => ['-e', f]),
    ),
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return out
    .trim()
    .split('\n')
    .map((line) => {
      const [frame, time, ip, port, flags, seq, ack, relSeq, relAck, len] = line.split('\t');
      const bits = Number(flags);
      const hasAck = (bits & 0x10) !== 0;
      return {
        frame: Number(frame),
        time: Number(time),
        from: `${ip}:${port}`,
        flags: FLAG_BITS.filter(([bit]) => bits & bit)
          .map(([, name]) => name)
          .join(','),
        seq: Number(seq),
        ack: hasAck ? Number(ack) : null,
        relSeq: Number(relSeq),
        relAck: hasAck ? Number(relAck) : null,
        len: Number(len),
      };
    });
}

/** Our flags in tshark's order of the bits above, whatever order the trace writes them in. */
function normalFlags(flags: string): string {
  const mine = flags.split(',');
  return FLAG_BITS.map(([, name]) => name)
    .filter((name) => mine.includes(name))
    .join(',');
}

describe.skipIf(!hasTshark())('a capture loaded into the store, against tshark', () => {
  const theirs = hasTshark() ? tsharkRows(FILE) : [];

  it('has every segment with tshark’s flags, SEQ, ACK and length (absolute)', () => {
    const store = createSimStore();
    store.getState().loadCapture(playback(FILE, false));
    const ours = sends(store)
      .sort((a, b) => a.id - b.id)
      .map((e) => ({
        frame: e.id,
        from: e.from,
        flags: normalFlags(e.flags),
        seq: e.seq,
        ack: e.ack,
        len: e.len,
      }));
    expect(ours).toEqual(
      theirs.map(({ frame, from, flags, seq, ack, len }) => ({
        frame,
        from,
        flags,
        seq,
        ack,
        len,
      })),
    );
  });

  it('has tshark’s relative SEQ and ACK when asked for relative numbers', () => {
    const store = createSimStore();
    store.getState().loadCapture(playback(FILE, true));
    const ours = sends(store)
      .sort((a, b) => a.id - b.id)
      .map((e) => ({ frame: e.id, seq: e.seq, ack: e.ack }));
    expect(ours).toEqual(theirs.map((r) => ({ frame: r.frame, seq: r.relSeq, ack: r.relAck })));
  });

  it('moves the client through its states at the moments the capture saw', () => {
    const store = createSimStore();
    const capture = playback(FILE, false);
    store.getState().loadCapture(capture);
    // Captured on the client: its moments are the frames' own times, as far apart as tshark
    // says (time_relative: exact, where epoch seconds in a double are not), from the SYN on.
    const syn = capture.trace.find((e) => e.type === 'send' && e.id === 1)!.t;
    const at = (frame: number) =>
      syn + theirs.find((r) => r.frame === frame)!.time - theirs[0]!.time;
    const expected: [number, string][] = [
      [at(1), 'SYN_SENT'], // it sends the SYN
      [at(2), 'ESTABLISHED'], // the SYN-ACK arrives
      [at(8), 'FIN_WAIT_1'], // it sends its FIN
      [at(9), 'FIN_WAIT_2'], // the ACK of its FIN arrives
      [at(10), 'TIME_WAIT'], // the server's FIN arrives
    ];
    let before: string | null = null;
    for (const [t, state] of expected) {
      store.getState().seek(t - 1e-6);
      expect(clientState(store), `just before ${t}`).toBe(before);
      store.getState().seek(t);
      expect(clientState(store), `at ${t}`).toBe(state);
      before = state;
    }
    // Stepping event by event goes through the same states, in the same order, and nothing else.
    store.getState().seek(0);
    const seen: string[] = [];
    while (store.getState().time < store.getState().duration) {
      store.getState().stepForward();
      const state = clientState(store);
      if (state && state !== seen[seen.length - 1]) seen.push(state);
    }
    expect(seen).toEqual(expected.map(([, state]) => state));
  });
});

describe('a capture loaded into the store', () => {
  it('plays its own trace and time axis, complete, with no worker run', () => {
    const store = createSimStore();
    const capture = playback(FILE, true);
    store.getState().loadCapture(capture);
    const s = store.getState();
    expect(s.source.kind).toBe('capture');
    expect([...s.trace]).toEqual(capture.trace);
    expect(s.run.status).toBe('complete');
    expect(s.hosts).toEqual([
      { name: 'client', ip: '10.77.0.1' },
      { name: 'server', ip: '10.77.0.2' },
    ]);
    // The last event (the client's final ACK reaching the server, 256.859 ms), up to a whole ms.
    expect(capture.trace[capture.trace.length - 1]!.t).toBeCloseTo(0.256859, 9);
    expect(s.duration).toBeCloseTo(0.257, 12);
    expect(s.index.segments).toHaveLength(11);
    expect(s.index.segments.every((l) => l.fromHost !== null && l.toHost !== null)).toBe(true);
  });

  it('shows each side’s inferred socket on its real 4-tuple', () => {
    const store = createSimStore();
    store.getState().loadCapture(playback(FILE, false));
    store.getState().seek(0.01);
    const [client, server] = store.getState().snapshot.hosts;
    expect(client!.sockets.map((s) => [s.key, s.local, s.remote, s.state])).toEqual([
      [CLIENT_SOCKET, '10.77.0.1:40824', '10.77.0.2:9000', 'ESTABLISHED'],
    ]);
    expect(server!.sockets.map((s) => [s.key, s.state])).toEqual([
      ['10.77.0.2:9000>10.77.0.1:40824', 'ESTABLISHED'],
    ]);
    expect(client!.counts).toEqual({ ESTABLISHED: 1 });
  });

  it('keeps the snapshot’s hosts between two events, so no view renders for the time alone', () => {
    const store = createSimStore();
    store.getState().loadCapture(playback(FILE, false));
    store.getState().seek(0.01);
    const before = store.getState().snapshot;
    store.getState().seek(0.02);
    // Nothing happened between the two times: the snapshot stands, and says until when.
    expect(store.getState().snapshot).toBe(before);
    expect(store.getState().snapshotUntil).toBeGreaterThan(0.02);
    // The FIN at 0.0554 s changes the client, not what the server's panel shows until it lands.
    store.getState().seek(0.05545);
    expect(store.getState().snapshot.hosts[0]).not.toBe(before.hosts[0]);
  });

  it('counts the segments in flight at a time', () => {
    const store = createSimStore();
    const capture = playback(FILE, false);
    store.getState().loadCapture(capture);
    const fin = capture.trace.find((e) => e.type === 'send' && e.flags === 'FIN,ACK')!;
    store.getState().seek(fin.t + 1e-6);
    expect(store.getState().snapshot.inFlight.map((f) => f.segment.id)).toEqual([8]);
  });

  it('refuses what would change a capture, and resets to its start', () => {
    const store = createSimStore();
    store.getState().loadCapture(playback(FILE, false));
    const trace = store.getState().trace;
    store.getState().seek(0.1);
    expect(store.getState().act({ do: 'close', host: 'client', socket: 'c1' })).toBe(false);
    expect(store.getState().dropSegment(9)).toBe(false);
    expect(store.getState().setProfile('rfc9293')).toBe(false);
    expect(store.getState().trace).toBe(trace);
    store.getState().reset();
    expect(store.getState().time).toBe(0);
    expect(store.getState().source.kind).toBe('capture');
    expect(store.getState().trace).toBe(trace);
  });

  it('goes back to the scenario it replaced, and a scenario chosen ends it too', () => {
    const store = createSimStore({ builtinId: 'lost-final-ack' });
    const original = JSON.stringify(store.getState().trace);
    store.getState().loadCapture(playback(FILE, false));
    // A second capture (or the same with other numbers) still goes back to the scenario.
    store.getState().loadCapture(playback(FILE, true), 0.05);
    expect(store.getState().time).toBe(0.05);
    store.getState().backToScenario();
    expect(store.getState().source.kind).toBe('scenario');
    expect(store.getState().builtinId).toBe('lost-final-ack');
    expect(JSON.stringify(store.getState().trace)).toBe(original);

    store.getState().loadCapture(playback(FILE, false));
    store.getState().loadBuiltin('no-listener');
    expect(store.getState().source.kind).toBe('scenario');
    expect(store.getState().setProfile('rfc9293')).toBe(true);
  });

  it('finds the hosts of an IPv6 capture in its segments', () => {
    const store = createSimStore();
    store.getState().loadCapture(playback('handshake-close-ipv6.pcap', false));
    const s = store.getState();
    expect(s.hosts.map((h) => h.ip)).toEqual(['[fd77::1]', '[fd77::2]']);
    expect(s.index.segments.every((l) => l.fromHost !== null && l.toHost !== null)).toBe(true);
  });

  it('plays several connections at once, each socket in its own states', () => {
    // Two captures of the same hosts made one file: a handshake and close, then a refused SYN.
    const read = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
    const [closed, refused] = [read(FILE), read('refused.pcap')];
    const both = new Uint8Array([...closed, ...refused.subarray(24)]);
    const { connections } = parseCapture(both);
    expect(connections.map((c) => c.id)).toEqual([1, 2]);
    const capture = capturePlayback({ file: 'both.pcap', connections, relative: true });
    const store = createSimStore();
    store.getState().loadCapture(capture);
    expect(store.getState().scenario.title).toBe('both.pcap #1, #2');
    const refusedSyn = capture.trace.find(
      (e) => e.type === 'send' && e.to === '10.77.0.2:9999' && e.flags === 'SYN',
    )!;
    store.getState().seek(refusedSyn.t);
    const sockets = () =>
      store.getState().snapshot.hosts[0]!.sockets.map((sock) => `${sock.remote} ${sock.state}`);
    expect(sockets()).toContain('10.77.0.2:9999 SYN_SENT');
    store.getState().seek(store.getState().duration);
    // The refused socket is gone (CLOSED); the other waits in TIME_WAIT.
    expect(sockets()).toEqual(['10.77.0.2:9000 TIME_WAIT']);
  });

  it('assumes ESTABLISHED for a capture that starts mid-connection, with absolute numbers', () => {
    const full = new Uint8Array(readFileSync(join(FIXTURES, FILE)));
    // The global header without the first three records (the handshake).
    const view = new DataView(full.buffer, full.byteOffset);
    let at = 24;
    for (let i = 0; i < 3; i++) at += 16 + view.getUint32(at + 8, true);
    const cut = new Uint8Array([...full.subarray(0, 24), ...full.subarray(at)]);
    const { connections } = parseCapture(cut);
    const store = createSimStore();
    store
      .getState()
      .loadCapture(capturePlayback({ file: 'cut.pcap', connections, relative: true }));
    const first = sends(store)[0]!;
    // No SYN, no ISN to count from: the numbers stay as captured.
    expect(first.seq).toBe(2839599321);
    store.getState().seek(first.t);
    expect(clientState(store)).toBe('ESTABLISHED');
    const notes = store.getState().source;
    expect(notes.kind === 'capture' && notes.run.notes.map((n) => n.kind)).toContain(
      'mid-connection',
    );
  });
});
