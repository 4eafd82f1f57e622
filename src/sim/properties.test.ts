/**
 * Properties every run must have, checked on random valid scenarios (fast-check): legal state
 * transitions (state.ts LEGAL_TRANSITIONS), sequence/acknowledgment arithmetic (RFC 9293 §3.4,
 * docs/tcp-reference.md §1.5), determinism, checkpoints that continue exactly, and
 * connections that all end CLOSED once nothing stalls them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfileName } from './profile';
import type { Scenario, Step } from './scenario/types';
import { seqAdd, seqGeq, seqLeq } from './seq';
import { createSimulation } from './simulation';
import { LEGAL_TRANSITIONS, type TcpState } from './state';
import type { SendEvent, TraceEvent } from './trace';

const HOSTS = { client: '192.168.123.10', server: '10.0.0.80' };
type HostName = keyof typeof HOSTS;

// ---------------------------------------------------------------------------------------------
// Generators

/** A time in the first few seconds, on a 10 ms grid so that steps often coincide. */
const time = (maxSeconds: number) =>
  fc.integer({ min: 0, max: maxSeconds * 100 }).map((n) => n / 100);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const host = fc.constantFrom<HostName>('client', 'server');

interface Knobs {
  /** Allow what can leave a connection open for ever: abort (its RST may be lost), firewall
   * rules, a vanishing host, application policy changes, connections nobody closes. */
  stalls: boolean;
  maxLoss: number;
}

interface ConnectSpec {
  at: number;
  port: number;
  count: number | undefined;
  interval: number;
  closeAfter: number | undefined;
}

