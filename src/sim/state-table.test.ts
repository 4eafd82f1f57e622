/**
 * The per-state event table of docs/tcp-reference.md §1.2 (RFC 9293 §3.10), row by
 * row, with Linux's choices where the reference records them (§2.3–§2.7). Each row is driven
 * through the scenario format (a small run with the RFC's own ISNs, 100 for the client and 300
 * for the server); a row no scenario can reach is a unit test of one socket's transition, calling
 * the pure functions of socket.ts on a hand-made TCB.
 */
import { describe, expect, it } from 'vitest';
import { newEffects, type Effects } from './effects';
import { defaultSettings } from './profile';
import type { Scenario, Step } from './scenario/types';
import { flagsToString, parseFlags, type Segment } from './segment';
import { createSimulation } from './simulation';
import { abort, close, segmentArrives, send, shutdownWrite } from './socket';
import type { TcpState } from './state';
import { newTcb, type Tcb } from './tcb';
import type { CallEvent, SendEvent, StateEvent, TraceEvent } from './trace';

// ---------------------------------------------------------------------------------------------
// Scenario helpers

const HOSTS = { client: '192.168.123.10', server: '10.0.0.80' };
const CLIENT = '192.168.123.10:40000';
const SERVER = '10.0.0.80:80';

const LISTEN: Step = { at: 0, do: 'listen', host: 'server', port: 80, as: 'web' };
const CONNECT: Step = {
  at: 0.1,
  do: 'connect',
  host: 'client',
  to: 'server:80',
  port: 40000,
  as: 'c1',
};
/** The server application keeps sockets whose peer closed (no close() on EOF). */
const SERVER_KEEPS_CLOSE_WAIT: Step = { at: 0, do: 'app', host: 'server', closeOnEof: false };

function scenario(steps: Step[], extra: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    seed: 1,
    ...extra,
    settings: { isn: { client: 100, server: 300 }, ...extra.settings },
    hosts: HOSTS,
    steps,
  };
}

function run(steps: Step[], extra: Partial<Scenario> = {}) {
  const sim = createSimulation(scenario(steps, extra));
  sim.run();
  return { sim, trace: sim.trace };
}

const isSend = (e: TraceEvent): e is SendEvent => e.type === 'send';
const isState = (e: TraceEvent): e is StateEvent => e.type === 'state';
const isCall = (e: TraceEvent): e is CallEvent => e.type === 'call';

/** Segments sent by a host (by name), in order. */
function sentBy(trace: readonly TraceEvent[], host: 'client' | 'server'): SendEvent[] {
  return trace.filter(isSend).filter((e) => e.from.startsWith(`${HOSTS[host]}:`));
}

/** `FLAGS seq/ack` for short, readable expectations. */
function wire(e: SendEvent): string {
  return `${e.flags} ${e.seq}/${e.ack ?? '-'}`;
}

function transitions(trace: readonly TraceEvent[], host: 'client' | 'server'): string[] {
  return trace
    .filter(isState)
    .filter((e) => e.host === host && !e.socket.endsWith('>*'))
    .map((e) => `${e.from}>${e.to}`);
}

function stateEvents(trace: readonly TraceEvent[], host: 'client' | 'server'): StateEvent[] {
  return trace.filter(isState).filter((e) => e.host === host);
}

function calls(trace: readonly TraceEvent[], host: 'client' | 'server'): string[] {
  return trace
    .filter(isCall)
    .filter((e) => e.host === host)
    .map((e) => `${e.call}=${e.result}`);
}

/** The state of a host's socket (by its `local>remote` key or name) at the end of the run. */
function stateOf(
  sim: ReturnType<typeof createSimulation>,
  host: 'client' | 'server',
  key: string,
): TcpState | undefined {
  const hv = sim.snapshot().hosts.find((h) => h.name === host)!;
  return hv.sockets.find((s) => s.key === key || s.name === key)?.state;
}

// ---------------------------------------------------------------------------------------------
// Unit helpers: one socket, one segment

const S_END = { ip: '10.0.0.80', port: 80 };
const C_END = { ip: '192.168.123.10', port: 40000 };

/** A server-side TCB in `state` after a handshake with ISS 300 and IRS 100. */
function tcb(state: TcpState, over: Partial<Tcb> = {}): Tcb {
  const t = newTcb(1, 0, S_END, C_END, 0, 1_000_000);
  Object.assign(
    t,
    {
      state,
      iss: 300,
      sndUna: 301,
      sndNxt: 301,
      writeSeq: 301,
      dataEnd: 301,
      irs: 100,
      rcvNxt: 101,
      // What a Linux socket offers once established: 63 × 1024 from RCV.NXT (ref §2.11, §2.12).
      rcvWnd: 64512,
      rcvWup: 101,
      sndWnd: 64240,
      owned: true,
    },
    over,
  );
  return t;
}

function segment(flags: string, seq: number, ack: number | null, len = 0): Segment {
  return {
    id: 99,
    src: C_END,
    dst: S_END,
    flags: parseFlags(flags)!,
    seq,
    ack,
    len,
    window: 64240,
    options: null,
    retransmitOf: null,
    why: 'data',
    spoofed: false,
    ipId: 0,
    sentAt: 0,
  };
}

const LINUX = defaultSettings('linux');

function arrive(t: Tcb, seg: Segment): Effects {
  const fx = newEffects();
  segmentArrives(t, seg, LINUX, 1_000_000, fx);
  return fx;
}

function out(fx: Effects): string[] {
  return fx.send.map((s) => `${flagsToString(s.flags)} ${s.seq}/${s.ack ?? '-'}`);
}

function moves(fx: Effects): string[] {
  return fx.transitions.map((tr) => `${tr.from}>${tr.to}`);
}

// =============================================================================================

describe('CLOSED (§3.10.1, §3.10.7.1)', () => {
  it('goes CLOSED -> LISTEN on a passive OPEN (listen)', () => {
    const { trace } = run([LISTEN], { until: 1 });
    const e = trace.filter(isState)[0]!;
    expect([e.socket, e.from, e.to, e.why]).toEqual([`${SERVER}>*`, 'CLOSED', 'LISTEN', 'listen']);
  });

  it('goes CLOSED -> SYN_SENT on an active OPEN and sends <SEQ=ISS><CTL=SYN>', () => {
    const { trace } = run([LISTEN, CONNECT], { until: 0.12 });
    expect(transitions(trace, 'client')).toEqual(['CLOSED>SYN_SENT']);
    expect(sentBy(trace, 'client').map(wire)).toEqual(['SYN 100/-']);
  });

  it('answers a SYN to a closed port with <SEQ=0><ACK=ISN+1><CTL=RST,ACK>: connect() is refused', () => {
    const { trace } = run([{ ...CONNECT, to: 'server:8080' }]);
    const rst = sentBy(trace, 'server');
    expect(rst.map(wire)).toEqual(['RST,ACK 0/101']);
    expect(rst[0]!.why).toBe('rst-no-listener');
    expect(transitions(trace, 'client')).toEqual(['CLOSED>SYN_SENT', 'SYN_SENT>CLOSED']);
    expect(calls(trace, 'client')).toEqual(['connect=ECONNREFUSED']);
  });

  it('answers an ACK-bearing segment to a closed port with <SEQ=SEG.ACK><CTL=RST>', () => {
    // The server's socket and listener go away silently (its RST is lost); the client then sends.
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 0, do: 'drop', match: { from: 'server', flags: 'RST,ACK' } },
      { at: 0.5, do: 'close', host: 'server', socket: 'web' },
      { at: 1, do: 'abort', host: 'server', socket: 'web#1' },
      { at: 2, do: 'send', host: 'client', socket: 'c1', bytes: 10 },
    ]);
    const data = sentBy(trace, 'client').find((e) => e.len === 10)!;
    expect(wire(data)).toBe('PSH,ACK 101/301');
    const reply = sentBy(trace, 'server').filter((e) => e.t >= 2);
    expect(reply.map(wire)).toEqual(['RST 301/-']);
    expect(transitions(trace, 'client').at(-1)).toBe('ESTABLISHED>CLOSED');
  });

  it('answers a SYN-ACK arriving at a closed port with <SEQ=SEG.ACK><CTL=RST>', () => {
    // The client gives up (abort in SYN_SENT, no segment) before the SYN-ACK arrives.
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 0.17, do: 'abort', host: 'client', socket: 'c1' },
    ]);
    expect(sentBy(trace, 'client').map(wire)).toEqual(['SYN 100/-', 'RST 101/-']);
  });

  it('discards a RST that arrives at a closed port, sending nothing back', () => {
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 0, do: 'drop', match: { from: 'server', flags: 'RST,ACK' } },
      { at: 0.5, do: 'close', host: 'server', socket: 'web' },
      { at: 1, do: 'abort', host: 'server', socket: 'web#1' },
      { at: 2, do: 'abort', host: 'client', socket: 'c1' },
    ]);
    expect(
      sentBy(trace, 'client')
        .filter((e) => e.t >= 2)
        .map(wire),
    ).toEqual(['RST,ACK 101/301']);
    expect(sentBy(trace, 'server').filter((e) => e.t >= 2)).toEqual([]);
  });

  it('fails SEND on a connection that was reset (no connection exists)', () => {
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 1, do: 'abort', host: 'server', socket: 'web#1' },
      { at: 2, do: 'send', host: 'client', socket: 'c1', bytes: 10 },
    ]);
    expect(calls(trace, 'client')).toEqual(['connect=ok', 'recv=ECONNRESET', 'send=EPIPE']);
    expect(sentBy(trace, 'client').filter((e) => e.t >= 2)).toEqual([]);
  });

  it('fails calls on a socket the application already released (EBADF)', () => {
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 1, do: 'abort', host: 'client', socket: 'c1' },
      { at: 2, do: 'close', host: 'client', socket: 'c1' },
    ]);
    expect(calls(trace, 'client')).toEqual(['connect=ok', 'abort=ok', 'close=EBADF']);
  });
});

