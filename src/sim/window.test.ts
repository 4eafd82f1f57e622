/**
 * The windows a socket advertises and the scale it offers (docs/tcp-reference.md §2.12): Linux's
 * derived from the receive buffer, as Linux 6.18 was measured to send them (§2.11), and RFC
 * 9293's buffer less the unread bytes.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileName } from './profile';
import type { ScenarioSettings, Step } from './scenario/types';
import { createSimulation } from './simulation';
import type { SendEvent, TraceEvent } from './trace';

const CLIENT = '192.168.123.10';
const SERVER = '10.0.0.80';

const LISTEN: Step = { at: 0, do: 'listen', host: 'server', port: 80, as: 'web' };
const CONNECT: Step = {
  at: 0.1,
  do: 'connect',
  host: 'client',
  to: 'server:80',
  port: 40000,
  as: 'c1',
};

function run(steps: Step[], settings: ScenarioSettings = {}, profile: ProfileName = 'linux') {
  const sim = createSimulation({
    version: 1,
    seed: 3,
    profile,
    settings: { isn: { client: 100, server: 300 }, ...settings },
    hosts: { client: CLIENT, server: SERVER },
    steps,
  });
  sim.run();
  return sim.trace.filter((e: TraceEvent): e is SendEvent => e.type === 'send');
}

/** `FLAGS win [wscale]` of each segment a host sent. */
function windows(sent: SendEvent[], host: string): string[] {
  return sent
    .filter((e) => e.from.startsWith(`${host}:`))
    .map((e) => [e.flags, e.win, e.options?.windowScale].filter((x) => x !== undefined).join(' '));
}

const HANDSHAKE_AND_CLOSE: Step[] = [
  LISTEN,
  CONNECT,
  { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 100 },
  { at: 2, do: 'close', host: 'client', socket: 'c1' },
];

describe('Linux: windows from the receive buffer', () => {
  it('offers what Linux 6.18 sent: SYN 64240, SYN-ACK 65160, scale 10, then 63 and 64 × 1024', () => {
    const sent = run(HANDSHAKE_AND_CLOSE);
    // Measured with npm run kernel (docs/kernel-agreement.md): the same fields, segment by segment.
    expect(windows(sent, CLIENT)).toEqual([
      'SYN 64240 10',
      'ACK 63',
      'PSH,ACK 63',
      'FIN,ACK 63',
      'ACK 63',
    ]);
    expect(windows(sent, SERVER)).toEqual(['SYN,ACK 65160 10', 'ACK 64', 'FIN,ACK 64']);
  });

  it('sizes the scale by the largest buffer: 6 MiB, the default before Linux 6.16, gives 7', () => {
    const sent = run([LISTEN, CONNECT], { rcvBufMax: 6 * 1024 * 1024 });
    expect(windows(sent, CLIENT)[0]).toBe('SYN 64240 7');
    // The SYN's 64240 cannot shrink: rounded up to the unit of 128, 502 units.
    expect(windows(sent, CLIENT)[1]).toBe('ACK 502');
  });

  it('offers half the buffer in whole segments: 8192 bytes give two 1460-byte segments', () => {
    const sent = run([LISTEN, CONNECT], { rcvBuf: 8192 });
    expect(windows(sent, CLIENT)[0]).toBe('SYN 2920 10');
    // The SYN-ACK counts 1448-byte segments (the timestamp option takes 12 bytes of each).
    expect(windows(sent, SERVER)[0]).toBe('SYN,ACK 2896 10');
  });

  it('counts full 1460-byte segments on the SYN-ACK when no timestamps were agreed', () => {
    const sent = run([LISTEN, CONNECT], { timestamps: false });
    expect(windows(sent, SERVER)[0]).toBe('SYN,ACK 64240 10');
  });

  it('takes a fixed scale when the setting gives one', () => {
    const sent = run([LISTEN, CONNECT], { windowScale: 2 });
    expect(windows(sent, CLIENT)).toEqual(['SYN 64240 2', 'ACK 16060']);
  });

  it('answers a closed port with a RST whose window is 0 (tcp_v4_send_reset)', () => {
    const sent = run([{ ...CONNECT, to: 'server:8080' }]);
    expect(windows(sent, SERVER)).toEqual(['RST,ACK 0']);
  });

  it('never shrinks an offer, and closes the window when the application stops reading', () => {
    // The server reads nothing: it offers what is left of its buffer, and 100 KB do not fit.
    const sent = run([
      { at: 0, do: 'app', host: 'server', read: false },
      LISTEN,
      CONNECT,
      { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 100_000 },
    ]);
    const acks = sent.filter((e) => e.from.startsWith(`${SERVER}:`) && e.flags === 'ACK');
    const fields = acks.map((e) => e.win);
    // Each offer's right edge (ACK + window × 1024) never moves back.
    const edges = acks.map((e) => e.ack! + e.win * 1024);
    for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThanOrEqual(edges[i - 1]!);
    expect(fields.at(-1)).toBe(0);
    // The client sent no byte past the last edge the server offered.
    const data = sent.filter((e) => e.from.startsWith(`${CLIENT}:`) && e.len > 0);
    const end = Math.max(...data.map((e) => e.seq + e.len));
    expect(end).toBeLessThanOrEqual(edges.at(-1)!);
  });
});

describe('RFC 9293: the buffer less what is unread', () => {
  it('offers rcvBuf on the SYN and rcvBuf >> windowScale afterwards', () => {
    const sent = run(HANDSHAKE_AND_CLOSE, {}, 'rfc9293');
    expect(windows(sent, CLIENT)[0]).toBe('SYN 64240 7');
    expect(windows(sent, SERVER)[0]).toBe('SYN,ACK 64240 7');
    expect(windows(sent, CLIENT)[1]).toBe('ACK 501');
  });
});
