import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../sim/simulation';
import { BUILTIN_IDS, BUILTIN_SCENARIOS, type BuiltinId } from '../sim/scenario/builtins';
import type { SendEvent, TraceEvent } from '../sim/trace';
import { englishTeachStrings, teachT } from './content';
import {
  answer,
  buildQuestion,
  EMPTY_SCORE,
  nextQuestion,
  questionPoints,
  questionsFor,
  type Question,
  type QuestionKind,
  type QuestionPoint,
} from './predict';

const traces = new Map<BuiltinId, readonly TraceEvent[]>();
const traceOf = (id: BuiltinId): readonly TraceEvent[] => {
  let trace = traces.get(id);
  if (!trace) {
    trace = runScenario(BUILTIN_SCENARIOS[id]);
    traces.set(id, trace);
  }
  return trace;
};

/** With every ACK at once (delayedAck off): the textbook four-segment close; Linux's has three. */
const textbookTraceOf = (id: BuiltinId): readonly TraceEvent[] =>
  runScenario({
    ...BUILTIN_SCENARIOS[id],
    settings: { ...BUILTIN_SCENARIOS[id].settings, delayedAck: false, tailLossProbe: false },
  });

const t = teachT();

// Oracles, read straight from the trace without the module's index.

interface Oracle {
  sends: Map<number, SendEvent>;
  /** Segment id → the state the receiver changed to, when its arrival changed one. */
  changedTo: Map<number, string>;
}

const oracles = new WeakMap<readonly TraceEvent[], Oracle>();
function oracleOf(trace: readonly TraceEvent[]): Oracle {
  let o = oracles.get(trace);
  if (!o) {
    o = { sends: new Map(), changedTo: new Map() };
    for (const e of trace) {
      if (e.type === 'send') o.sends.set(e.id, e);
      if (e.type === 'state' && e.seg !== undefined) o.changedTo.set(e.seg, e.to);
    }
    oracles.set(trace, o);
  }
  return o;
}

/** The segment the receiver sent back at the same instant, before any application call. */
function replyTo(trace: readonly TraceEvent[], deliverIndex: number): SendEvent | null {
  const d = trace[deliverIndex]!;
  const sent = oracleOf(trace).sends.get((d as { id: number }).id)!;
  for (let j = deliverIndex + 1; j < trace.length; j++) {
    const f = trace[j]!;
    if (f.t !== d.t || f.type === 'deliver' || f.type === 'drop' || f.type === 'call') break;
    if (f.type === 'send' && !f.retransmit && f.from === sent.to && f.to === sent.from) return f;
  }
  return null;
}

function checkQuestion(trace: readonly TraceEvent[], point: QuestionPoint, q: Question): void {
  const correct = q.choices.filter((c) => c.correct);
  expect(correct, 'exactly one correct choice').toHaveLength(1);
  expect(q.choices.length).toBeGreaterThanOrEqual(3);
  expect(q.choices.length).toBeLessThanOrEqual(4);
  expect(new Set(q.choices.map((c) => c.id)).size, 'distinct ids').toBe(q.choices.length);
  const labels = q.choices.map((c) => t(c.labelKey, c.params));
  expect(new Set(labels).size, `distinct labels: ${labels.join(' | ')}`).toBe(labels.length);
  expect(q.pauseAt).toBeLessThan(q.deliverAt);
  expect(q.pauseAt).toBeGreaterThanOrEqual(point.send.t);
  expect(q.deliverAt).toBe(trace[point.index]!.t);

  const right = correct[0]!;
  if (q.kind === 'state') {
    const to = oracleOf(trace).changedTo.get(point.segmentId) ?? null;
    expect(right.id).toBe(`state:${to ?? q.before}`);
    if (to === null) expect(q.after).toBe(q.before);
  } else {
    const reply = replyTo(trace, point.index);
    if (q.kind === 'reply') expect(right.id).toBe(`reply:${reply ? reply.flags : 'none'}`);
    else {
      expect(reply).not.toBeNull();
      expect(right.params).toEqual(
        reply!.ack === null ? { seq: reply!.seq } : { seq: reply!.seq, ack: reply!.ack },
      );
    }
  }

  for (const key of [q.promptKey, q.explanationKey, q.answerKey, ...q.reasonKeys]) {
    expect(englishTeachStrings[key], `missing text for ${key}`).toBeDefined();
  }
  for (const c of q.choices) expect(englishTeachStrings[c.labelKey]).toBeDefined();
  expect(t(q.promptKey, q.promptParams)).not.toMatch(/\{\w+\}/);
  expect(t(q.explanationKey, q.explanationParams)).not.toMatch(/\{\w+\}/);
  expect(t(q.answerKey, q.answerParams)).not.toMatch(/\{\w+\}/);
}

