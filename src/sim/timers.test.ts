/**
 * Timer schedules: Linux's (docs/tcp-reference.md §2.1–§2.5) and the rfc9293
 * profile's (§1.7, §1.8, §2.9), and how the settings change them.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileName } from './profile';
import type { Scenario, ScenarioSettings, Step } from './scenario/types';
import { createSimulation } from './simulation';
import type { CallEvent, SendEvent, StateEvent, TraceEvent } from './trace';

const HOSTS = { client: '192.168.123.10', server: '10.0.0.80' };

const LISTEN: Step = { at: 0, do: 'listen', host: 'server', port: 80, as: 'web' };
const CONNECT: Step = {
  at: 0,
  do: 'connect',
  host: 'client',
  to: 'server:80',
  port: 40000,
  as: 'c1',
};
const FIREWALL_DROP: Step = { at: 0, do: 'firewall', host: 'server', port: 80, action: 'drop' };
/** The client disappears right after its SYN: nobody ever answers the server's SYN-ACKs. */
const CLIENT_VANISHES: Step = { at: 0.01, do: 'vanish', host: 'client' };
const KEEP_CLOSE_WAIT: Step = { at: 0, do: 'app', host: 'server', closeOnEof: false };

function run(
  steps: Step[],
  opts: { profile?: ProfileName; settings?: ScenarioSettings; until?: number } = {},
) {
  const scenario: Scenario = {
    version: 1,
    seed: 3,
    ...(opts.profile ? { profile: opts.profile } : {}),
    settings: { isn: { client: 100, server: 300 }, ...opts.settings },
    hosts: HOSTS,
    steps,
    ...(opts.until !== undefined ? { until: opts.until } : {}),
  };
  const sim = createSimulation(scenario);
  sim.run();
  return sim.trace;
}

const isSend = (e: TraceEvent): e is SendEvent => e.type === 'send';
const isState = (e: TraceEvent): e is StateEvent => e.type === 'state';
const isCall = (e: TraceEvent): e is CallEvent => e.type === 'call';

function times(trace: readonly TraceEvent[], host: 'client' | 'server', flags: string): number[] {
  return trace
    .filter(isSend)
    .filter((e) => e.from.startsWith(`${HOSTS[host]}:`) && e.flags === flags)
    .map((e) => e.t);
}

function lastState(trace: readonly TraceEvent[], host: 'client' | 'server'): StateEvent {
  return trace
    .filter(isState)
    .filter((e) => e.host === host)
    .at(-1)!;
}

function stateAt(trace: readonly TraceEvent[], host: string, to: string): StateEvent | undefined {
  return trace.filter(isState).find((e) => e.host === host && e.to === to);
}

/** When the client's socket left TIME_WAIT, minus when it entered it. */
function timeWaitLength(trace: readonly TraceEvent[]): number {
  const events = trace.filter(isState).filter((e) => e.host === 'client');
  const entered = events.find((e) => e.to === 'TIME_WAIT')!;
  const left = events.find((e) => e.from === 'TIME_WAIT')!;
  expect(left.why).toBe('timewait-timeout');
  return Math.round((left.t - entered.t) * 1000) / 1000;
}

const ACTIVE_CLOSE: Step[] = [
  LISTEN,
  CONNECT,
  { at: 1, do: 'close', host: 'client', socket: 'c1' },
];