describe('LISTEN (§3.10.7.2)', () => {
  it('answers a SYN with <SEQ=ISS><ACK=SEG.SEQ+1><CTL=SYN,ACK> and a request in SYN_RECEIVED', () => {
    const { trace } = run([LISTEN, CONNECT], { until: 0.16 });
    expect(sentBy(trace, 'server').map(wire)).toEqual(['SYN,ACK 300/101']);
    const e = stateEvents(trace, 'server').at(-1)!;
    expect([e.socket, e.from, e.to, e.why]).toEqual([
      `${SERVER}>${CLIENT}`,
      'LISTEN',
      'SYN_RECEIVED',
      'rcv-syn',
    ]);
  });

  it('answers an ACK-bearing segment with <SEQ=SEG.ACK><CTL=RST> and stays LISTEN', () => {
    const { sim, trace } = run([
      LISTEN,
      CONNECT,
      { at: 0, do: 'drop', match: { from: 'server', flags: 'RST,ACK' } },
      { at: 1, do: 'abort', host: 'server', socket: 'web#1' },
      { at: 2, do: 'send', host: 'client', socket: 'c1', bytes: 10 },
    ]);
    expect(
      sentBy(trace, 'server')
        .filter((e) => e.t >= 2)
        .map(wire),
    ).toEqual(['RST 301/-']);
    expect(stateOf(sim, 'server', `${SERVER}>*`)).toBe('LISTEN');
  });

  it('answers a SYN,ACK (ACK-bearing) with <SEQ=SEG.ACK><CTL=RST> (§3.10.7.2; Linux ref §2.6)', () => {
    // The client gives up on c1 (SYN_SENT, no segment) and listens on its port: the server's
    // SYN,ACK then reaches a LISTEN socket.
    const { trace } = run(
      [
        LISTEN,
        CONNECT,
        { at: 0.12, do: 'abort', host: 'client', socket: 'c1' },
        { at: 0.13, do: 'listen', host: 'client', port: 40000, as: 'cl' },
      ],
      { until: 0.5 },
    );
    expect(sentBy(trace, 'client').map(wire)).toEqual(['SYN 100/-', 'RST 101/-']);
    // The server's request is reset by it (it is in window: SEQ = RCV.NXT).
    expect(stateEvents(trace, 'server').at(-1)).toMatchObject({
      from: 'SYN_RECEIVED',
      to: 'CLOSED',
      why: 'rcv-rst',
    });
  });

  it('ignores a RST: nothing is sent and the listener stays LISTEN', () => {
    const { sim, trace } = run([
      LISTEN,
      CONNECT,
      { at: 0, do: 'drop', match: { from: 'server', flags: 'RST,ACK' } },
      { at: 1, do: 'abort', host: 'server', socket: 'web#1' },
      { at: 2, do: 'abort', host: 'client', socket: 'c1' },
    ]);
    expect(
      sentBy(trace, 'client')
        .filter((e) => e.t >= 2)
        .map(wire),
    ).toEqual(['RST,ACK 101/301']);
    expect(sentBy(trace, 'server').filter((e) => e.t >= 2)).toEqual([]);
    expect(stateEvents(trace, 'server').filter((e) => e.t >= 2)).toEqual([]);
    expect(stateOf(sim, 'server', `${SERVER}>*`)).toBe('LISTEN');
  });

  it('goes LISTEN -> CLOSED on CLOSE, and a later SYN finds a closed port', () => {
    const { trace } = run([
      LISTEN,
      { at: 0.05, do: 'close', host: 'server', socket: 'web' },
      CONNECT,
    ]);
    const e = stateEvents(trace, 'server')[1]!;
    expect([e.from, e.to, e.why]).toEqual(['LISTEN', 'CLOSED', 'close']);
    expect(sentBy(trace, 'server').map(wire)).toEqual(['RST,ACK 0/101']);
  });

  it('goes LISTEN -> CLOSED on ABORT', () => {
    const { trace } = run([LISTEN, { at: 0.05, do: 'abort', host: 'server', socket: 'web' }]);
    expect(stateEvents(trace, 'server').map((e) => `${e.from}>${e.to}`)).toEqual([
      'CLOSED>LISTEN',
      'LISTEN>CLOSED',
    ]);
  });
});

