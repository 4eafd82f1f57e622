/**
 * The listener's two queues as Linux runs them (docs/tcp-reference.md §2.4): the SYN
 * queue and SYN cookies, the accept queue and tcp_abort_on_overflow, and what netstat and ss
 * print for a listener (§2.8).
 */
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioSettings, Step } from './scenario/types';
import { createSimulation } from './simulation';
import type { DropEvent, SendEvent, StateEvent, TraceEvent } from './trace';

const HOSTS = { client: '192.168.123.10', server: '10.0.0.80' };

function sim(steps: Step[], settings: ScenarioSettings = {}, until?: number) {
  const scenario: Scenario = {
    version: 1,
    seed: 11,
    settings: { isn: { client: 100, server: 300 }, ...settings },
    hosts: HOSTS,
    steps,
    ...(until !== undefined ? { until } : {}),
  };
  return createSimulation(scenario);
}

const isSend = (e: TraceEvent): e is SendEvent => e.type === 'send';
const isState = (e: TraceEvent): e is StateEvent => e.type === 'state';
const isDrop = (e: TraceEvent): e is DropEvent => e.type === 'drop';

function kernelLines(trace: readonly TraceEvent[]): string[] {
  return trace.flatMap((e) => (e.type === 'kernel' ? [`${e.t} ${e.host}: ${e.text}`] : []));
}

function listenerView(s: ReturnType<typeof sim>) {
  const server = s.snapshot().hosts.find((h) => h.name === 'server')!;
  return server.sockets.find((x) => x.listener)!.listener!;
}

function fromClient(e: SendEvent): boolean {
  return e.from.startsWith(`${HOSTS.client}:`);
}