describe('Linux SYN retransmission (ref §2.3)', () => {
  it('before Linux 6.5 (synLinearTimeouts = 0): SYNs at 1, 3, 7, 15, 31 and 63 s, ETIMEDOUT at 127 s', () => {
    const trace = run([LISTEN, FIREWALL_DROP, CONNECT], { settings: { synLinearTimeouts: 0 } });
    expect(times(trace, 'client', 'SYN')).toEqual([0, 1, 3, 7, 15, 31, 63]);
    const end = lastState(trace, 'client');
    expect([end.from, end.to, end.why, end.t]).toEqual([
      'SYN_SENT',
      'CLOSED',
      'retries-exhausted',
      127,
    ]);
    const connect = trace.filter(isCall).find((e) => e.call === 'connect')!;
    expect([connect.result, connect.t]).toEqual(['ETIMEDOUT', 127]);
  });

  it('retransmits the SYN after 1 s when the first is lost, and then connects', () => {
    const trace = run([
      LISTEN,
      { at: 0, do: 'drop', match: { from: 'client', flags: 'SYN' } },
      CONNECT,
    ]);
    expect(times(trace, 'client', 'SYN')).toEqual([0, 1]);
    expect(stateAt(trace, 'client', 'ESTABLISHED')!.t).toBe(1.1);
  });

  it('marks every repeat as a retransmission of the first SYN', () => {
    const trace = run([LISTEN, FIREWALL_DROP, CONNECT]);
    const syns = trace.filter(isSend).filter((e) => e.flags === 'SYN');
    expect(syns[0]!.retransmit).toBe(false);
    for (const s of syns.slice(1)) {
      expect(s.retransmit).toBe(true);
      expect(s.of).toBe(syns[0]!.id);
      expect(s.seq).toBe(100);
    }
  });

  it('by default keeps the first RTOs flat (tcp_syn_linear_timeouts = 4, Linux >= 6.5): SYNs at 0,1,2,3,4,5,7,11,19,35,67 and ETIMEDOUT at 131 s', () => {
    // Measured on Linux 6.18 (npm run kernel, firewall-drop): SYNs at 0, 1, 2, 3, 4, 5, 7, 11 s.
    const trace = run([LISTEN, FIREWALL_DROP, CONNECT]);
    expect(times(trace, 'client', 'SYN')).toEqual([0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67]);
    expect(lastState(trace, 'client').t).toBe(131);
  });
});

describe('Linux SYN-ACK retransmission (ref §2.4)', () => {
  it('retransmits the SYN-ACK at 1, 3, 7, 15 and 31 s and drops the request at 63 s, without a RST', () => {
    const trace = run([LISTEN, CONNECT, CLIENT_VANISHES]);
    // The SYN arrives at 0.05 s.
    expect(times(trace, 'server', 'SYN,ACK')).toEqual([0.05, 1.05, 3.05, 7.05, 15.05, 31.05]);
    const end = lastState(trace, 'server');
    expect([end.from, end.to, end.why, end.t]).toEqual([
      'SYN_RECEIVED',
      'CLOSED',
      'synack-retries-exhausted',
      63.05,
    ]);
    expect(times(trace, 'server', 'RST')).toEqual([]);
  });

  it('follows synackRetries: 2 retries give SYN-ACKs at 0, 1, 3 s and a drop at 7 s', () => {
    const trace = run([LISTEN, CONNECT, CLIENT_VANISHES], { settings: { synackRetries: 2 } });
    expect(times(trace, 'server', 'SYN,ACK')).toEqual([0.05, 1.05, 3.05]);
    expect(lastState(trace, 'server').t).toBe(7.05);
  });
});

describe('TIME_WAIT and FIN_WAIT_2 on Linux (ref §2.1, §2.5)', () => {
  it('holds TIME_WAIT for 60 s', () => {
    expect(timeWaitLength(run(ACTIVE_CLOSE))).toBe(60);
  });

  it('destroys an orphaned FIN_WAIT_2 after tcp_fin_timeout = 60 s', () => {
    const trace = run([...ACTIVE_CLOSE, KEEP_CLOSE_WAIT]);
    const entered = stateAt(trace, 'client', 'FIN_WAIT_2')!;
    const end = lastState(trace, 'client');
    expect(end.why).toBe('finwait2-timeout');
    expect(Math.round((end.t - entered.t) * 1000) / 1000).toBe(60);
  });

  it('keeps a FIN_WAIT_2 reached by shutdown() with no timeout at all', () => {
    const trace = run(
      [LISTEN, KEEP_CLOSE_WAIT, CONNECT, { at: 1, do: 'shutdown', host: 'client', socket: 'c1' }],
      { until: 3000 },
    );
    expect(lastState(trace, 'client').to).toBe('FIN_WAIT_2');
  });
});