describe('SYN-SENT (§3.10.7.3)', () => {
  it('goes ESTABLISHED on an acceptable SYN,ACK and sends <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', () => {
    const { trace } = run([LISTEN, CONNECT], { until: 1 });
    expect(transitions(trace, 'client')).toEqual(['CLOSED>SYN_SENT', 'SYN_SENT>ESTABLISHED']);
    expect(sentBy(trace, 'client').map(wire)).toEqual(['SYN 100/-', 'ACK 101/301']);
    expect(calls(trace, 'client')).toEqual(['connect=ok']);
  });

  it('goes CLOSED on a RST whose ACK acknowledges the SYN (ECONNREFUSED)', () => {
    const { sim } = run([{ ...CONNECT, to: 'server:8080' }]);
    expect(sim.snapshot().hosts[0]!.sockets).toEqual([]);
  });

  it('queues SEND until ESTABLISHED, then sends the data from ISS+1', () => {
    const { trace } = run([
      LISTEN,
      { at: 0, do: 'drop', match: { from: 'client', flags: 'SYN' } },
      CONNECT,
      { at: 0.5, do: 'send', host: 'client', socket: 'c1', bytes: 10 },
    ]);
    const client = sentBy(trace, 'client');
    expect(client.filter((e) => e.t < 1.1)).toHaveLength(1); // only the lost SYN before its retry
    const data = client.find((e) => e.len > 0)!;
    expect(wire(data)).toBe('PSH,ACK 101/301');
    expect(data.t).toBe(1.2); // right after the retransmitted SYN's SYN,ACK
    expect(calls(trace, 'client')).toEqual(['send=ok', 'connect=ok']);
  });

  it('goes CLOSED on CLOSE without sending anything', () => {
    const { trace } = run([
      LISTEN,
      { at: 0, do: 'drop', match: { from: 'client', flags: 'SYN' } },
      CONNECT,
      { at: 0.5, do: 'close', host: 'client', socket: 'c1' },
    ]);
    expect(transitions(trace, 'client')).toEqual(['CLOSED>SYN_SENT', 'SYN_SENT>CLOSED']);
    expect(sentBy(trace, 'client').map(wire)).toEqual(['SYN 100/-']);
  });

  it('goes CLOSED on ABORT without sending anything', () => {
    const { trace } = run([
      LISTEN,
      { at: 0, do: 'drop', match: { from: 'client', flags: 'SYN' } },
      CONNECT,
      { at: 0.5, do: 'abort', host: 'client', socket: 'c1' },
    ]);
    expect(transitions(trace, 'client')).toEqual(['CLOSED>SYN_SENT', 'SYN_SENT>CLOSED']);
    expect(sentBy(trace, 'client').map(wire)).toEqual(['SYN 100/-']);
  });

  describe('unit: one SYN_SENT socket (ISS 300)', () => {
    const synSent = () =>
      tcb('SYN_SENT', { sndUna: 300, sndNxt: 301, irs: null, rcvNxt: 0, writeSeq: 301 });

    it('answers an ACK that acknowledges nothing we sent (SEG.ACK =< ISS) with <SEQ=SEG.ACK><CTL=RST>', () => {
      const t = synSent();
      const fx = arrive(t, segment('ACK', 5000, 300));
      expect(out(fx)).toEqual(['RST 300/-']);
      expect(t.state).toBe('SYN_SENT');
    });

    it('answers an ACK beyond SND.NXT with <SEQ=SEG.ACK><CTL=RST> and stays SYN_SENT', () => {
      const t = synSent();
      const fx = arrive(t, segment('SYN,ACK', 5000, 999));
      expect(out(fx)).toEqual(['RST 999/-']);
      expect(moves(fx)).toEqual([]);
    });

    it('drops a RST whose ACK is unacceptable', () => {
      const t = synSent();
      const fx = arrive(t, segment('RST,ACK', 0, 999));
      expect(out(fx)).toEqual([]);
      expect(t.state).toBe('SYN_SENT');
    });

    it('drops a RST without ACK', () => {
      const t = synSent();
      const fx = arrive(t, segment('RST', 0, null));
      expect(out(fx)).toEqual([]);
      expect(t.state).toBe('SYN_SENT');
    });

    it('drops a segment with an acceptable ACK but neither SYN nor RST', () => {
      const t = synSent();
      const fx = arrive(t, segment('ACK', 5000, 301));
      expect(out(fx)).toEqual([]);
      expect(moves(fx)).toEqual([]);
    });

    it('goes SYN_RECEIVED on a SYN without ACK and sends <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>', () => {
      const t = synSent();
      const fx = arrive(t, segment('SYN', 5000, null));
      expect(moves(fx)).toEqual(['SYN_SENT>SYN_RECEIVED']);
      expect(out(fx)).toEqual(['SYN,ACK 300/5001']);
    });

    it('refuses the connection on a RST that acknowledges the SYN', () => {
      const t = synSent();
      const fx = arrive(t, segment('RST,ACK', 0, 301));
      expect(moves(fx)).toEqual(['SYN_SENT>CLOSED']);
      expect(t.error).toBe('ECONNREFUSED');
    });
  });
});

describe('SYN-RECEIVED (§3.10.7.4)', () => {
  /** Simultaneous open (Figure 7): both ends are in SYN_RECEIVED from 0.15 s to 0.2 s. */
  const SIMULTANEOUS: Step[] = [
    { at: 0.1, do: 'connect', host: 'client', to: 'server:5001', port: 5000, as: 'a' },
    { at: 0.1, do: 'connect', host: 'server', to: 'client:5000', port: 5001, as: 'b' },
  ];

  it('goes ESTABLISHED on an acceptable ACK (the final ACK of the handshake)', () => {
    const { trace } = run([LISTEN, CONNECT], { until: 1 });
    expect(transitions(trace, 'server')).toEqual([
      'LISTEN>SYN_RECEIVED',
      'SYN_RECEIVED>ESTABLISHED',
    ]);
  });

  it('queues SEND until ESTABLISHED (active SYN_RECEIVED)', () => {
    const { trace } = run(
      [...SIMULTANEOUS, { at: 0.17, do: 'send', host: 'client', socket: 'a', bytes: 10 }],
      {
        until: 1,
      },
    );
    const data = sentBy(trace, 'client').find((e) => e.len > 0)!;
    expect([data.t, wire(data)]).toEqual([0.2, 'PSH,ACK 101/301']);
  });

  it('goes FIN_WAIT_1 on CLOSE and sends a FIN (active SYN_RECEIVED)', () => {
    const { trace } = run([
      ...SIMULTANEOUS,
      { at: 0.17, do: 'close', host: 'client', socket: 'a' },
    ]);
    expect(transitions(trace, 'client').slice(0, 3)).toEqual([
      'CLOSED>SYN_SENT',
      'SYN_SENT>SYN_RECEIVED',
      'SYN_RECEIVED>FIN_WAIT_1',
    ]);
    const fin = sentBy(trace, 'client').find((e) => e.t === 0.17)!;
    expect(wire(fin)).toBe('FIN,ACK 101/301');
  });

  it('sends <SEQ=SND.NXT><CTL=RST> on ABORT (active SYN_RECEIVED)', () => {
    const { trace } = run([
      ...SIMULTANEOUS,
      { at: 0.17, do: 'abort', host: 'client', socket: 'a' },
    ]);
    const rst = sentBy(trace, 'client').find((e) => e.t === 0.17)!;
    expect(rst.flags).toContain('RST');
    expect(rst.seq).toBe(101);
    expect(transitions(trace, 'client').at(-1)).toBe('SYN_RECEIVED>CLOSED');
  });

  it('removes a passive request on a valid RST; the listener stays LISTEN (Linux, ref §2.4)', () => {
    // The client aborts in SYN_SENT; its closed port answers the SYN-ACK with RST 101.
    const { sim, trace } = run([
      LISTEN,
      CONNECT,
      { at: 0.17, do: 'abort', host: 'client', socket: 'c1' },
    ]);
    const e = stateEvents(trace, 'server').at(-1)!;
    expect([e.socket, e.from, e.to, e.why, e.t]).toEqual([
      `${SERVER}>${CLIENT}`,
      'SYN_RECEIVED',
      'CLOSED',
      'rcv-rst',
      0.25,
    ]);
    expect(stateOf(sim, 'server', `${SERVER}>*`)).toBe('LISTEN');
    expect(sim.snapshot().hosts[1]!.sockets[0]!.listener!.synQueue).toBe(0);
    // No more SYN-ACK retransmissions for the removed request.
    expect(sentBy(trace, 'server').map(wire)).toEqual(['SYN,ACK 300/101']);
  });

  it('resets a passive request on a new in-window SYN from the same 4-tuple (RFC: back to LISTEN; Linux tcp_check_req embryonic_reset)', () => {
    // ref §1.2 "SYN-RECEIVED | SYN, passive-open origin | return to LISTEN"; ref §2.4 "RST or
    // in-window SYN -> embryonic_reset: send RST ..., drop the request; listener stays LISTEN".
    const { trace } = run(
      [
        LISTEN,
        { at: 0, do: 'drop', match: { from: 'server', flags: 'SYN,ACK', count: 100 } },
        CONNECT,
        { at: 0.5, do: 'abort', host: 'client', socket: 'c1' },
        { at: 0.6, do: 'set', settings: { isn: { client: 5000 } } },
        { ...CONNECT, at: 0.7, as: 'c2' },
      ],
      { until: 0.8 },
    );
    // The SYN with SEQ=5000 reaches the request (IRS 100) at 0.75 s.
    const reply = sentBy(trace, 'server').filter((e) => e.t === 0.75);
    expect(reply.map((e) => e.flags)).toEqual(['RST,ACK']);
    expect(reply[0]!.ack).toBe(5001);
    const left = stateEvents(trace, 'server').filter((e) => e.t === 0.75);
    expect(left.map((e) => e.from)).toEqual(['SYN_RECEIVED']);
  });

  it('goes CLOSE_WAIT when the final ACK carries a FIN (via ESTABLISHED)', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      { at: 0, do: 'drop', match: { from: 'client', flags: 'ACK', nth: 1 } },
      CONNECT,
      { at: 0.21, do: 'close', host: 'client', socket: 'c1' },
    ]);
    expect(transitions(trace, 'server')).toEqual([
      'LISTEN>SYN_RECEIVED',
      'SYN_RECEIVED>ESTABLISHED',
      'ESTABLISHED>CLOSE_WAIT',
    ]);
    expect(sentBy(trace, 'server').map(wire)).toEqual(['SYN,ACK 300/101', 'ACK 301/102']);
  });

  describe('unit: one active SYN_RECEIVED socket (ISS 300, IRS 100, SYN not yet acked)', () => {
    const synRcvd = () => tcb('SYN_RECEIVED', { sndUna: 300 });

    it('answers an unacceptable segment with <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', () => {
      const t = synRcvd();
      const fx = arrive(t, segment('ACK', 90_000, 301, 10));
      expect(out(fx)).toEqual(['ACK 301/101']);
      expect(t.state).toBe('SYN_RECEIVED');
    });

    it('answers an unacceptable ACK with <SEQ=SEG.ACK><CTL=RST>', () => {
      const t = synRcvd();
      const fx = arrive(t, segment('ACK', 101, 777));
      expect(out(fx)).toEqual(['RST 777/-']);
      expect(t.state).toBe('SYN_RECEIVED');
    });

    it('drops a segment with the ACK bit off', () => {
      const t = synRcvd();
      const fx = arrive(t, segment('PSH', 101, null, 5));
      expect(out(fx)).toEqual([]);
      expect(t.state).toBe('SYN_RECEIVED');
    });

    it('goes CLOSED on a valid RST (active OPEN origin)', () => {
      const t = synRcvd();
      const fx = arrive(t, segment('RST', 101, null));
      expect(moves(fx)).toEqual(['SYN_RECEIVED>CLOSED']);
    });

    it('queues SEND without sending anything', () => {
      const t = synRcvd();
      const fx = newEffects();
      expect(send(t, 10, LINUX, fx)).toBe('ok');
      expect(fx.send).toEqual([]);
      expect(t.writeSeq).toBe(311);
    });
  });
});