const SMALL = BUILTIN_IDS.filter((id) => id !== 'port-exhaustion' && id !== 'syn-flood');

describe('predict-then-reveal over the built-in scenarios', () => {
  beforeAll(() => {
    for (const id of BUILTIN_IDS) traceOf(id);
  }, 60_000);

  it('finds a question point at every delivery of a known segment', () => {
    for (const id of BUILTIN_IDS) {
      const trace = traceOf(id);
      const sent = new Set<number>();
      let deliveries = 0;
      for (const e of trace) {
        if (e.type === 'send') sent.add(e.id);
        if (e.type === 'deliver' && sent.has(e.id)) deliveries++;
      }
      expect(questionPoints(trace), id).toHaveLength(deliveries);
    }
  });

  it('asks a sound question of every kind at every point of the small scenarios', () => {
    for (const id of SMALL) {
      const trace = traceOf(id);
      for (const point of questionPoints(trace)) {
        for (const kind of ['state', 'reply', 'numbers'] as const) {
          const q = buildQuestion(point, { kinds: [kind] });
          if (kind === 'numbers' && point.reply === null) {
            expect(q).toBeNull();
            continue;
          }
          expect(q, `${id} #${point.segmentId} ${kind}`).not.toBeNull();
          expect(q!.kind).toBe(kind);
          checkQuestion(trace, point, q!);
        }
      }
    }
  });

  it('holds for any point, seed and kinds of any built-in scenario', () => {
    const kinds = fc.subarray(['state', 'reply', 'numbers'] as QuestionKind[], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILTIN_IDS),
        fc.nat(),
        fc.nat({ max: 0xffffffff }),
        kinds,
        (id, pick, seed, allowed) => {
          const trace = traceOf(id);
          const points = questionPoints(trace);
          if (points.length === 0) return;
          const point = points[pick % points.length]!;
          const q = buildQuestion(point, { seed, kinds: allowed });
          if (q === null) {
            expect(allowed).toEqual(['numbers']);
            expect(point.reply).toBeNull();
            return;
          }
          expect(allowed).toContain(q.kind);
          checkQuestion(trace, point, q);
          // Deterministic: the same point and seed give the same question, choices in order.
          expect(buildQuestion(point, { seed, kinds: allowed })).toEqual(q);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('enumerates the same questions twice for the same seed', () => {
    const trace = traceOf('handshake-and-close');
    expect(questionsFor(trace, { seed: 7 })).toEqual(questionsFor(trace, { seed: 7 }));
  });

  it('shuffles the choices by the seed', () => {
    const trace = traceOf('handshake-and-close');
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const qs = questionsFor(trace, { seed, kinds: ['state'] });
      orders.add(qs.map((q) => q.choices.map((c) => c.id).join(',')).join(';'));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('walks through a scenario question by question', () => {
    const trace = traceOf('lost-final-ack');
    const all = questionsFor(trace);
    const walked: Question[] = [];
    let q = nextQuestion(trace, -1);
    while (q) {
      walked.push(q);
      q = nextQuestion(trace, q.deliverAt, { afterSegment: q.segmentId });
    }
    expect(walked).toEqual(all);
  });
});

describe('the questions a learner sees', () => {
  it('asks for the server state before the final ACK arrives', () => {
    const trace = traceOf('handshake-and-close');
    const q = nextQuestion(trace, 0, {
      kinds: ['state'],
      filter: (p) => p.before === 'SYN_RECEIVED',
    })!;
    expect(q).not.toBeNull();
    expect(t(q.promptKey, q.promptParams)).toMatch(/now in SYN_RECEIVED/);
    expect(q.choices.find((c) => c.correct)!.id).toBe('state:ESTABLISHED');
    const labels = q.choices.map((c) => t(c.labelKey, c.params));
    expect(labels).toContain('Stays in SYN_RECEIVED');
    const handshakeAck = trace.find(
      (e): e is SendEvent => e.type === 'send' && e.why === 'handshake-ack',
    )!;
    expect(q.segmentId).toBe(handshakeAck.id);
    expect(q.pauseAt).toBeLessThan(q.deliverAt);
    expect(t(q.explanationKey)).toMatch(/handshake is complete/);
  });

  it('offers ACK = SEQ and forgetting that a FIN takes one as wrong numbers', () => {
    const trace = textbookTraceOf('handshake-and-close');
    const q = nextQuestion(trace, 0, {
      kinds: ['numbers'],
      filter: (p) => p.send.flags.includes('FIN') && p.before === 'ESTABLISHED',
    })!;
    const fin = trace.find((e): e is SendEvent => e.type === 'send' && e.id === q.segmentId)!;
    const right = q.choices.find((c) => c.correct)!;
    expect(right.params.ack).toBe(fin.seq + 1);
    const wrongAcks = q.choices.filter((c) => !c.correct).map((c) => c.params.ack);
    expect(wrongAcks).toContain(fin.seq);
    expect(t(q.explanationKey, q.explanationParams)).toBe(
      `ACK = ${fin.seq} + 1 = ${fin.seq + 1}: the next sequence number ${q.promptParams.receiver} expects. Each data byte counts one, a SYN or a FIN one more, a bare ACK nothing. SEQ = ${right.params.seq}: where ${q.promptParams.receiver}’s own numbering stands.`,
    );
  });

  it('asks about both segments that arrive at the same instant', () => {
    const trace = textbookTraceOf('lost-final-ack');
    const first = nextQuestion(trace, 0, {
      kinds: ['state'],
      filter: (p) => p.before === 'FIN_WAIT_1',
    })!;
    const second = nextQuestion(trace, first.deliverAt, {
      kinds: ['state'],
      afterSegment: first.segmentId,
    })!;
    expect(second.deliverAt).toBe(first.deliverAt);
    expect(second.before).toBe('FIN_WAIT_2');
    expect(second.after).toBe('TIME_WAIT');
    // Asked by time instead, the second one is skipped: it arrives at the same instant.
    expect(nextQuestion(trace, first.deliverAt, { kinds: ['state'] })!.segmentId).not.toBe(
      second.segmentId,
    );
  });

  it('asks what the connection a listener opens will be', () => {
    const trace = traceOf('handshake-and-close');
    const q = nextQuestion(trace, -1, { kinds: ['state'] })!;
    expect(q.before).toBe('LISTEN');
    expect(q.promptKey).toBe('predict.prompt.stateNew');
    expect(t(q.promptKey, q.promptParams)).toMatch(/which is listening/);
    expect(q.choices.find((c) => c.correct)!.id).toBe('state:SYN_RECEIVED');
    expect(q.choices.map((c) => t(c.labelKey, c.params))).toContain(
      'None: the listener keeps no state for it',
    );
  });

  it('expects a RST,ACK from a port nobody listens on, then silence for the RST', () => {
    const trace = traceOf('no-listener');
    const [syn, rst] = questionsFor(trace, { kinds: ['reply'] });
    expect(syn!.before).toBe('CLOSED');
    expect(syn!.choices.find((c) => c.correct)!.id).toBe('reply:RST,ACK');
    expect(rst!.choices.find((c) => c.correct)!.id).toBe('reply:none');
    expect(rst!.explanationKey).toBe('predict.explain.noReplyRst');
    const numbers = questionsFor(trace, { kinds: ['numbers'] })[0]!;
    expect(numbers.choices.find((c) => c.correct)!.params).toEqual({ seq: 0, ack: 101 });
    expect(numbers.explanationKey).toBe('predict.explain.rstAck');
  });

  it('skips the forged SYNs of a flood unless asked for them', () => {
    const trace = traceOf('syn-flood-cookies');
    const spoofed = new Set(
      trace.filter((e) => e.type === 'send' && e.spoofed).map((e) => (e as SendEvent).id),
    );
    expect(spoofed.size).toBeGreaterThan(0);
    const plain = questionsFor(trace);
    expect(plain.some((q) => spoofed.has(q.segmentId))).toBe(false);
    const all = questionsFor(trace, { includeSpoofed: true });
    expect(all.some((q) => spoofed.has(q.segmentId))).toBe(true);
  });

  it('names a receiver the trace does not name from the scenario’s hosts', () => {
    const trace = traceOf('no-listener');
    const bare = nextQuestion(trace, -1, { kinds: ['reply'] })!;
    expect(bare.promptParams.receiver).toBe('10.0.0.80:8080');
    const named = nextQuestion(trace, -1, {
      kinds: ['reply'],
      hosts: BUILTIN_SCENARIOS['no-listener'].hosts,
    })!;
    expect(named.promptParams.receiver).toBe('server');
  });
});

describe('predict on a trace written by hand', () => {
  // A user scenario's trace: only the trace's shape matters.
  const trace: TraceEvent[] = [
    {
      t: 0,
      type: 'state',
      host: 'b',
      socket: '10.0.0.2:80>*',
      from: 'CLOSED',
      to: 'LISTEN',
      why: 'listen',
      name: 'srv',
    },
    {
      t: 1,
      type: 'state',
      host: 'a',
      socket: '10.0.0.1:5000>10.0.0.2:80',
      from: 'CLOSED',
      to: 'SYN_SENT',
      why: 'connect',
      name: 'cli',
    },
    {
      t: 1,
      type: 'send',
      id: 1,
      from: '10.0.0.1:5000',
      to: '10.0.0.2:80',
      flags: 'SYN',
      seq: 4000,
      ack: null,
      len: 0,
      retransmit: false,
      win: 64240,
      why: 'connect',
    },
    { t: 1.5, type: 'deliver', id: 1 },
    {
      t: 1.5,
      type: 'state',
      host: 'b',
      socket: '10.0.0.2:80>10.0.0.1:5000',
      from: 'LISTEN',
      to: 'SYN_RECEIVED',
      why: 'rcv-syn',
      seg: 1,
    },
    {
      t: 1.5,
      type: 'send',
      id: 2,
      from: '10.0.0.2:80',
      to: '10.0.0.1:5000',
      flags: 'SYN,ACK',
      seq: 9000,
      ack: 4001,
      len: 0,
      retransmit: false,
      win: 64240,
      why: 'syn-received',
    },
    { t: 2, type: 'deliver', id: 2 },
    {
      t: 2,
      type: 'state',
      host: 'a',
      socket: '10.0.0.1:5000>10.0.0.2:80',
      from: 'SYN_SENT',
      to: 'ESTABLISHED',
      why: 'rcv-synack',
      seg: 2,
      name: 'cli',
    },
    {
      t: 2,
      type: 'send',
      id: 3,
      from: '10.0.0.1:5000',
      to: '10.0.0.2:80',
      flags: 'ACK',
      seq: 4001,
      ack: 9001,
      len: 0,
      retransmit: false,
      win: 502,
      why: 'handshake-ack',
    },
  ];

  it('asks for the SYN,ACK’s numbers: the client’s ISN + 1, and the server’s own ISN', () => {
    const q = nextQuestion(trace, 0, { kinds: ['numbers'] })!;
    expect(q.segmentId).toBe(1);
    expect(q.pauseAt).toBeCloseTo(1.499999, 9);
    expect(q.choices.find((c) => c.correct)!.params).toEqual({ seq: 9000, ack: 4001 });
    const wrong = q.choices.filter((c) => !c.correct).map((c) => c.params);
    expect(wrong).toContainEqual({ seq: 9000, ack: 4000 });
    expect(t(q.explanationKey, q.explanationParams)).toMatch(
      /ACK = 4000 \+ 1 = 4001.*SEQ = 9000: srv’s own initial sequence number/,
    );
    expect(t(q.promptKey, q.promptParams)).toBe(
      'Segment #1 <SEQ=4000><CTL=SYN> is about to reach srv, now in LISTEN. srv will answer with SYN,ACK. Which numbers will that answer carry?',
    );
  });

  it('asks for the client’s next state when the SYN,ACK arrives', () => {
    const q = nextQuestion(trace, 1.5, { kinds: ['state'] })!;
    expect(q.segmentId).toBe(2);
    expect(q.promptParams.receiver).toBe('cli');
    expect(q.choices.find((c) => c.correct)!.id).toBe('state:ESTABLISHED');
  });

  it('has nothing to ask once every segment has arrived', () => {
    expect(nextQuestion(trace, 2)).toBeNull();
  });
});

describe('the score', () => {
  const trace: TraceEvent[] = [
    {
      t: 0,
      type: 'send',
      id: 1,
      from: '1.1.1.1:1',
      to: '2.2.2.2:2',
      flags: 'SYN',
      seq: 1,
      ack: null,
      len: 0,
      retransmit: false,
      win: 1,
      why: 'connect',
    },
    { t: 1, type: 'deliver', id: 1 },
  ];
  const q = nextQuestion(trace, 0, { kinds: ['state'] })!;
  const right = q.choices.find((c) => c.correct)!.id;
  const wrong = q.choices.find((c) => !c.correct)!.id;

  it('counts right answers and the streak, which a wrong answer breaks', () => {
    let s = EMPTY_SCORE;
    s = answer(s, q, right);
    s = answer(s, q, right);
    expect(s).toEqual({ correct: 2, total: 2, streak: 2 });
    s = answer(s, q, wrong);
    expect(s).toEqual({ correct: 2, total: 3, streak: 0 });
    s = answer(s, q, right);
    expect(s).toEqual({ correct: 3, total: 4, streak: 1 });
  });

  it('refuses a choice the question does not offer', () => {
    expect(() => answer(EMPTY_SCORE, q, 'state:NOPE')).toThrow(/No choice/);
  });
});