describe('data retransmission (RFC 9293 §3.8.1, RETRANSMISSION TIMEOUT §3.10.8)', () => {
  const dataSegments = (trace: readonly TraceEvent[]) =>
    trace.filter(isSend).filter((e) => e.from === '192.168.123.10:40000' && e.len > 0);

  it('retransmits lost data after the RTO measured on the handshake (0.3 s for a 100 ms RTT)', () => {
    const trace = run([
      LISTEN,
      CONNECT,
      { at: 0, do: 'drop', match: { from: 'client', data: true } },
      { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 100 },
    ]);
    const data = dataSegments(trace);
    expect(data.map((e) => [e.t, e.seq, e.retransmit])).toEqual([
      [1, 101, false],
      [1.3, 101, true],
    ]);
    expect(data[1]!.of).toBe(data[0]!.id);
  });

  it('retransmits data queued before the handshake completed when its first transmission is lost', () => {
    // send() in SYN_SENT: the data leaves with the handshake's ACK at 0.1 s, and is lost.
    const trace = run([
      LISTEN,
      CONNECT,
      { at: 0.05, do: 'send', host: 'client', socket: 'c1', bytes: 100 },
      { at: 0, do: 'drop', match: { from: 'client', data: true } },
    ]);
    const data = dataSegments(trace);
    expect(data[0]).toMatchObject({ t: 0.1, seq: 101, retransmit: false });
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data[1]).toMatchObject({ seq: 101, retransmit: true, of: data[0]!.id });
    expect(data[1]!.t).toBeLessThan(2);
    const read = trace.filter(isCall).find((e) => e.host === 'server' && e.call === 'recv');
    expect(read).toMatchObject({ result: 'ok', bytes: 100 });
  });
});

describe('the rfc9293 profile (ref §1.7, §1.8, §2.9)', () => {
  it('holds TIME_WAIT for 2 x MSL = 240 s', () => {
    expect(timeWaitLength(run(ACTIVE_CLOSE, { profile: 'rfc9293' }))).toBe(240);
  });

  it('has no FIN_WAIT_2 timeout: an orphan waits for the peer FIN', () => {
    const trace = run([...ACTIVE_CLOSE, KEEP_CLOSE_WAIT], { profile: 'rfc9293', until: 3000 });
    expect(lastState(trace, 'client').to).toBe('FIN_WAIT_2');
    expect(trace.filter(isState).some((e) => e.why === 'finwait2-timeout')).toBe(false);
  });

  it('retransmits the SYN for at least 3 minutes before giving up (MUST-23)', () => {
    const trace = run([LISTEN, FIREWALL_DROP, CONNECT], { profile: 'rfc9293' });
    const syns = times(trace, 'client', 'SYN');
    expect(syns).toEqual([0, 1, 3, 7, 15, 31, 63, 127]);
    const end = lastState(trace, 'client');
    expect(end.why).toBe('retries-exhausted');
    expect(end.t).toBeGreaterThanOrEqual(180);
    expect(end.t).toBe(127 + 120); // the last RTO, 128 s, is capped by rtoMax
  });

  it('has no SYN cookies: once the SYN queue is full, a SYN is dropped instead of answered', () => {
    const steps: Step[] = [
      // Nine requests fill a SYN queue of backlog 8: backlog + 1 fit (ref §2.4).
      { ...LISTEN, backlog: 8 },
      { at: 0, do: 'flood', to: 'server:80', count: 9, rate: 1000 },
      { ...CONNECT, at: 0.5 },
    ];
    const trace = run(steps, { profile: 'rfc9293', until: 0.6 });
    expect(trace.filter(isSend).some((e) => e.why === 'syncookie')).toBe(false);
    const syn = trace.filter(isSend).find((e) => e.from === '192.168.123.10:40000')!;
    expect(trace).toContainEqual({ t: 0.55, type: 'drop', id: syn.id, reason: 'queue-full' });
    expect(
      trace.filter((e) => e.type === 'kernel').map((e) => e.type === 'kernel' && e.text),
    ).toEqual([
      'TCP: request_sock_TCP: Possible SYN flooding on port 10.0.0.80:80. Dropping request.  Check SNMP counters.',
    ]);
    // The linux profile answers the same SYN with a cookie.
    const linux = run(steps, { until: 0.6 });
    expect(
      linux
        .filter(isSend)
        .filter((e) => e.why === 'syncookie')
        .map((e) => e.t),
    ).toEqual([0.55]);
  });
});