describe('ESTABLISHED (§3.10.7.4)', () => {
  it('sends data with SEQ advancing by the length and ACK=RCV.NXT, and the peer ACKs it', () => {
    // Linux 6.18, replayed by npm run kernel (half-close): with timestamps a full segment is
    // 1460 − 12 = 1448 bytes; a 3000-byte write leaves as ACK, PSH,ACK, PSH,ACK; the first ACKs
    // of a connection go at once (quick-ACK mode).
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 3000 },
    ]);
    expect(
      sentBy(trace, 'client')
        .slice(2)
        .map((e) => `${wire(e)} len=${e.len}`),
    ).toEqual(['ACK 101/301 len=1448', 'PSH,ACK 1549/301 len=1448', 'PSH,ACK 2997/301 len=104']);
    expect(sentBy(trace, 'server').slice(1).map(wire)).toEqual([
      'ACK 301/1549',
      'ACK 301/2997',
      'ACK 301/3101',
    ]);
  });

  it('RFC 9293 profile: the same 1448-byte segments (§3.7.1: the MSS counts no options), PSH only on the last', () => {
    const { trace } = run(
      [LISTEN, CONNECT, { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 3000 }],
      { profile: 'rfc9293' },
    );
    expect(
      sentBy(trace, 'client')
        .slice(2)
        .map((e) => `${wire(e)} len=${e.len}`),
    ).toEqual(['ACK 101/301 len=1448', 'ACK 1549/301 len=1448', 'PSH,ACK 2997/301 len=104']);
  });

  it('goes FIN_WAIT_1 on CLOSE and sends the FIN after the queued data', () => {
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 100 },
      { at: 1, do: 'close', host: 'client', socket: 'c1' },
    ]);
    expect(
      sentBy(trace, 'client')
        .filter((e) => e.t === 1)
        .map(wire),
    ).toEqual(['PSH,ACK 101/301', 'FIN,ACK 201/301']);
    expect(transitions(trace, 'client')).toContain('ESTABLISHED>FIN_WAIT_1');
  });

  it('sends <SEQ=SND.NXT><CTL=RST> on ABORT and goes CLOSED with no TIME_WAIT; the peer is reset', () => {
    const { trace } = run([LISTEN, CONNECT, { at: 1, do: 'abort', host: 'client', socket: 'c1' }]);
    const rst = sentBy(trace, 'client').at(-1)!;
    expect([rst.flags, rst.seq, rst.why]).toEqual(['RST,ACK', 101, 'rst-abort']);
    expect(transitions(trace, 'client')).toEqual([
      'CLOSED>SYN_SENT',
      'SYN_SENT>ESTABLISHED',
      'ESTABLISHED>CLOSED',
    ]);
    expect(transitions(trace, 'server').at(-1)).toBe('ESTABLISHED>CLOSED');
    expect(calls(trace, 'server')).toContain('recv=ECONNRESET');
  });

  it('goes CLOSE_WAIT on a FIN and ACKs it with ACK=FIN+1', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'close', host: 'client', socket: 'c1' },
    ]);
    expect(transitions(trace, 'server').at(-1)).toBe('ESTABLISHED>CLOSE_WAIT');
    expect(sentBy(trace, 'server').at(-1)!.ack).toBe(102);
    expect(calls(trace, 'server')).toEqual(['listen=ok', 'accept=ok', 'recv=EOF']);
  });

  it('re-ACKs a retransmitted data segment whose ACK was lost', () => {
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 0, do: 'drop', match: { from: 'server', flags: 'ACK', nth: 1 } },
      { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 100 },
    ]);
    const client = sentBy(trace, 'client').filter((e) => e.len === 100);
    expect(client.map((e) => e.retransmit)).toEqual([false, true]);
    expect(sentBy(trace, 'server').slice(1).map(wire)).toEqual(['ACK 301/201', 'ACK 301/201']);
  });

  it('discovers a half-open connection (Figure 9): SYN -> challenge ACK -> RST -> CLOSED, then the retry connects', () => {
    // The client crashes (its RST is lost) and reconnects from the same port with ISN 5000.
    const { trace } = run(
      [
        LISTEN,
        CONNECT,
        { at: 0, do: 'drop', match: { from: 'client', flags: 'RST,ACK' } },
        { at: 1, do: 'abort', host: 'client', socket: 'c1' },
        { at: 1.5, do: 'set', settings: { isn: { client: 5000 } } },
        { ...CONNECT, at: 2, as: 'c2' },
      ],
      { until: 10 },
    );
    const after = trace.filter(isSend).filter((e) => e.t >= 2 && e.t < 3);
    expect(after.map((e) => `${e.from === CLIENT ? 'C' : 'S'} ${wire(e)} ${e.why}`)).toEqual([
      'C SYN 5000/- connect',
      'S ACK 301/101 challenge-ack',
      'C RST 101/- rst-bad-ack',
    ]);
    expect(stateEvents(trace, 'server').find((e) => e.to === 'CLOSED')).toMatchObject({
      t: 2.15,
      from: 'ESTABLISHED',
      why: 'rcv-rst',
    });
    expect(transitions(trace, 'client').at(-1)).toBe('SYN_SENT>ESTABLISHED');
  });

  describe('unit: one ESTABLISHED socket (SND.NXT 301, RCV.NXT 101)', () => {
    it('goes CLOSED on a RST with SEQ = RCV.NXT (ECONNRESET)', () => {
      const t = tcb('ESTABLISHED');
      const fx = arrive(t, segment('RST', 101, null));
      expect(moves(fx)).toEqual(['ESTABLISHED>CLOSED']);
      expect(out(fx)).toEqual([]);
      expect(t.error).toBe('ECONNRESET');
    });

    it('answers an in-window RST with SEQ != RCV.NXT with a challenge ACK and stays ESTABLISHED', () => {
      const t = tcb('ESTABLISHED');
      const fx = arrive(t, segment('RST', 1101, null));
      expect(out(fx)).toEqual(['ACK 301/101']);
      expect(fx.send[0]!.why).toBe('challenge-ack');
      expect(t.state).toBe('ESTABLISHED');
    });

    it('silently drops a RST outside the window', () => {
      const t = tcb('ESTABLISHED');
      const fx = arrive(t, segment('RST', 101 + 200_000, null));
      expect(out(fx)).toEqual([]);
      expect(t.state).toBe('ESTABLISHED');
    });

    it('answers a SYN with a challenge ACK, whatever its sequence number', () => {
      for (const seq of [101, 5000, 4_000_000_000]) {
        const t = tcb('ESTABLISHED');
        const fx = arrive(t, segment('SYN', seq, null));
        expect(out(fx)).toEqual(['ACK 301/101']);
        expect(t.state).toBe('ESTABLISHED');
      }
    });

    it('answers an unacceptable (old) segment with <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', () => {
      const t = tcb('ESTABLISHED', { rcvNxt: 201 });
      const fx = arrive(t, segment('ACK', 101, 301, 50));
      expect(out(fx)).toEqual(['ACK 301/201']);
      expect(t.unread).toBe(0);
    });

    it('answers an ACK of something not yet sent (SEG.ACK > SND.NXT) with an ACK and drops it', () => {
      const t = tcb('ESTABLISHED');
      const fx = arrive(t, segment('ACK', 101, 900));
      expect(out(fx)).toEqual(['ACK 301/101']);
      expect(t.sndUna).toBe(301);
    });

    it('ignores a duplicate ACK (SEG.ACK =< SND.UNA)', () => {
      const t = tcb('ESTABLISHED', { sndUna: 351, sndNxt: 351, writeSeq: 351, dataEnd: 351 });
      const fx = arrive(t, segment('ACK', 101, 320));
      expect(out(fx)).toEqual([]);
      expect(moves(fx)).toEqual([]);
      expect(t.sndUna).toBe(351);
    });

    it('delivers in-order data and ACKs it', () => {
      const t = tcb('ESTABLISHED');
      const fx = arrive(t, segment('PSH,ACK', 101, 301, 10));
      expect(out(fx)).toEqual(['ACK 301/111']);
      expect(t.unread).toBe(10);
      expect(fx.notices).toContainEqual({ kind: 'data', bytes: 10 });
    });
  });
});