describe('the SYN queue without SYN cookies', () => {
  const flood = (extra: Step[] = []) =>
    sim(
      [
        { at: 0, do: 'listen', host: 'server', port: 80, backlog: 4, as: 'web' },
        { at: 0, do: 'flood', to: 'server:80', count: 10, rate: 100 },
        ...extra,
      ],
      { syncookies: false },
    );

  it('keeps backlog + 1 half-open requests and drops further SYNs as queue-full', () => {
    // inet_csk_reqsk_queue_is_full uses > since 2025 (ref §2.4): 129 requests stood behind a
    // backlog of 128 when the syn-flood built-ins were replayed on Linux 6.18.
    const s = flood();
    s.runUntil(0.5);
    const trace = s.trace;
    const requests = trace.filter(isState).filter((e) => e.to === 'SYN_RECEIVED');
    expect(requests).toHaveLength(5);
    const floodSyns = trace.filter(isSend).filter((e) => e.spoofed);
    expect(floodSyns).toHaveLength(10);
    const drops = trace.filter(isDrop).filter((d) => d.reason === 'queue-full');
    expect(drops).toHaveLength(5);
    expect(drops.map((d) => d.id)).toEqual(floodSyns.slice(5).map((e) => e.id));
    // No SYN-ACK for a dropped SYN.
    expect(trace.filter(isSend).filter((e) => e.flags === 'SYN,ACK')).toHaveLength(5);
    const li = listenerView(s);
    expect([li.synQueue, li.synsDropped, li.cookiesSent, li.cookiesActive]).toEqual([
      5,
      5,
      0,
      false,
    ]);
  });

  it('logs "Possible SYN flooding ... Dropping request" once, at the first dropped SYN', () => {
    const s = flood();
    s.runUntil(1);
    expect(kernelLines(s.trace)).toEqual([
      '0.1 server: TCP: request_sock_TCP: Possible SYN flooding on port 10.0.0.80:80. Dropping request.  Check SNMP counters.',
    ]);
  });

  it("drops the real client's SYNs while the queue is full; it gets in once the old half-open requests are pruned", () => {
    const s = flood([
      { at: 1, do: 'connect', host: 'client', to: 'server:80', port: 40000, as: 'c1' },
    ]);
    s.run();
    const trace = s.trace;
    const syns = trace.filter(isSend).filter((e) => fromClient(e) && e.flags === 'SYN');
    // SYNs on the Linux ≥ 6.5 schedule (tcp_syn_linear_timeouts = 4, measured on 6.18).
    expect(syns.map((e) => e.t)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    const dropped = new Set(trace.filter(isDrop).map((d) => d.id));
    expect(syns.map((e) => dropped.has(e.id))).toEqual([...Array<boolean>(6).fill(true), false]);
    // Five requests are more than half a queue of four, and none is young any more: each gives
    // up after two SYN-ACK retries (reqsk_timer_handler, ref §2.4), the first at 0.05 + 7 s.
    const expired = trace.filter(isState).filter((e) => e.why === 'synack-retries-exhausted');
    expect(expired).toHaveLength(5);
    expect(expired[0]!.t).toBeCloseTo(7.05, 6);
    const est = trace.filter(isState).find((e) => e.host === 'client' && e.to === 'ESTABLISHED')!;
    expect(est.t).toBe(8.1);
  });
});

describe('SYN cookies', () => {
  const flooded = (settings: ScenarioSettings = {}) =>
    sim(
      [
        { at: 0, do: 'listen', host: 'server', port: 80, backlog: 4, as: 'web' },
        { at: 0, do: 'flood', to: 'server:80', count: 50, rate: 100 },
        { at: 0.2, do: 'connect', host: 'client', to: 'server:80', port: 40000, as: 'c1' },
      ],
      settings,
    );

  it('answers SYNs beyond a full SYN queue with a cookie SYN-ACK, keeping no state', () => {
    const s = flooded();
    s.runUntil(0.6);
    const cookies = s.trace.filter(isSend).filter((e) => e.why === 'syncookie');
    expect(cookies.length).toBeGreaterThan(10);
    expect(cookies.every((e) => e.flags === 'SYN,ACK')).toBe(true);
    expect(
      s.trace.filter(isState).filter((e) => e.to === 'SYN_RECEIVED' && e.why === 'rcv-syn'),
    ).toHaveLength(5);
    expect(listenerView(s).cookiesActive).toBe(true);
    expect(kernelLines(s.trace)).toEqual([
      '0.1 server: TCP: request_sock_TCP: Possible SYN flooding on port 10.0.0.80:80. Sending cookies.  Check SNMP counters.',
    ]);
  });

  it('lets the real client in: its ACK rebuilds the connection, which is accepted', () => {
    const s = flooded();
    s.runUntil(1);
    const trace = s.trace;
    const synAck = trace.filter(isSend).find((e) => e.to === '192.168.123.10:40000')!;
    expect([synAck.flags, synAck.why, synAck.ack]).toEqual(['SYN,ACK', 'syncookie', 101]);
    const server = trace
      .filter(isState)
      .filter((e) => e.host === 'server' && e.socket === '10.0.0.80:80>192.168.123.10:40000');
    expect(server.map((e) => `${e.from}>${e.to} ${e.why}`)).toEqual([
      'LISTEN>SYN_RECEIVED syncookie',
      'SYN_RECEIVED>ESTABLISHED syncookie',
    ]);
    expect(server[0]!.t).toBe(0.35);
    const client = trace.filter(isState).filter((e) => e.host === 'client');
    expect(client.map((e) => e.to)).toEqual(['SYN_SENT', 'ESTABLISHED']);
    expect(trace).toContainEqual(
      expect.objectContaining({
        type: 'call',
        host: 'server',
        call: 'accept',
        result: 'ok',
        t: 0.35,
      }),
    );
  });

  it('keeps the TCP options in a cookie SYN-ACK only when the SYN carried timestamps', () => {
    const cookieOptions = (settings: ScenarioSettings) => {
      const s = flooded(settings);
      s.runUntil(0.3);
      return s.trace.filter(isSend).find((e) => e.to === '192.168.123.10:40000')!.options;
    };
    // Window scale 10: Linux 6.18 sizes it by tcp_rmem[2], 32 MiB (ref §2.12).
    expect(cookieOptions({})).toMatchObject({ mss: 1460, sackPermitted: true, windowScale: 10 });
    expect(cookieOptions({})!.timestamp).toBeDefined();
    expect(cookieOptions({ timestamps: false })).toEqual({ mss: 1460 });
  });
});

describe('a connection rebuilt from a SYN cookie', () => {
  /**
   * backlog 0: one request fits (inet_csk_reqsk_queue_is_full uses >, ref §2.4) and a forged SYN
   * takes it, so the client's SYN is answered with a cookie.
   */
  const cookieConnection = () =>
    sim(
      [
        { at: 0, do: 'listen', host: 'server', port: 80, backlog: 0, as: 'web' },
        { at: 0, do: 'flood', to: 'server:80', count: 1, rate: 1 },
        { at: 0.1, do: 'connect', host: 'client', to: 'server:80', port: 40000, as: 'c1' },
        { at: 1, do: 'send', host: 'server', socket: 'web#1', bytes: 3000 },
      ],
      {},
      3,
    );

  it('is built from the cookie SYN-ACK, which offered window scaling (the SYN carried timestamps)', () => {
    const s = cookieConnection();
    s.run();
    const synAck = s.trace.filter(isSend).find((e) => e.to === '192.168.123.10:40000')!;
    expect(synAck.why).toBe('syncookie');
    expect(synAck.options?.windowScale).toBe(10);
  });

  it("reads the client's window with the scale its SYN-ACK agreed: 3000 bytes leave at once in MSS segments", () => {
    const s = cookieConnection();
    s.run();
    const data = s.trace.filter(isSend).filter((e) => e.from === '10.0.0.80:80' && e.len > 0);
    // The cookie kept the timestamp option (the SYN had one): 1448-byte segments, as Linux sends.
    expect(data.map((e) => [e.t, e.len])).toEqual([
      [1, 1448],
      [1, 1448],
      [1, 104],
    ]);
  });

  it('advertises its own window scaled by the shift its SYN-ACK announced', () => {
    const s = cookieConnection();
    s.run();
    const data = s.trace.filter(isSend).find((e) => e.from === '10.0.0.80:80' && e.len > 0)!;
    // cookie_v4_check offers 44 × 1460 = 64240 bytes (the cookie's MSS, ref §2.12), rounded up
    // to the scale: 63 × 1024, and the client multiplies the field by 2^10.
    expect(data.win).toBe(63);
  });
});

describe('the accept queue', () => {
  /**
   * backlog 2, the application does not accept: a#1 and a#2 fill the queue, then b#1 and b#2
   * handshake together. b#1's ACK makes it backlog + 1 = 3 (sk_acceptq_is_full uses >), so b#2's
   * final ACK finds it full.
   */
  const overflow = (settings: ScenarioSettings, extra: Step[] = []) =>
    sim(
      [
        { at: 0, do: 'listen', host: 'server', port: 80, backlog: 2, as: 'web' },
        { at: 0, do: 'app', host: 'server', accept: false },
        {
          at: 0.1,
          do: 'connect',
          host: 'client',
          to: 'server:80',
          as: 'a',
          count: 2,
          interval: 0.5,
        },
        { at: 1, do: 'connect', host: 'client', to: 'server:80', as: 'b', count: 2 },
        ...extra,
      ],
      settings,
      20,
    );

  const socketOf = (s: ReturnType<typeof sim>, name: string) =>
    s.trace.filter(isState).find((e) => e.host === 'client' && e.name === name)!.socket;

  it('holds backlog + 1 established children before it counts as full', () => {
    const s = overflow({});
    s.runUntil(1.2);
    expect(listenerView(s).acceptQueue).toBe(3);
  });

  it('drops the final ACK when full (abortOnOverflow off): the client is ESTABLISHED, the server keeps a request', () => {
    const s = overflow({});
    s.runUntil(1.2);
    const b2 = socketOf(s, 'b#2');
    const ack = s.trace
      .filter(isSend)
      .find((e) => e.why === 'handshake-ack' && `${e.from}>${e.to}` === b2)!;
    expect(s.trace).toContainEqual({ t: 1.15, type: 'drop', id: ack.id, reason: 'queue-full' });
    const client = s.snapshot().hosts[0]!.sockets.find((x) => x.name === 'b#2')!;
    expect(client.state).toBe('ESTABLISHED');
    const [local, remote] = b2.split('>');
    const request = s.snapshot().hosts[1]!.sockets.find((x) => x.key === `${remote}>${local}`)!;
    expect(request.state).toBe('SYN_RECEIVED');
  });

  it('keeps retransmitting the SYN-ACK, and completes the handshake once accept() frees a place', () => {
    const s = overflow({}, [{ at: 3, do: 'accept', host: 'server', socket: 'web' }]);
    s.run();
    const b2 = socketOf(s, 'b#2');
    const [local, remote] = b2.split('>');
    const synAcks = s.trace
      .filter(isSend)
      .filter((e) => e.from === remote && e.to === local && e.flags === 'SYN,ACK');
    expect(synAcks.map((e) => e.t)).toEqual([1.05, 2.05, 4.05]);
    // The client, ESTABLISHED, answers the repeated SYN-ACK with an ACK; at 2.15 the queue is
    // still full, at 4.15 it has room.
    const acks = s.trace
      .filter(isSend)
      .filter((e) => `${e.from}>${e.to}` === b2 && e.flags === 'ACK');
    const dropped = new Set(s.trace.filter(isDrop).map((d) => d.id));
    expect(acks.map((e) => [e.t, dropped.has(e.id)])).toEqual([
      [1.1, true],
      [2.1, true],
      [4.1, false],
    ]);
    const done = s.trace
      .filter(isState)
      .find(
        (e) => e.host === 'server' && e.socket === `${remote}>${local}` && e.to === 'ESTABLISHED',
      )!;
    expect([done.t, done.from, done.why]).toEqual([4.15, 'SYN_RECEIVED', 'rcv-ack']);
    expect(listenerView(s).acceptQueue).toBe(3);
  });

  it('resets the connection when full with abortOnOverflow on', () => {
    const s = overflow({ abortOnOverflow: true });
    s.run();
    const b2 = socketOf(s, 'b#2');
    const [local, remote] = b2.split('>');
    const rst = s.trace.filter(isSend).find((e) => e.from === remote && e.flags.includes('RST'))!;
    expect([rst.t, rst.flags, rst.seq, rst.why]).toEqual([1.15, 'RST', 301, 'rst-accept-overflow']);
    const server = s.trace
      .filter(isState)
      .filter((e) => e.host === 'server' && e.socket === `${remote}>${local}`);
    expect(server.map((e) => `${e.from}>${e.to} ${e.why}`)).toEqual([
      'LISTEN>SYN_RECEIVED rcv-syn',
      'SYN_RECEIVED>CLOSED accept-overflow',
    ]);
    const client = s.trace.filter(isState).filter((e) => e.host === 'client' && e.name === 'b#2');
    expect(client.map((e) => e.to)).toEqual(['SYN_SENT', 'ESTABLISHED', 'CLOSED']);
    expect(s.trace).toContainEqual(
      expect.objectContaining({ type: 'call', socket: 'b#2', call: 'recv', result: 'ECONNRESET' }),
    );
  });

  it('drops new SYNs while the accept queue is full, even with SYN cookies on', () => {
    const s = overflow({}, [
      { at: 2, do: 'connect', host: 'client', to: 'server:80', as: 'late', port: 40000 },
    ]);
    s.runUntil(2.1);
    const syn = s.trace.filter(isSend).find((e) => e.from === '192.168.123.10:40000')!;
    expect(s.trace).toContainEqual({ t: 2.05, type: 'drop', id: syn.id, reason: 'queue-full' });
    expect(s.trace.filter(isSend).some((e) => e.to === '192.168.123.10:40000')).toBe(false);
  });

  it('drops a pending request once its listener is closed, and answers its segments with a closed-port RST', () => {
    // ref §2.4: "Pending request sockets are dropped when next touched; segments for them then
    // get a closed-port RST" (reqsk_timer_handler drops a request whose listener left LISTEN).
    const s = sim(
      [
        { at: 0, do: 'listen', host: 'server', port: 80, as: 'web' },
        { at: 0, do: 'drop', match: { from: 'client', flags: 'ACK', nth: 1 } },
        { at: 0.1, do: 'connect', host: 'client', to: 'server:80', port: 40000, as: 'c1' },
        { at: 0.3, do: 'close', host: 'server', socket: 'web' },
        { at: 2, do: 'send', host: 'client', socket: 'c1', bytes: 10 },
      ],
      {},
      10,
    );
    s.run();
    const server = s.trace.filter(isSend).filter((e) => e.from === '10.0.0.80:80');
    expect(server.filter((e) => e.t > 0.3 && e.flags === 'SYN,ACK')).toEqual([]);
    expect(server.filter((e) => e.flags === 'RST').map((e) => [e.t, e.seq])).toEqual([[2.05, 301]]);
    expect(s.snapshot().hosts[1]!.sockets).toEqual([]);
    const client = s.trace.filter(isState).filter((e) => e.host === 'client');
    expect(client.at(-1)).toMatchObject({
      from: 'ESTABLISHED',
      to: 'CLOSED',
      why: 'rcv-rst',
      t: 2.1,
    });
  });

  it('resets the children still in the accept queue when the listener is closed', () => {
    const s = overflow({}, [{ at: 5, do: 'close', host: 'server', socket: 'web' }]);
    s.run();
    const rsts = s.trace.filter(isSend).filter((e) => e.t === 5 && e.flags.includes('RST'));
    expect(rsts).toHaveLength(3);
    expect(rsts.every((e) => e.why === 'rst-abort')).toBe(true);
    const resetClients = s.trace
      .filter(isState)
      .filter((e) => e.host === 'client' && e.to === 'CLOSED' && e.why === 'rcv-rst');
    expect(resetClients.map((e) => e.name).sort()).toEqual(['a#1', 'a#2', 'b#1']);
  });
});

describe('netstat and ss for a listener (ref §2.8)', () => {
  const queued = (settings: ScenarioSettings = {}, backlog = 2) =>
    sim(
      [
        { at: 0, do: 'listen', host: 'server', port: 80, backlog, as: 'web' },
        { at: 0, do: 'app', host: 'server', accept: false },
        {
          at: 0.1,
          do: 'connect',
          host: 'client',
          to: 'server:80',
          as: 'a',
          count: 2,
          interval: 0.5,
        },
        { at: 2, do: 'accept', host: 'server', socket: 'web' },
      ],
      settings,
      10,
    );

  it('netstat: LISTEN Recv-Q is the accept queue length, Send-Q is 0', () => {
    const s = queued();
    const listenRow = () => s.netstat('server')[0]!;
    s.runUntil(0.1);
    expect(listenRow()).toEqual({
      recvQ: 0,
      sendQ: 0,
      local: '10.0.0.80:80',
      foreign: '0.0.0.0:*',
      state: 'LISTEN',
    });
    s.runUntil(0.3);
    expect(listenRow().recvQ).toBe(1);
    s.runUntil(1);
    expect(listenRow().recvQ).toBe(2);
    s.runUntil(2);
    expect(listenRow().recvQ).toBe(1);
  });

  it('ss: LISTEN Send-Q is the backlog, Recv-Q the accept queue', () => {
    const s = queued();
    s.runUntil(1);
    expect(s.ss('server')[0]).toEqual({
      recvQ: 2,
      sendQ: 2,
      local: '10.0.0.80:80',
      foreign: '0.0.0.0:*',
      state: 'LISTEN',
    });
  });

  it('caps the backlog at somaxconn', () => {
    const s = queued({ somaxconn: 3 }, 128);
    s.runUntil(1);
    expect(s.ss('server')[0]!.sendQ).toBe(3);
    expect(listenerView(s).backlog).toBe(3);
    const uncapped = queued({}, 128);
    uncapped.runUntil(1);
    expect(uncapped.ss('server')[0]!.sendQ).toBe(128);
  });

  it('a second listen() on the same port changes the backlog', () => {
    const s = sim([
      { at: 0, do: 'listen', host: 'server', port: 80, backlog: 5, as: 'web' },
      { at: 1, do: 'listen', host: 'server', port: 80, backlog: 9, as: 'web' },
    ]);
    s.runUntil(0.5);
    expect(s.ss('server')[0]!.sendQ).toBe(5);
    s.runUntil(1.5);
    expect(s.ss('server')[0]!.sendQ).toBe(9);
  });
});