describe('settings change the numbers', () => {
  it('synRetries = 2: SYNs at 0, 1, 3 s and ETIMEDOUT at 7 s', () => {
    // The doubling schedule alone, as before Linux 6.5: linear timeouts off.
    const trace = run([LISTEN, FIREWALL_DROP, CONNECT], {
      settings: { synRetries: 2, synLinearTimeouts: 0 },
    });
    expect(times(trace, 'client', 'SYN')).toEqual([0, 1, 3]);
    expect(lastState(trace, 'client').t).toBe(7);
  });

  it('rtoInitial = 0.5 s halves the SYN schedule: 0, 0.5, 1.5, 3.5 ... and ETIMEDOUT at 63.5 s', () => {
    const trace = run([LISTEN, FIREWALL_DROP, CONNECT], {
      settings: { rtoInitial: 0.5, synLinearTimeouts: 0 },
    });
    expect(times(trace, 'client', 'SYN')).toEqual([0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5]);
    expect(lastState(trace, 'client').t).toBe(63.5);
  });

  it('rtoInitial = 3 s also moves the SYN-ACK schedule', () => {
    const trace = run([LISTEN, CONNECT, CLIENT_VANISHES], {
      settings: { rtoInitial: 3, synackRetries: 2 },
    });
    expect(times(trace, 'server', 'SYN,ACK')).toEqual([0.05, 3.05, 9.05]);
    expect(lastState(trace, 'server').t).toBe(21.05);
  });

  it('rtoMax caps the doubling', () => {
    const trace = run([LISTEN, FIREWALL_DROP, CONNECT], {
      settings: { rtoMax: 4, synLinearTimeouts: 0 },
    });
    expect(times(trace, 'client', 'SYN')).toEqual([0, 1, 3, 7, 11, 15, 19]);
    expect(lastState(trace, 'client').t).toBe(23);
  });

  it('msl = 10 s makes TIME_WAIT 20 s', () => {
    expect(timeWaitLength(run(ACTIVE_CLOSE, { settings: { msl: 10 } }))).toBe(20);
  });

  it('finTimeout = 30 s destroys an orphaned FIN_WAIT_2 after 30 s', () => {
    const trace = run([...ACTIVE_CLOSE, KEEP_CLOSE_WAIT], { settings: { finTimeout: 30 } });
    const entered = stateAt(trace, 'client', 'FIN_WAIT_2')!;
    const end = lastState(trace, 'client');
    expect(end.why).toBe('finwait2-timeout');
    expect(Math.round((end.t - entered.t) * 1000) / 1000).toBe(30);
  });

  it('finTimeout = null (the RFC) keeps an orphaned FIN_WAIT_2 on the linux profile too', () => {
    const trace = run([...ACTIVE_CLOSE, KEEP_CLOSE_WAIT], {
      settings: { finTimeout: null },
      until: 3000,
    });
    expect(lastState(trace, 'client').to).toBe('FIN_WAIT_2');
  });

  it('a set step changes the settings mid-run: a later connect uses the new synRetries', () => {
    const trace = run(
      [
        LISTEN,
        FIREWALL_DROP,
        { at: 0, do: 'set', settings: { synRetries: 1, synLinearTimeouts: 0 } },
        { ...CONNECT, at: 1 },
      ],
      {},
    );
    expect(times(trace, 'client', 'SYN')).toEqual([1, 2]);
    expect(lastState(trace, 'client').t).toBe(4);
  });
});