describe('FIN-WAIT-1 (§3.10.7.4)', () => {
  it('goes FIN_WAIT_2 on the ACK of its FIN', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'close', host: 'client', socket: 'c1' },
    ]);
    // Linux holds the ACK of a FIN for one tick (4 ms at HZ=250) when no data came before:
    // measured 1–6 ms on 6.18 (npm run kernel, close-wait-leak).
    expect(stateEvents(trace, 'client').find((e) => e.from === 'FIN_WAIT_1')).toMatchObject({
      to: 'FIN_WAIT_2',
      why: 'rcv-ack-of-fin',
      t: 1.104,
    });
  });

  it('RFC 9293 profile: the ACK of the FIN comes at once, FIN_WAIT_2 one round trip after CLOSE', () => {
    const { trace } = run(
      [
        LISTEN,
        SERVER_KEEPS_CLOSE_WAIT,
        CONNECT,
        { at: 1, do: 'close', host: 'client', socket: 'c1' },
      ],
      { profile: 'rfc9293' },
    );
    expect(stateEvents(trace, 'client').find((e) => e.from === 'FIN_WAIT_1')).toMatchObject({
      to: 'FIN_WAIT_2',
      t: 1.1,
    });
  });

  it('goes straight to TIME_WAIT when the peer FIN also acknowledges our FIN (Figure 5 note 2)', () => {
    // The server's pure ACK of our FIN is lost; its FIN,ACK acknowledges our FIN and carries its own.
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 0, do: 'drop', match: { from: 'server', flags: 'ACK', nth: 1 } },
      { at: 2, do: 'close', host: 'client', socket: 'c1' },
    ]);
    const fin = sentBy(trace, 'server').find((e) => e.flags === 'FIN,ACK')!;
    expect(wire(fin)).toBe('FIN,ACK 301/102');
    expect(transitions(trace, 'client')).toEqual([
      'CLOSED>SYN_SENT',
      'SYN_SENT>ESTABLISHED',
      'ESTABLISHED>FIN_WAIT_1',
      'FIN_WAIT_1>TIME_WAIT',
      'TIME_WAIT>CLOSED',
    ]);
    expect(stateEvents(trace, 'client')[3]!.why).toBe('rcv-fin-ack');
    expect(sentBy(trace, 'client').at(-1)!.ack).toBe(302);
  });

  it('goes CLOSING on a FIN that does not acknowledge our FIN (simultaneous close, Figure 13)', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'close', host: 'client', socket: 'c1' },
      { at: 1, do: 'close', host: 'server', socket: 'web#1' },
    ]);
    for (const host of ['client', 'server'] as const) {
      expect(transitions(trace, host).slice(-4)).toEqual([
        'ESTABLISHED>FIN_WAIT_1',
        'FIN_WAIT_1>CLOSING',
        'CLOSING>TIME_WAIT',
        'TIME_WAIT>CLOSED',
      ]);
    }
  });

  it('refuses SEND after shutdown(SHUT_WR) with EPIPE and sends nothing', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      { at: 0, do: 'drop', match: { from: 'server', flags: 'ACK', nth: 1 } },
      CONNECT,
      { at: 1, do: 'shutdown', host: 'client', socket: 'c1' },
      { at: 1.02, do: 'send', host: 'client', socket: 'c1', bytes: 10 },
    ]);
    expect(calls(trace, 'client')).toContain('send=EPIPE');
    expect(sentBy(trace, 'client').filter((e) => e.len > 0)).toEqual([]);
  });

  it('sends no second FIN when closed again in FIN_WAIT_1', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'shutdown', host: 'client', socket: 'c1' },
      { at: 1.02, do: 'close', host: 'client', socket: 'c1' },
    ]);
    expect(sentBy(trace, 'client').filter((e) => e.flags.includes('FIN'))).toHaveLength(1);
  });

  it('sends a RST on ABORT', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'shutdown', host: 'client', socket: 'c1' },
      { at: 1.02, do: 'abort', host: 'client', socket: 'c1' },
    ]);
    const rst = sentBy(trace, 'client').find((e) => e.t === 1.02)!;
    expect([rst.flags, rst.seq]).toEqual(['RST,ACK', 102]);
    expect(transitions(trace, 'client').at(-1)).toBe('FIN_WAIT_1>CLOSED');
  });

  it('delivers data arriving after shutdown(SHUT_WR) and ACKs it (half-close)', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'shutdown', host: 'client', socket: 'c1' },
      { at: 1, do: 'send', host: 'server', socket: 'web#1', bytes: 10 },
    ]);
    // The data crosses the FIN: it reaches the client in FIN_WAIT_1.
    expect(calls(trace, 'client')).toContain('recv=ok');
    expect(sentBy(trace, 'client').find((e) => e.t === 1.05)!.ack).toBe(311);
  });

  it('sends the rest of the queued data, then the FIN, as ACKs open the window after close()', () => {
    // 100000 bytes are more than the server's 64240-byte window: close() finds most of them
    // still queued (§3.10.4: "after queued SENDs", send FIN).
    const { sim, trace } = run(
      [
        LISTEN,
        CONNECT,
        { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 100_000 },
        { at: 1, do: 'close', host: 'client', socket: 'c1' },
      ],
      { until: 30 },
    );
    const fresh = sentBy(trace, 'client').filter((e) => !e.retransmit);
    expect(fresh.reduce((n, e) => n + e.len, 0)).toBe(100_000);
    const fin = fresh.find((e) => e.flags.includes('FIN'));
    expect(fin?.seq).toBe(101 + 100_000);
    const read = trace
      .filter(isCall)
      .filter((e) => e.host === 'server' && e.call === 'recv')
      .reduce((n, e) => n + (e.bytes ?? 0), 0);
    expect(read).toBe(100_000);
    expect(stateOf(sim, 'client', 'c1')).toBe('TIME_WAIT');
  });

  it('unit: goes CLOSED on a valid RST', () => {
    const t = tcb('FIN_WAIT_1', { sndNxt: 302, finSeq: 301, finQueued: true, writeSeq: 302 });
    const fx = arrive(t, segment('RST', 101, null));
    expect(moves(fx)).toEqual(['FIN_WAIT_1>CLOSED']);
  });
});