function scenarioArb(knobs: Knobs): fc.Arbitrary<Scenario> {
  const connect = fc.record({
    at: time(3),
    port: fc.constantFrom(80, 80, 81, 82),
    count: opt(fc.integer({ min: 1, max: 3 })),
    interval: fc.integer({ min: 0, max: 50 }).map((n) => n / 100),
    closeAfter: knobs.stalls
      ? opt(fc.integer({ min: 0, max: 300 }).map((n) => n / 100))
      : fc.integer({ min: 0, max: 300 }).map((n) => n / 100),
  });
  const action = fc.record({
    at: time(6),
    kind: fc.constantFrom(
      ...(knobs.stalls
        ? (['send', 'close', 'shutdown', 'abort'] as const)
        : (['send', 'close', 'shutdown'] as const)),
    ),
    side: host,
    pick: fc.nat(),
    bytes: fc.integer({ min: 1, max: 5000 }),
  });
  const drop = fc.record({
    at: time(3),
    from: opt(host),
    flags: opt(fc.constantFrom('SYN', 'SYN,ACK', 'ACK', 'FIN,ACK', 'RST,ACK', 'RST', 'PSH,ACK')),
    nth: fc.integer({ min: 1, max: 4 }),
    count: fc.integer({ min: 1, max: knobs.stalls ? 3 : 2 }),
  });
  return fc
    .record({
      profile: fc.constantFrom<ProfileName>('linux', 'rfc9293'),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      lossRate: fc.integer({ min: 0, max: Math.round(knobs.maxLoss * 100) }).map((n) => n / 100),
      delayMs: fc.integer({ min: 1, max: 200 }),
      fixedIsn: opt(
        fc.record({
          client: fc.integer({ min: 0, max: 0xffffffff }),
          server: fc.integer({ min: 0, max: 0xffffffff }),
        }),
      ),
      tinyPortRange: fc.boolean(),
      twReuse: fc.boolean(),
      syncookies: opt(fc.boolean()),
      abortOnOverflow: opt(fc.boolean()),
      listens: fc.array(
        fc.record({
          at: time(2),
          port: fc.constantFrom(80, 81),
          backlog: opt(fc.integer({ min: 0, max: 6 })),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      closeListener: opt(fc.record({ at: time(6), port: fc.constantFrom(80, 81) })),
      connects: fc.array(connect, { minLength: 1, maxLength: 3 }),
      simultaneous: opt(fc.record({ at: time(2), closeAt: time(4) })),
      actions: fc.array(action, { maxLength: 6 }),
      drops: fc.array(drop, { maxLength: 3 }),
      flood: opt(
        fc.record({
          at: time(3),
          port: fc.constantFrom(80, 81),
          count: fc.integer({ min: 1, max: 30 }),
          rate: fc.constantFrom(10, 100, 1000),
        }),
      ),
      firewalls: knobs.stalls
        ? fc.array(
            fc.record({
              at: time(4),
              port: fc.constantFrom(80, 81),
              action: fc.constantFrom<'drop' | 'reject' | 'off'>('drop', 'reject', 'off'),
            }),
            { maxLength: 3 },
          )
        : fc.constant([]),
      vanish: knobs.stalls ? opt(fc.record({ at: time(8), host })) : fc.constant(undefined),
      apps: knobs.stalls
        ? fc.array(
            fc.record({
              at: time(4),
              host,
              accept: opt(fc.boolean()),
              read: opt(fc.boolean()),
              closeOnEof: opt(fc.boolean()),
            }),
            { maxLength: 2 },
          )
        : fc.constant([]),
    })
    .map((g) => {
      const steps: Step[] = [];
      const listened = new Set<number>();
      for (const l of g.listens) {
        listened.add(l.port);
        steps.push({
          at: l.at,
          do: 'listen',
          host: 'server',
          port: l.port,
          as: `l${l.port}`,
          ...(l.backlog !== undefined ? { backlog: l.backlog } : {}),
        });
      }
      if (g.closeListener && listened.has(g.closeListener.port)) {
        const { at, port } = g.closeListener;
        steps.push({ at, do: 'close', host: 'server', socket: `l${port}` });
      }
      const clientRefs: string[] = [];
      g.connects.forEach((c: ConnectSpec, i) => {
        steps.push({
          at: c.at,
          do: 'connect',
          host: 'client',
          to: `server:${c.port}`,
          as: `c${i}`,
          ...(c.count !== undefined ? { count: c.count, interval: c.interval } : {}),
          ...(c.closeAfter !== undefined ? { closeAfter: c.closeAfter } : {}),
        });
        if (c.count === undefined) clientRefs.push(`c${i}`);
        else for (let k = 1; k <= c.count; k++) clientRefs.push(`c${i}#${k}`);
      });
      const serverRefs = [...listened].flatMap((p) => [1, 2, 3].map((k) => `l${p}#${k}`));
      if (g.simultaneous) {
        const { at, closeAt } = g.simultaneous;
        steps.push(
          { at, do: 'connect', host: 'client', to: 'server:5001', port: 5000, as: 'sa' },
          { at, do: 'connect', host: 'server', to: 'client:5000', port: 5001, as: 'sb' },
          { at: at + closeAt, do: 'close', host: 'client', socket: 'sa' },
        );
        clientRefs.push('sa');
        serverRefs.push('sb');
      }
      for (const a of g.actions) {
        const refs = [...(a.side === 'client' ? clientRefs : serverRefs), '*'];
        const socket = refs[a.pick % refs.length]!;
        if (a.kind === 'send') {
          steps.push({ at: a.at, do: 'send', host: a.side, socket, bytes: a.bytes });
        } else steps.push({ at: a.at, do: a.kind, host: a.side, socket });
      }
      for (const d of g.drops) {
        steps.push({
          at: d.at,
          do: 'drop',
          match: {
            nth: d.nth,
            count: d.count,
            ...(d.from ? { from: d.from } : {}),
            ...(d.flags ? { flags: d.flags } : {}),
          },
        });
      }
      if (g.flood) {
        const { at, port, count, rate } = g.flood;
        steps.push({ at, do: 'flood', to: `server:${port}`, count, rate });
      }
      for (const f of g.firewalls) {
        steps.push({ at: f.at, do: 'firewall', host: 'server', port: f.port, action: f.action });
      }
      if (g.vanish) steps.push({ at: g.vanish.at, do: 'vanish', host: g.vanish.host });
      for (const a of g.apps) {
        steps.push({
          at: a.at,
          do: 'app',
          host: a.host,
          ...(a.accept !== undefined ? { accept: a.accept } : {}),
          ...(a.read !== undefined ? { read: a.read } : {}),
          ...(a.closeOnEof !== undefined ? { closeOnEof: a.closeOnEof } : {}),
        });
      }
      const scenario: Scenario = {
        version: 1,
        profile: g.profile,
        seed: g.seed,
        settings: {
          lossRate: g.lossRate,
          delayMs: g.delayMs,
          twReuse: g.twReuse,
          ...(g.fixedIsn ? { isn: g.fixedIsn } : {}),
          ...(g.tinyPortRange ? { portRange: [40000, 40003] as [number, number] } : {}),
          ...(g.syncookies !== undefined ? { syncookies: g.syncookies } : {}),
          ...(g.abortOnOverflow !== undefined ? { abortOnOverflow: g.abortOnOverflow } : {}),
        },
        hosts: HOSTS,
        steps,
        // Long enough for every timer of either profile to run out (the default stops at 3600 s).
        until: 20_000,
      };
      return scenario;
    });
}

const anyScenario = scenarioArb({ stalls: true, maxLoss: 0.3 });
/**
 * No abort (a lost RST leaves a legitimate half-open connection), no firewall, no vanish, no
 * application policy change, and every client connection closed by its application. Loss stays
 * low enough that an orphan never loses all its retransmissions (0.15^9 per FIN).
 */
const calmScenario = scenarioArb({ stalls: false, maxLoss: 0.15 });

/** Moderate and reproducible: a failure prints its seed and path, and CI sees the same runs. */
const RUNS = { numRuns: 1000, seed: 20240611 };

function runTrace(scenario: Scenario): readonly TraceEvent[] {
  const sim = createSimulation(scenario);
  sim.run();
  return sim.trace;
}

// ---------------------------------------------------------------------------------------------
// Checkers: each returns the violations it finds, so a failure says what went wrong.

/** Every state change is in LEGAL_TRANSITIONS and starts from the socket's previous state. */
function transitionViolations(trace: readonly TraceEvent[]): string[] {
  const bad: string[] = [];
  const current = new Map<string, TcpState>();
  for (const e of trace) {
    if (e.type !== 'state') continue;
    const key = `${e.host} ${e.socket}`;
    const prev = current.get(key) ?? 'CLOSED';
    const listener = e.socket.endsWith('>*');
    // A new passive socket (request or cookie) starts from its listener's LISTEN (listener.ts).
    const fresh =
      prev === 'CLOSED' &&
      !listener &&
      e.from === 'LISTEN' &&
      (e.why === 'rcv-syn' || e.why === 'syncookie');
    if (e.from !== prev && !fresh) {
      bad.push(`${e.t} ${key}: from ${e.from} but the socket was ${prev}`);
    }
    if (!LEGAL_TRANSITIONS[e.from].includes(e.to)) {
      bad.push(`${e.t} ${key}: ${e.from} -> ${e.to} is not a legal transition`);
    }
    current.set(key, e.to);
  }
  return bad;
}

/** Segments answered by a host with no socket for them: their numbers come from the offending segment. */
const STATELESS_RST = new Set(['rst-no-listener', 'rst-firewall', 'rst-bad-ack', 'rst-embryonic']);

interface Incarnation {
  iss: number;
  /** The highest seq + SEG.LEN sent in this incarnation. */
  hi: number;
}

/**
 * Per direction of a 4-tuple (RFC 9293 §3.4, ref §1.5): SYN and FIN consume one sequence number,
 * new data continues exactly where the last byte left off, a retransmission repeats sent space,
 * a segment without sequence space carries SND.NXT; an ACK acknowledges only what the peer sent
 * in some incarnation (ACK in [ISS+1, highest seq+len]) and never goes back within a connection
 * (a fresh SYN from either side starts a new one).
 */
function seqAckViolations(trace: readonly TraceEvent[]): string[] {
  const bad: string[] = [];
  const streams = new Map<string, Incarnation[]>();
  const lastAck = new Map<string, number>();
  const current = (d: string) => streams.get(d)?.at(-1);
  for (const e of trace) {
    if (e.type !== 'send') continue;
    const s = e as SendEvent;
    const d = `${s.from}>${s.to}`;
    const r = `${s.to}>${s.from}`;
    const syn = s.flags.includes('SYN');
    const fin = s.flags.includes('FIN');
    const rst = s.flags.includes('RST');
    const len = s.len + (syn ? 1 : 0) + (fin ? 1 : 0);
    const where = `${s.t} #${s.id} ${d} ${s.flags} seq=${s.seq} ack=${s.ack} len=${s.len}`;
    if (STATELESS_RST.has(s.why)) {
      if (!rst) bad.push(`${where}: a stateless reply that is not a RST`);
      continue;
    }
    if (syn) {
      const inc = current(d);
      if (s.retransmit) {
        if (!inc || s.seq !== inc.iss) bad.push(`${where}: retransmitted SYN is not the ISS`);
      } else if (!(inc && s.why === 'simultaneous-open' && s.seq === inc.iss)) {
        const list = streams.get(d) ?? [];
        list.push({ iss: s.seq, hi: seqAdd(s.seq, 1) });
        streams.set(d, list);
        lastAck.delete(d);
        lastAck.delete(r);
      }
    } else {
      const inc = current(d);
      if (!inc) {
        bad.push(`${where}: sent before any SYN in this direction`);
      } else if (s.retransmit) {
        if (!(seqLeq(seqAdd(inc.iss, 1), s.seq) && seqLeq(seqAdd(s.seq, len), inc.hi))) {
          bad.push(`${where}: retransmission outside the sent space [${inc.iss + 1}, ${inc.hi})`);
        }
      } else if (rst) {
        // A socket's RST carries SND.NXT, or SEG.ACK of the segment it answers (ref §2.6).
        if (!(seqLeq(inc.iss, s.seq) && seqLeq(s.seq, inc.hi))) {
          bad.push(`${where}: RST outside the sent space [${inc.iss}, ${inc.hi}]`);
        }
      } else if (s.seq !== inc.hi) {
        bad.push(`${where}: expected seq ${inc.hi} (SND.NXT)`);
      } else {
        inc.hi = seqAdd(inc.hi, len);
      }
    }
    if (rst || s.ack === null) continue;
    const peer = streams.get(r) ?? [];
    if (!peer.some((p) => seqLeq(seqAdd(p.iss, 1), s.ack!) && seqLeq(s.ack!, p.hi))) {
      bad.push(`${where}: acknowledges data the peer never sent`);
    }
    const prev = lastAck.get(d);
    if (prev !== undefined && !seqGeq(s.ack, prev)) {
      bad.push(`${where}: ACK went back from ${prev}`);
    }
    lastAck.set(d, s.ack);
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------

describe('the checkers themselves', () => {
  const ok = (over: Partial<SendEvent>): SendEvent => ({
    t: 0,
    type: 'send',
    id: 1,
    from: 'a:1',
    to: 'b:2',
    flags: 'SYN',
    seq: 100,
    ack: null,
    len: 0,
    retransmit: false,
    win: 1000,
    why: 'connect',
    ...over,
  });
  const handshake = [
    ok({}),
    ok({
      id: 2,
      from: 'b:2',
      to: 'a:1',
      flags: 'SYN,ACK',
      seq: 300,
      ack: 101,
      why: 'syn-received',
    }),
    ok({ id: 3, flags: 'ACK', seq: 101, ack: 301, why: 'handshake-ack' }),
  ];

  it('accept a correct handshake and data transfer', () => {
    const trace = [
      ...handshake,
      ok({ id: 4, flags: 'PSH,ACK', seq: 101, ack: 301, len: 10, why: 'data' }),
      ok({ id: 5, from: 'b:2', to: 'a:1', flags: 'ACK', seq: 301, ack: 111, why: 'ack-data' }),
      ok({ id: 6, flags: 'FIN,ACK', seq: 111, ack: 301, why: 'close' }),
    ];
    expect(seqAckViolations(trace)).toEqual([]);
  });

  it('catch a gap in the sequence space, an ACK of unsent data and an ACK that goes back', () => {
    const trace = [
      ...handshake,
      ok({ id: 4, flags: 'PSH,ACK', seq: 111, ack: 301, len: 10, why: 'data' }),
      ok({ id: 5, from: 'b:2', to: 'a:1', flags: 'ACK', seq: 301, ack: 500, why: 'ack-data' }),
      ok({ id: 6, from: 'b:2', to: 'a:1', flags: 'ACK', seq: 301, ack: 101, why: 'ack-data' }),
    ];
    const bad = seqAckViolations(trace);
    expect(bad).toHaveLength(3);
  });

  it('catch an illegal transition and a wrong from-state', () => {
    const state = (from: TcpState, to: TcpState) =>
      ({ t: 0, type: 'state', host: 'h', socket: 'x>y', from, to, why: 'close' }) as const;
    expect(
      transitionViolations([state('CLOSED', 'SYN_SENT'), state('SYN_SENT', 'ESTABLISHED')]),
    ).toEqual([]);
    expect(transitionViolations([state('CLOSED', 'ESTABLISHED')])).toHaveLength(1);
    expect(
      transitionViolations([state('CLOSED', 'SYN_SENT'), state('ESTABLISHED', 'CLOSE_WAIT')]),
    ).toHaveLength(1);
  });
});

describe('properties of random runs', () => {
  it('changes state only along LEGAL_TRANSITIONS, from the state the socket was in', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        expect(transitionViolations(runTrace(scenario))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keeps sequence and acknowledgment numbers consistent (SYN/FIN consume one, data its length, ACKs never ahead of the peer nor backwards)', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        expect(seqAckViolations(runTrace(scenario))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives a byte-identical trace when the same scenario runs twice', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        expect(JSON.stringify(runTrace(scenario))).toBe(JSON.stringify(runTrace(scenario)));
      }),
      { ...RUNS, numRuns: 300 },
    );
  });

  it('continues a clone taken at any time exactly as a straight run goes', () => {
    fc.assert(
      fc.property(anyScenario, fc.integer({ min: 0, max: 1000 }), (scenario, centis) => {
        const straight = JSON.stringify(runTrace(scenario));
        const sim = createSimulation(scenario);
        sim.runUntil(centis / 100);
        const copy = sim.clone();
        copy.run();
        expect(JSON.stringify(copy.trace)).toBe(straight);
        sim.run();
        expect(JSON.stringify(sim.trace)).toBe(straight);
      }),
      { ...RUNS, numRuns: 300 },
    );
  });

  it('ends with every connection socket CLOSED once the timers run out, when nothing stalls the applications', () => {
    fc.assert(
      fc.property(calmScenario, (scenario) => {
        const sim = createSimulation(scenario);
        sim.run();
        expect(sim.isFinished()).toBe(true);
        const left = sim
          .snapshot()
          .hosts.flatMap((h) =>
            h.sockets.filter((s) => !s.listener).map((s) => `${h.name} ${s.key} ${s.state}`),
          );
        expect(left).toEqual([]);
      }),
      { ...RUNS, numRuns: 4000 },
    );
  });
});