describe('FIN-WAIT-2 (§3.10.7.4, Linux ref §2.5)', () => {
  const halfClosed = (extra: Step[]) =>
    run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'shutdown', host: 'client', socket: 'c1' },
      ...extra,
    ]);

  it('goes TIME_WAIT on the peer FIN and ACKs it', () => {
    const { trace } = halfClosed([{ at: 2, do: 'close', host: 'server', socket: 'web#1' }]);
    expect(transitions(trace, 'client').slice(-3)).toEqual([
      'FIN_WAIT_1>FIN_WAIT_2',
      'FIN_WAIT_2>TIME_WAIT',
      'TIME_WAIT>CLOSED',
    ]);
    expect(wire(sentBy(trace, 'client').at(-1)!)).toBe('ACK 102/302');
  });

  it('delivers data while half-closed (not orphaned) and ACKs it', () => {
    const { trace } = halfClosed([
      { at: 2, do: 'send', host: 'server', socket: 'web#1', bytes: 10 },
    ]);
    expect(calls(trace, 'client')).toEqual(['connect=ok', 'shutdown=ok', 'recv=ok']);
    expect(wire(sentBy(trace, 'client').at(-1)!)).toBe('ACK 102/311');
  });

  it('sends a RST on ABORT', () => {
    const { trace } = halfClosed([{ at: 2, do: 'abort', host: 'client', socket: 'c1' }]);
    const rst = sentBy(trace, 'client').at(-1)!;
    expect([rst.flags, rst.seq]).toEqual(['RST,ACK', 102]);
    expect(transitions(trace, 'client').at(-1)).toBe('FIN_WAIT_2>CLOSED');
    expect(transitions(trace, 'server').at(-1)).toBe('CLOSE_WAIT>CLOSED');
  });

  it('has no timeout after shutdown(): a half-closed FIN_WAIT_2 stays for good', () => {
    const { sim, trace } = halfClosed([]);
    expect(stateOf(sim, 'client', 'c1')).toBe('FIN_WAIT_2');
    expect(trace.filter(isState).some((e) => e.why === 'finwait2-timeout')).toBe(false);
  });

  it('times out an orphaned FIN_WAIT_2 after tcp_fin_timeout (60 s) without sending anything', () => {
    const { sim, trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'close', host: 'client', socket: 'c1' },
    ]);
    const end = stateEvents(trace, 'client').at(-1)!;
    // FIN_WAIT_2 from 1.104 (the peer's ACK held one tick, as measured on Linux 6.18), plus 60 s.
    expect([end.from, end.to, end.why, end.t]).toEqual([
      'FIN_WAIT_2',
      'CLOSED',
      'finwait2-timeout',
      61.104,
    ]);
    expect(sentBy(trace, 'client').filter((e) => e.t > 1.104)).toEqual([]);
    expect(stateOf(sim, 'server', 'web#1')).toBe('CLOSE_WAIT');
  });

  it('starts the orphan timeout when close() follows shutdown()', () => {
    const { trace } = halfClosed([{ at: 5, do: 'close', host: 'client', socket: 'c1' }]);
    const end = stateEvents(trace, 'client').at(-1)!;
    expect([end.to, end.why, end.t]).toEqual(['CLOSED', 'finwait2-timeout', 65]);
  });

  it('answers data arriving after close() with <SEQ=SEG.ACK><CTL=RST> and dies (orphan FIN_WAIT2 bucket, ref §2.5/§2.6)', () => {
    const { trace } = run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'close', host: 'client', socket: 'c1' },
      { at: 3, do: 'send', host: 'server', socket: 'web#1', bytes: 10 },
    ]);
    const data = sentBy(trace, 'server').find((e) => e.len === 10)!;
    expect(wire(data)).toBe('PSH,ACK 301/102');
    const rst = sentBy(trace, 'client').at(-1)!;
    // tcp_timewait_state_process returns TCP_TW_RST; tcp_v4_send_reset answers a segment that
    // carries ACK with RST.seq = SEG.ACK and the ACK flag clear.
    expect(wire(rst)).toBe('RST 102/-');
    expect(transitions(trace, 'client').at(-1)).toBe('FIN_WAIT_2>CLOSED');
    expect(transitions(trace, 'server').at(-1)).toBe('CLOSE_WAIT>CLOSED');
    expect(calls(trace, 'server')).toContain('recv=EPIPE'); // reset in CLOSE_WAIT (ref §2.6)
  });

  it('unit: ignores a bare ACK in FIN_WAIT_2', () => {
    const t = tcb('FIN_WAIT_2', { sndUna: 302, sndNxt: 302, finSeq: 301, writeSeq: 302 });
    const fx = arrive(t, segment('ACK', 101, 302));
    expect(out(fx)).toEqual([]);
    expect(moves(fx)).toEqual([]);
  });

  it('unit: goes CLOSED on a valid RST', () => {
    const t = tcb('FIN_WAIT_2', { sndUna: 302, sndNxt: 302, finSeq: 301, writeSeq: 302 });
    const fx = arrive(t, segment('RST', 101, null));
    expect(moves(fx)).toEqual(['FIN_WAIT_2>CLOSED']);
  });
});

describe('CLOSE-WAIT (§3.10.7.4)', () => {
  const closeWait = (extra: Step[]) =>
    run([
      LISTEN,
      SERVER_KEEPS_CLOSE_WAIT,
      CONNECT,
      { at: 1, do: 'shutdown', host: 'client', socket: 'c1' },
      ...extra,
    ]);

  it('still sends data (SEND as in ESTABLISHED)', () => {
    const { trace } = closeWait([
      { at: 2, do: 'send', host: 'server', socket: 'web#1', bytes: 10 },
    ]);
    expect(wire(sentBy(trace, 'server').at(-1)!)).toBe('PSH,ACK 301/102');
  });

  it('goes LAST_ACK on CLOSE and sends its FIN after the queued data; CLOSED on the ACK of the FIN', () => {
    const { trace } = closeWait([
      { at: 2, do: 'send', host: 'server', socket: 'web#1', bytes: 10 },
      { at: 2, do: 'close', host: 'server', socket: 'web#1' },
    ]);
    expect(
      sentBy(trace, 'server')
        .filter((e) => e.t === 2)
        .map(wire),
    ).toEqual(['PSH,ACK 301/102', 'FIN,ACK 311/102']);
    expect(transitions(trace, 'server').slice(-2)).toEqual([
      'CLOSE_WAIT>LAST_ACK',
      'LAST_ACK>CLOSED',
    ]);
    expect(stateEvents(trace, 'server').at(-1)!.why).toBe('rcv-ack-of-fin');
  });

  it('sends a RST on ABORT', () => {
    const { trace } = closeWait([{ at: 2, do: 'abort', host: 'server', socket: 'web#1' }]);
    expect(wire(sentBy(trace, 'server').at(-1)!)).toBe('RST,ACK 301/102');
    expect(transitions(trace, 'server').at(-1)).toBe('CLOSE_WAIT>CLOSED');
    expect(transitions(trace, 'client').at(-1)).toBe('FIN_WAIT_2>CLOSED');
  });

  it('ACKs a retransmitted FIN and remains in CLOSE_WAIT', () => {
    // The server's ACK of the FIN is lost, so the client retransmits its FIN at 1.3 s.
    const { sim, trace } = run(
      [
        LISTEN,
        SERVER_KEEPS_CLOSE_WAIT,
        CONNECT,
        { at: 0, do: 'drop', match: { from: 'server', flags: 'ACK', nth: 1 } },
        { at: 1, do: 'close', host: 'client', socket: 'c1' },
      ],
      { until: 5 },
    );
    const again = sentBy(trace, 'client').find((e) => e.retransmit)!;
    expect([again.t, wire(again)]).toEqual([1.3, 'FIN,ACK 101/301']);
    const reply = sentBy(trace, 'server').filter((e) => e.t === 1.35);
    expect(reply.map(wire)).toEqual(['ACK 301/102']);
    expect(stateOf(sim, 'server', 'web#1')).toBe('CLOSE_WAIT');
    expect(stateOf(sim, 'client', 'c1')).toBe('FIN_WAIT_2');
  });

  it('sends the rest of the queued data, then the FIN, as ACKs open the window after close() (LAST_ACK)', () => {
    const { trace } = closeWait([
      { at: 2, do: 'send', host: 'server', socket: 'web#1', bytes: 100_000 },
      { at: 2, do: 'close', host: 'server', socket: 'web#1' },
    ]);
    const fresh = sentBy(trace, 'server').filter((e) => !e.retransmit);
    expect(fresh.reduce((n, e) => n + e.len, 0)).toBe(100_000);
    expect(fresh.find((e) => e.flags.includes('FIN'))?.seq).toBe(301 + 100_000);
    expect(transitions(trace, 'server').at(-1)).toBe('LAST_ACK>CLOSED');
  });

  it('unit: goes CLOSED on a valid RST with EPIPE (Linux tcp_reset, ref §2.6)', () => {
    const t = tcb('CLOSE_WAIT', { rcvNxt: 102, finReceived: true });
    const fx = arrive(t, segment('RST', 102, null));
    expect(moves(fx)).toEqual(['CLOSE_WAIT>CLOSED']);
    expect(t.error).toBe('EPIPE');
  });
});

describe('CLOSING (§3.10.7.4)', () => {
  it('ACKs a retransmitted FIN and remains CLOSING until its own FIN is acknowledged', () => {
    // Simultaneous close; the server's FIN and its ACK of the client's FIN are lost, so the
    // server sits in CLOSING when the client's FIN (which does not ACK the server's) comes again.
    const { trace } = run(
      [
        LISTEN,
        SERVER_KEEPS_CLOSE_WAIT,
        CONNECT,
        { at: 0, do: 'drop', match: { from: 'server', flags: 'ACK', nth: 1 } },
        { at: 0, do: 'drop', match: { from: 'server', flags: 'FIN,ACK', nth: 1 } },
        { at: 2, do: 'close', host: 'client', socket: 'c1' },
        { at: 2, do: 'close', host: 'server', socket: 'web#1' },
      ],
      { until: 10 },
    );
    expect(stateEvents(trace, 'server').find((e) => e.to === 'CLOSING')!.t).toBe(2.05);
    const again = sentBy(trace, 'client').find((e) => e.retransmit)!;
    expect([again.t, wire(again)]).toEqual([2.3, 'FIN,ACK 101/301']);
    const reply = sentBy(trace, 'server').filter((e) => e.t === 2.35);
    expect(reply.map(wire)).toEqual(['ACK 302/102']);
  });

  it('unit: goes TIME_WAIT on the ACK of its FIN', () => {
    const t = tcb('CLOSING', {
      sndNxt: 302,
      finSeq: 301,
      writeSeq: 302,
      rcvNxt: 102,
      finReceived: true,
    });
    const fx = arrive(t, segment('ACK', 102, 302));
    expect(moves(fx)).toEqual(['CLOSING>TIME_WAIT']);
    expect(fx.timers).toContainEqual({ kind: 'time-wait', delay: 60_000_000 });
  });

  it('unit: ABORT deletes the TCB without sending a RST', () => {
    const t = tcb('CLOSING', {
      sndNxt: 302,
      finSeq: 301,
      writeSeq: 302,
      rcvNxt: 102,
      finReceived: true,
    });
    const fx = newEffects();
    abort(t, LINUX, fx);
    expect(moves(fx)).toEqual(['CLOSING>CLOSED']);
    expect(fx.send).toEqual([]);
  });

  it('unit: goes CLOSED on a RST', () => {
    const t = tcb('CLOSING', {
      sndNxt: 302,
      finSeq: 301,
      writeSeq: 302,
      rcvNxt: 102,
      finReceived: true,
    });
    const fx = arrive(t, segment('RST', 102, null));
    expect(moves(fx)).toEqual(['CLOSING>CLOSED']);
  });
});

describe('LAST-ACK (§3.10.7.4)', () => {
  it('ACKs a retransmitted FIN and remains LAST_ACK', () => {
    // The server's ACK and FIN are both lost: the client retransmits its FIN (ACK=301, which does
    // not acknowledge the server's FIN) to a server in LAST_ACK.
    const { trace } = run(
      [
        LISTEN,
        CONNECT,
        { at: 0, do: 'drop', match: { from: 'server', flags: 'ACK', nth: 1 } },
        { at: 0, do: 'drop', match: { from: 'server', flags: 'FIN,ACK', nth: 1, count: 3 } },
        { at: 2, do: 'close', host: 'client', socket: 'c1' },
      ],
      { until: 10 },
    );
    expect(stateEvents(trace, 'server').find((e) => e.to === 'LAST_ACK')!.t).toBe(2.05);
    const again = sentBy(trace, 'client').find((e) => e.retransmit)!;
    expect([again.t, wire(again)]).toEqual([2.3, 'FIN,ACK 101/301']);
    const reply = sentBy(trace, 'server').filter((e) => e.t === 2.35 && !e.retransmit);
    expect(reply.map(wire)).toEqual(['ACK 302/102']);
  });

  it('goes CLOSED on the ACK of its FIN', () => {
    const { trace } = run([LISTEN, CONNECT, { at: 2, do: 'close', host: 'client', socket: 'c1' }]);
    const e = stateEvents(trace, 'server').at(-1)!;
    expect([e.from, e.to, e.why, e.t]).toEqual(['LAST_ACK', 'CLOSED', 'rcv-ack-of-fin', 2.15]);
  });

  it('unit: ABORT deletes the TCB without sending a RST', () => {
    const t = tcb('LAST_ACK', {
      sndNxt: 302,
      finSeq: 301,
      writeSeq: 302,
      rcvNxt: 102,
      finReceived: true,
    });
    const fx = newEffects();
    abort(t, LINUX, fx);
    expect(moves(fx)).toEqual(['LAST_ACK>CLOSED']);
    expect(fx.send).toEqual([]);
  });

  it('unit: CLOSE again sends nothing and stays LAST_ACK', () => {
    const t = tcb('LAST_ACK', {
      sndNxt: 302,
      finSeq: 301,
      writeSeq: 302,
      rcvNxt: 102,
      finReceived: true,
    });
    const fx = newEffects();
    close(t, LINUX, fx);
    expect(fx.send).toEqual([]);
    expect(t.state).toBe('LAST_ACK');
    expect(shutdownWrite(t, LINUX, newEffects())).not.toBe('ok');
  });

  it('unit: goes CLOSED on a RST', () => {
    const t = tcb('LAST_ACK', {
      sndNxt: 302,
      finSeq: 301,
      writeSeq: 302,
      rcvNxt: 102,
      finReceived: true,
    });
    const fx = arrive(t, segment('RST', 102, null));
    expect(moves(fx)).toEqual(['LAST_ACK>CLOSED']);
  });
});

describe('TIME-WAIT (§3.10.7.4, §3.10.8; Linux ref §2.5)', () => {
  it('ACKs a retransmitted FIN and restarts the 2MSL timer (lost final ACK)', () => {
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 0, do: 'drop', match: { from: 'client', flags: 'ACK', nth: 2 } },
      { at: 2, do: 'close', host: 'client', socket: 'c1' },
    ]);
    const client = sentBy(trace, 'client').filter((e) => e.t > 2);
    expect(client.map((e) => `${e.t} ${wire(e)} ${e.why}`)).toEqual([
      '2.1 ACK 102/302 ack-fin',
      '2.4 ACK 102/302 timewait-ack',
    ]);
    const end = stateEvents(trace, 'client').at(-1)!;
    expect([end.from, end.to, end.why, end.t]).toEqual([
      'TIME_WAIT',
      'CLOSED',
      'timewait-timeout',
      62.4,
    ]);
  });

  it('goes CLOSED after 2MSL (60 s on Linux)', () => {
    const { trace } = run([LISTEN, CONNECT, { at: 2, do: 'close', host: 'client', socket: 'c1' }]);
    const tw = stateEvents(trace, 'client').filter(
      (e) => e.to === 'TIME_WAIT' || e.from === 'TIME_WAIT',
    );
    expect(tw.map((e) => e.t)).toEqual([2.1, 62.1]);
  });

  it('accepts a new SYN with a higher sequence number, reopening with ISN = old SND.NXT + 65537 (RFC MAY-2, ref §2.5)', () => {
    const { trace } = run(
      [
        LISTEN,
        CONNECT,
        { at: 1, do: 'close', host: 'server', socket: 'web#1' },
        { at: 5, do: 'set', settings: { isn: { client: 9000 } } },
        { ...CONNECT, at: 5, as: 'c2' },
      ],
      { until: 10 },
    );
    expect(
      stateEvents(trace, 'server')
        .filter((e) => e.t === 5.05)
        .map((e) => `${e.from}>${e.to} ${e.why}`),
    ).toEqual(['TIME_WAIT>CLOSED timewait-reuse', 'LISTEN>SYN_RECEIVED rcv-syn']);
    expect(wire(sentBy(trace, 'server').at(-1)!)).toBe(`SYN,ACK ${302 + 65537}/9001`);
    expect(transitions(trace, 'client').at(-1)).toBe('SYN_SENT>ESTABLISHED');
  });

  it('ABORT after shutdown() deletes a TIME_WAIT socket without a segment', () => {
    const { trace } = run([
      LISTEN,
      CONNECT,
      { at: 1, do: 'shutdown', host: 'client', socket: 'c1' },
      { at: 3, do: 'abort', host: 'client', socket: 'c1' },
    ]);
    // The server closes on EOF at once, so its FIN,ACK carries the ACK of our FIN (Linux's
    // three-segment close, measured on 6.18): FIN_WAIT_1 straight to TIME_WAIT.
    expect(transitions(trace, 'client').slice(-2)).toEqual([
      'FIN_WAIT_1>TIME_WAIT',
      'TIME_WAIT>CLOSED',
    ]);
    expect(stateEvents(trace, 'client').at(-1)!.t).toBe(3);
    expect(sentBy(trace, 'client').filter((e) => e.t >= 3)).toEqual([]);
  });

  it('unit: goes CLOSED on a RST with SEQ = RCV.NXT (tcp_rfc1337 = 0)', () => {
    const t = tcb('TIME_WAIT', { sndNxt: 302, sndUna: 302, rcvNxt: 102, finReceived: true });
    const fx = arrive(t, segment('RST', 102, null));
    expect(moves(fx)).toEqual(['TIME_WAIT>CLOSED']);
    expect(out(fx)).toEqual([]);
  });

  it('unit: re-ACKs a retransmitted FIN with <SEQ=SND.NXT><ACK=RCV.NXT> and restarts the timer', () => {
    const t = tcb('TIME_WAIT', { sndNxt: 302, sndUna: 302, rcvNxt: 102, finReceived: true });
    const fx = arrive(t, segment('FIN,ACK', 101, 302));
    expect(out(fx)).toEqual(['ACK 302/102']);
    expect(fx.timers).toEqual([{ kind: 'time-wait', delay: 60_000_000 }]);
    expect(t.state).toBe('TIME_WAIT');
  });
});

describe('Linux close path and resets (ref §2.5, §2.6)', () => {
  it('sends a RST instead of a FIN when close() leaves unread data (RFC 2525 §2.17)', () => {
    const { trace } = run([
      LISTEN,
      { at: 0, do: 'app', host: 'server', read: false },
      CONNECT,
      { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 100 },
      { at: 2, do: 'close', host: 'server', socket: 'web#1' },
    ]);
    const rst = sentBy(trace, 'server').at(-1)!;
    expect([rst.t, rst.flags, rst.seq, rst.why]).toEqual([2, 'RST,ACK', 301, 'rst-unread-data']);
    expect(sentBy(trace, 'server').some((e) => e.flags.includes('FIN'))).toBe(false);
    const e = stateEvents(trace, 'server').at(-1)!;
    expect([e.from, e.to, e.why]).toEqual(['ESTABLISHED', 'CLOSED', 'unread-data']);
    expect(calls(trace, 'client')).toContain('recv=ECONNRESET');
  });
});

describe('ephemeral ports and TIME_WAIT (ref §2.7)', () => {
  const SHORT_RANGE = { portRange: [40000, 40001] as [number, number] };

  it('fails connect() with EADDRNOTAVAIL while every port of a tiny range sits in TIME_WAIT, and succeeds after 60 s', () => {
    const { trace } = run(
      [
        LISTEN,
        {
          at: 0.1,
          do: 'connect',
          host: 'client',
          to: 'server:80',
          as: 'a',
          count: 3,
          interval: 1,
          closeAfter: 0.1,
        },
        { at: 70, do: 'connect', host: 'client', to: 'server:80', as: 'b' },
      ],
      { settings: SHORT_RANGE, until: 75 },
    );
    expect(calls(trace, 'client').filter((c) => c.startsWith('connect'))).toEqual([
      'connect=ok',
      'connect=ok',
      'connect=EADDRNOTAVAIL',
      'connect=ok',
    ]);
    const ports = sentBy(trace, 'client')
      .filter((e) => e.flags === 'SYN')
      .map((e) => e.from);
    expect(new Set(ports.slice(0, 2)).size).toBe(2);
    expect(ports.every((p) => p === `${HOSTS.client}:40000` || p === `${HOSTS.client}:40001`)).toBe(
      true,
    );
  });

  it('reuses a TIME_WAIT 4-tuple with twReuse, with ISN = old SND.NXT + 65537', () => {
    const { trace } = run(
      [
        LISTEN,
        { at: 0.1, do: 'connect', host: 'client', to: 'server:80', as: 'a', closeAfter: 0.1 },
        { at: 3, do: 'connect', host: 'client', to: 'server:80', as: 'b' },
      ],
      { settings: { portRange: [40000, 40000], twReuse: true }, until: 10 },
    );
    const at3 = stateEvents(trace, 'client').filter((e) => e.t === 3);
    expect(at3.map((e) => `${e.name} ${e.from}>${e.to} ${e.why}`)).toEqual([
      'a TIME_WAIT>CLOSED timewait-reuse',
      'b CLOSED>SYN_SENT connect',
    ]);
    expect(wire(sentBy(trace, 'client').find((e) => e.t === 3)!)).toBe(`SYN ${102 + 65537}/-`);
    expect(calls(trace, 'client').at(-1)).toBe('connect=ok');
  });

  it('does not reuse a TIME_WAIT 4-tuple without twReuse', () => {
    const { trace } = run(
      [
        LISTEN,
        { at: 0.1, do: 'connect', host: 'client', to: 'server:80', as: 'a', closeAfter: 0.1 },
        { at: 3, do: 'connect', host: 'client', to: 'server:80', as: 'b' },
      ],
      { settings: { portRange: [40000, 40000] }, until: 10 },
    );
    expect(calls(trace, 'client').at(-1)).toBe('connect=EADDRNOTAVAIL');
  });
});

describe('faults: firewall and vanish', () => {
  it('firewall drop: SYNs vanish silently ("firewall" drops), nothing comes back, and the client retries', () => {
    const { trace } = run(
      [LISTEN, { at: 0, do: 'firewall', host: 'server', port: 80, action: 'drop' }, CONNECT],
      { until: 5 },
    );
    const drops = trace.filter((e) => e.type === 'drop');
    expect(drops.map((e) => e.type === 'drop' && e.reason)).toEqual([
      'firewall',
      'firewall',
      'firewall',
      'firewall',
      'firewall',
    ]);
    expect(sentBy(trace, 'server')).toEqual([]);
    // tcp_syn_linear_timeouts = 4 (Linux ≥ 6.5): the first retries one second apart.
    expect(sentBy(trace, 'client').map((e) => e.t)).toEqual([0.1, 1.1, 2.1, 3.1, 4.1]);
  });

  it('firewall reject: answers the SYN with <SEQ=0><ACK=ISN+1><CTL=RST,ACK> and connect() is refused', () => {
    const { trace } = run([
      LISTEN,
      { at: 0, do: 'firewall', host: 'server', port: 80, action: 'reject' },
      CONNECT,
    ]);
    expect(sentBy(trace, 'server').map((e) => `${wire(e)} ${e.why}`)).toEqual([
      'RST,ACK 0/101 rst-firewall',
    ]);
    expect(calls(trace, 'client')).toEqual(['connect=ECONNREFUSED']);
    expect(stateEvents(trace, 'server').filter((e) => e.to === 'SYN_RECEIVED')).toEqual([]);
  });

  it('firewall off lets the next retransmitted SYN through', () => {
    const { trace } = run(
      [
        LISTEN,
        { at: 0, do: 'firewall', host: 'server', port: 80, action: 'drop' },
        CONNECT,
        { at: 2, do: 'firewall', host: 'server', port: 80, action: 'off' },
      ],
      { until: 10 },
    );
    // The SYN retried at 2.1 s (linear timeouts) gets through.
    expect(stateEvents(trace, 'client').find((e) => e.to === 'ESTABLISHED')!.t).toBe(2.2);
  });

  it('a vanished host neither answers nor sends: segments to it are lost as unreachable, no FIN or RST', () => {
    const { sim, trace } = run(
      [
        LISTEN,
        CONNECT,
        { at: 1, do: 'vanish', host: 'client' },
        { at: 1.5, do: 'close', host: 'client', socket: 'c1' },
        { at: 2, do: 'send', host: 'server', socket: 'web#1', bytes: 10 },
      ],
      { until: 5 },
    );
    expect(sentBy(trace, 'client').filter((e) => e.t >= 1)).toEqual([]);
    const lost = trace.filter((e) => e.type === 'drop');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((e) => e.type === 'drop' && e.reason === 'unreachable')).toBe(true);
    expect(stateOf(sim, 'server', 'web#1')).toBe('ESTABLISHED');
  });
});
