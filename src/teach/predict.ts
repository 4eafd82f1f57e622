/**
 * Predict-then-reveal, from the trace alone: before a segment arrives, ask what the receiver will
 * do — its next state, the segment it sends back, or that segment's SEQ/ACK numbers — with the
 * true answer read from the trace and distractors built from the mistakes learners make
 * (staying put, skipping a state, ACK = SEQ instead of SEQ + 1, forgetting that SYN and FIN take
 * a sequence number). Pure: no React, no clock, no Math.random; the same trace, time and seed
 * give the same question with its choices in the same order.
 */
import { seqAdd } from '../sim/seq';
import { LEGAL_TRANSITIONS, TCP_STATES, type TcpState } from '../sim/state';
import type { SendEvent, StateEvent } from '../sim/trace';
import type { TraceView } from '../sim/traceLog';
import { causeKey, sendKey } from './content';
import type { Params } from './i18n';

export type QuestionKind = 'state' | 'reply' | 'numbers';
export const QUESTION_KINDS: readonly QuestionKind[] = ['state', 'reply', 'numbers'];

/** How long before the arrival the question pauses playback: the segment is still on the wire. */
export const PAUSE_LEAD = 1e-6;

export interface Receiver {
  /** `ip:port` the segment was sent to. */
  address: string;
  /** The receiving host's name, when the trace (or options.hosts) tells it. */
  host: string | null;
  /** The receiving socket's trace key (`local>remote`, a listener `ip:port>*`), if any. */
  socket: string | null;
  /** The receiving socket's scenario name (`c1`, `web#1`), when it has one. */
  name: string | null;
  /** The listener's name (or key) when the segment reached a listening port. */
  listener: string | null;
}

/** One delivery in the trace, with what happened when it arrived. */
export interface QuestionPoint {
  /** Index of the `deliver` event in the trace. */
  index: number;
  segmentId: number;
  /** Arrival time, seconds. */
  t: number;
  send: SendEvent;
  receiver: Receiver;
  before: TcpState;
  after: TcpState;
  /** The state events whose `seg` is this segment, in trace order. */
  changes: readonly StateEvent[];
  /** The segment the receiver sent back at once, if any. */
  reply: SendEvent | null;
  /** The segment reached a listener and the question is about the connection it opens. */
  opensConnection: boolean;
}

export interface Choice {
  id: string;
  labelKey: string;
  params: Params;
  correct: boolean;
}

export interface Question {
  /** `${segmentId}:${kind}`. */
  id: string;
  segmentId: number;
  /** Pause playback here: just before the delivery. */
  pauseAt: number;
  /** When the segment arrives (reveal by playing to here). */
  deliverAt: number;
  kind: QuestionKind;
  promptKey: string;
  promptParams: Params;
  choices: Choice[];
  /** Why the true answer is true: a state cause (`teach.cause.*`), a send reason (`teach.send.*`) or a `predict.explain.*` text. */
  explanationKey: string;
  explanationParams: Params;
  /** What happens, in a sentence (`predict.outcome.*`). */
  answerKey: string;
  answerParams: Params;
  /** More "why" keys to show under the explanation (causes, send reasons), without params. */
  reasonKeys: string[];
  receiver: Receiver;
  before: TcpState;
  after: TcpState;
  reply: { id: number; flags: string; seq: number; ack: number | null } | null;
}

export interface PredictOptions {
  /** Seeds the choice order and the kind of question at each point (default 1). */
  seed?: number;
  /** The kinds of question allowed (default all three). */
  kinds?: readonly QuestionKind[];
  /** Ask about segments from forged sources (a SYN flood's); default false. */
  includeSpoofed?: boolean;
  /** The scenario's hosts (name → IPv4), to name receivers the trace does not name. */
  hosts?: Readonly<Record<string, string>>;
  /** Only ask where this holds (for example, deliveries to the selected host). */
  filter?: (point: QuestionPoint) => boolean;
  /** Start after this segment's delivery instead of after a time (segments arriving together). */
  afterSegment?: number;
}

// ---------------------------------------------------------------------------------------------
// The question points, built once per trace.

interface PointIndex {
  length: number;
  points: QuestionPoint[];
  bySegment: Map<number, number>;
}

const cache = new WeakMap<TraceView, PointIndex>();

function localOf(socketKey: string): string {
  const gt = socketKey.indexOf('>');
  return gt < 0 ? socketKey : socketKey.slice(0, gt);
}

function ipOf(address: string): string {
  const colon = address.lastIndexOf(':');
  return colon < 0 ? address : address.slice(0, colon);
}

function portOf(address: string): string {
  return address.slice(address.lastIndexOf(':') + 1);
}

function buildIndex(trace: TraceView): PointIndex {
  const n = trace.length;
  // Pass 1: name each socket's lifetimes (a 4-tuple is reused once its last lifetime is CLOSED),
  // since a socket's name (`web#1`) can first appear after the events a question is about.
  const lifeOf = new Int32Array(n).fill(-1);
  const names: (string | null)[] = [];
  const hostByIp = new Map<string, string>();
  {
    const open = new Map<string, { life: number; state: TcpState }>();
    for (let i = 0; i < n; i++) {
      const e = trace.at(i)!;
      if (e.type !== 'state') continue;
      const ip = ipOf(localOf(e.socket));
      if (!hostByIp.has(ip)) hostByIp.set(ip, e.host);
      let cur = open.get(e.socket);
      if (!cur || cur.state === 'CLOSED') {
        cur = { life: names.length, state: e.to };
        names.push(null);
        open.set(e.socket, cur);
      } else cur.state = e.to;
      lifeOf[i] = cur.life;
      if (e.name !== undefined && names[cur.life] === null) names[cur.life] = e.name;
    }
  }

  // Pass 2: walk the trace keeping every socket's state; at each delivery, read what followed.
  const sends = new Map<number, SendEvent>();
  const sockets = new Map<string, { state: TcpState; life: number }>();
  const points: QuestionPoint[] = [];
  const bySegment = new Map<number, number>();

  const listenerKey = (address: string): string | null => {
    const exact = `${address}>*`;
    if (sockets.get(exact)?.state === 'LISTEN') return exact;
    const any = `0.0.0.0:${portOf(address)}>*`;
    return sockets.get(any)?.state === 'LISTEN' ? any : null;
  };
  const nameOf = (key: string | null): string | null => {
    if (key === null) return null;
    const s = sockets.get(key);
    return s ? (names[s.life] ?? null) : null;
  };

  for (let i = 0; i < n; i++) {
    const e = trace.at(i)!;
    if (e.type === 'send') {
      sends.set(e.id, e);
      continue;
    }
    if (e.type === 'state') {
      sockets.set(e.socket, { state: e.to, life: lifeOf[i]! });
      continue;
    }
    if (e.type !== 'deliver') continue;
    const send = sends.get(e.id);
    if (!send) continue;

    // What the arrival caused: the events at the same instant, up to the next arrival or loss.
    const changes: StateEvent[] = [];
    let firstChange = -1;
    let reply: SendEvent | null = null;
    let sawCall = false;
    for (let j = i + 1; j < n; j++) {
      const f = trace.at(j)!;
      if (f.t !== e.t || f.type === 'deliver' || f.type === 'drop') break;
      if (f.type === 'state' && f.seg === e.id) {
        if (firstChange < 0) firstChange = j;
        changes.push(f);
      } else if (f.type === 'call') {
        // An application call reacting to the arrival (recv EOF, then close) sends on its own.
        sawCall = true;
      } else if (
        f.type === 'send' &&
        reply === null &&
        !sawCall &&
        !f.retransmit &&
        f.from === send.to &&
        f.to === send.from
      ) {
        reply = f;
      }
    }

    let before: TcpState;
    let socket: string | null;
    let life: number | null;
    const listener = listenerKey(send.to);
    if (changes.length > 0) {
      before = changes[0]!.from;
      socket = changes[0]!.socket;
      life = lifeOf[firstChange]!;
    } else {
      const key4 = `${send.to}>${send.from}`;
      const cur = sockets.get(key4);
      if (cur && cur.state !== 'CLOSED') {
        before = cur.state;
        socket = key4;
        life = cur.life;
      } else if (listener) {
        before = 'LISTEN';
        socket = listener;
        life = sockets.get(listener)!.life;
      } else {
        before = 'CLOSED';
        socket = null;
        life = null;
      }
    }
    const opensConnection = before === 'LISTEN' && socket !== null && socket !== listener;
    const atListener = before === 'LISTEN' && listener !== null;
    const after = changes.length > 0 ? changes[changes.length - 1]!.to : before;

    bySegment.set(e.id, points.length);
    points.push({
      index: i,
      segmentId: e.id,
      t: e.t,
      send,
      receiver: {
        address: send.to,
        host: hostByIp.get(ipOf(send.to)) ?? null,
        socket,
        name: life === null ? null : (names[life] ?? null),
        listener: atListener ? (nameOf(listener) ?? listener) : null,
      },
      before,
      after,
      changes,
      reply,
      opensConnection: opensConnection || (atListener && changes.length === 0),
    });
  }
  return { length: n, points, bySegment };
}

function indexOf(trace: TraceView): PointIndex {
  const known = cache.get(trace);
  if (known && known.length === trace.length) return known;
  const built = buildIndex(trace);
  cache.set(trace, built);
  return built;
}

/** Every delivery of a segment whose send is in the trace, in trace order. */
export function questionPoints(trace: TraceView): readonly QuestionPoint[] {
  return indexOf(trace).points;
}

// ---------------------------------------------------------------------------------------------
// A tiny seeded generator: FNV-1a to mix the seed, mulberry32 to draw.

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = () => number;

export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rngFor(seed: number, segmentId: number, salt: string): Rng {
  return seededRng(hash(`${seed}|${segmentId}|${salt}`));
}

function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Building a question.

function hasFlag(flags: string, flag: string): boolean {
  return flags.split(',').includes(flag);
}

/** SEG.LEN: payload bytes plus one each for SYN and FIN (RFC 9293 §3.4). */
export function consumed(seg: Pick<SendEvent, 'flags' | 'len'>): number {
  return seg.len + (hasFlag(seg.flags, 'SYN') ? 1 : 0) + (hasFlag(seg.flags, 'FIN') ? 1 : 0);
}

/** The RFC's notation for a segment: `<SEQ=100><ACK=301><CTL=FIN,ACK>`, `<DATA=100>` for data. */
export function segmentNotation(seg: Pick<SendEvent, 'seq' | 'ack' | 'flags' | 'len'>): string {
  const ack = seg.ack === null ? '' : `<ACK=${seg.ack}>`;
  const data = seg.len > 0 ? `<DATA=${seg.len}>` : '';
  return `<SEQ=${seg.seq}>${ack}<CTL=${seg.flags}>${data}`;
}

function receiverName(point: QuestionPoint, hosts?: Readonly<Record<string, string>>): string {
  const r = point.receiver;
  if (point.opensConnection && r.listener) return r.listener;
  if (r.name) return r.name;
  if (r.host) return r.host;
  const ip = ipOf(r.address);
  const named = hosts ? Object.keys(hosts).find((name) => hosts[name] === ip) : undefined;
  return named ?? r.address;
}

function applicableKinds(point: QuestionPoint, allowed: readonly QuestionKind[]): QuestionKind[] {
  return allowed.filter((k) => k !== 'numbers' || point.reply !== null);
}

function pickKind(point: QuestionPoint, kinds: readonly QuestionKind[], rng: Rng): QuestionKind {
  // A change of state is what the diagram teaches: ask about it twice as often.
  const weighted = kinds.flatMap((k) => (k === 'state' && point.changes.length > 0 ? [k, k] : [k]));
  return weighted[Math.floor(rng() * weighted.length)]!;
}

/** States a learner is likely to pick for this segment arriving in this state. */
function misconceptions(send: SendEvent, before: TcpState): TcpState[] {
  const f = send.flags;
  if (hasFlag(f, 'RST')) return ['CLOSED', 'LISTEN', 'TIME_WAIT'];
  if (hasFlag(f, 'SYN') && hasFlag(f, 'ACK')) return ['ESTABLISHED', 'SYN_RECEIVED', 'CLOSED'];
  if (hasFlag(f, 'SYN')) return ['SYN_RECEIVED', 'ESTABLISHED', 'SYN_SENT'];
  if (hasFlag(f, 'FIN'))
    return ['CLOSE_WAIT', 'TIME_WAIT', 'CLOSING', 'FIN_WAIT_2', 'LAST_ACK', 'CLOSED'];
  switch (before) {
    case 'LAST_ACK': // "the passive closer waits in TIME_WAIT too"
      return ['TIME_WAIT', 'CLOSED', 'CLOSE_WAIT'];
    case 'CLOSING':
      return ['CLOSED', 'FIN_WAIT_2', 'TIME_WAIT'];
    case 'FIN_WAIT_1':
      return ['TIME_WAIT', 'CLOSING', 'CLOSED'];
    case 'SYN_SENT':
    case 'SYN_RECEIVED':
      return ['ESTABLISHED', 'SYN_RECEIVED', 'CLOSED'];
    default:
      return ['ESTABLISHED', 'FIN_WAIT_2', 'TIME_WAIT', 'CLOSED'];
  }
}

function stateChoices(point: QuestionPoint, rng: Rng): Choice[] {
  const truth = point.after;
  const before = point.before;
  const picked: TcpState[] = [truth];
  const add = (s: TcpState) => {
    if (picked.length < 4 && !picked.includes(s)) picked.push(s);
  };
  // Staying put is the first mistake to offer; then the other ways out of the state; then what
  // the segment's flags suggest; then one step too far; then anything.
  add(before);
  for (const s of shuffle(LEGAL_TRANSITIONS[before], rng)) add(s);
  for (const s of misconceptions(point.send, before)) add(s);
  for (const s of shuffle(LEGAL_TRANSITIONS[truth], rng)) add(s);
  for (const s of TCP_STATES) add(s);
  return picked.map((state) => ({
    id: `state:${state}`,
    labelKey:
      state === before
        ? point.opensConnection
          ? 'predict.choice.noState'
          : 'predict.choice.stays'
        : 'predict.choice.state',
    params: { state },
    correct: state === truth,
  }));
}

const NOTHING = 'none';

function replyPool(send: SendEvent): string[] {
  const f = send.flags;
  if (hasFlag(f, 'RST')) return [NOTHING, 'RST', 'ACK', 'RST,ACK'];
  if (hasFlag(f, 'SYN') && hasFlag(f, 'ACK')) return ['ACK', NOTHING, 'RST', 'SYN,ACK'];
  if (hasFlag(f, 'SYN')) return ['SYN,ACK', 'RST,ACK', 'ACK', NOTHING, 'SYN'];
  if (hasFlag(f, 'FIN')) return ['ACK', 'FIN,ACK', NOTHING, 'RST'];
  if (send.len > 0) return ['ACK', NOTHING, 'PSH,ACK', 'RST'];
  return [NOTHING, 'ACK', 'FIN,ACK', 'RST'];
}

function replyChoices(point: QuestionPoint): Choice[] {
  const truth = point.reply ? point.reply.flags : NOTHING;
  const picked = [truth];
  for (const f of [...replyPool(point.send), 'ACK', NOTHING, 'RST', 'FIN,ACK', 'SYN,ACK']) {
    if (picked.length < 4 && !picked.includes(f)) picked.push(f);
  }
  return picked.map((flags): Choice => ({
    id: `reply:${flags}`,
    labelKey: flags === NOTHING ? 'predict.choice.nothing' : 'predict.choice.flags',
    params: flags === NOTHING ? {} : { flags },
    correct: flags === truth,
  }));
}

interface Numbers {
  seq: number;
  ack: number | null;
}

function numberChoices(point: QuestionPoint, rng: Rng): Choice[] {
  const r = point.reply!;
  const d = point.send;
  const truth: Numbers = { seq: r.seq, ack: r.ack };
  const len = consumed(d);
  const tier1: Numbers[] = [];
  const tier2: Numbers[] = [];
  if (r.ack !== null) {
    tier1.push({ seq: r.seq, ack: d.seq }); // ACK = SEQ: forgot to add the length
    if (len !== d.len) tier1.push({ seq: r.seq, ack: seqAdd(d.seq, d.len) }); // SYN/FIN count one
    tier1.push({ seq: r.ack, ack: r.seq }); // whose number is whose
    tier2.push({ seq: r.seq, ack: seqAdd(r.ack, 1) });
    if (d.len > 0) tier2.push({ seq: r.seq, ack: seqAdd(d.seq, 1) }); // "ACK is always SEQ + 1"
    tier2.push({ seq: seqAdd(r.seq, 1), ack: r.ack });
    if (d.ack !== null && d.ack !== r.seq) tier2.push({ seq: d.ack, ack: r.ack });
  } else {
    tier1.push({ seq: seqAdd(r.seq, 1), ack: null });
    tier1.push({ seq: d.seq, ack: null });
    tier2.push({ seq: seqAdd(d.seq, len), ack: null });
    if (r.seq !== 0) tier2.push({ seq: seqAdd(r.seq, -1), ack: null });
    tier2.push({ seq: 0, ack: null });
  }
  tier2.push({ seq: seqAdd(r.seq, 2), ack: r.ack === null ? null : seqAdd(r.ack, 2) });
  const same = (a: Numbers, b: Numbers) => a.seq === b.seq && a.ack === b.ack;
  const picked: Numbers[] = [truth];
  for (const c of [...shuffle(tier1, rng), ...shuffle(tier2, rng)]) {
    if (picked.length < 4 && !picked.some((p) => same(p, c))) picked.push(c);
  }
  return picked.map((c): Choice => ({
    id: `numbers:${c.seq}:${c.ack ?? '-'}`,
    labelKey: c.ack === null ? 'predict.choice.seq' : 'predict.choice.seqAck',
    params: c.ack === null ? { seq: c.seq } : { seq: c.seq, ack: c.ack },
    correct: same(c, truth),
  }));
}

/** The question for one point, or null when none of the allowed kinds applies there. */
export function buildQuestion(point: QuestionPoint, options: PredictOptions = {}): Question | null {
  const seed = options.seed ?? 1;
  const kinds = applicableKinds(point, options.kinds ?? QUESTION_KINDS);
  if (kinds.length === 0) return null;
  const kind = pickKind(point, kinds, rngFor(seed, point.segmentId, 'kind'));
  const rng = rngFor(seed, point.segmentId, kind);
  const receiver = receiverName(point, options.hosts);
  const { send, reply, before, after, changes } = point;
  const promptParams: Params = {
    id: send.id,
    segment: segmentNotation(send),
    receiver,
    state: before,
  };
  const causes = [...new Set(changes.map((c) => c.why))].map(causeKey);
  let choices: Choice[];
  let promptKey: string;
  let explanationKey: string;
  let explanationParams: Params = {};
  let answerKey: string;
  let answerParams: Params;
  let reasonKeys: string[];

  if (kind === 'state') {
    choices = stateChoices(point, rng);
    promptKey = point.opensConnection ? 'predict.prompt.stateNew' : 'predict.prompt.state';
    if (changes.length > 0) {
      explanationKey = causeKey(changes[changes.length - 1]!.why);
      answerKey = 'predict.outcome.state';
      answerParams = { receiver, from: before, to: after };
      reasonKeys = causes.filter((k) => k !== explanationKey);
    } else {
      explanationKey = 'predict.explain.noChange';
      explanationParams = { receiver, state: before };
      answerKey = 'predict.outcome.stays';
      answerParams = { receiver, state: before };
      reasonKeys = [];
    }
    if (reply) reasonKeys.push(sendKey(reply.why));
  } else if (kind === 'reply') {
    choices = replyChoices(point);
    promptKey = 'predict.prompt.reply';
    if (reply) {
      explanationKey = sendKey(reply.why);
      answerKey = 'predict.outcome.reply';
      answerParams = { receiver, flags: reply.flags, id: reply.id };
    } else {
      explanationKey = hasFlag(send.flags, 'RST')
        ? 'predict.explain.noReplyRst'
        : consumed(send) === 0
          ? 'predict.explain.noReplyAck'
          : 'predict.explain.noReplyOther';
      answerKey = 'predict.outcome.noReply';
      answerParams = { receiver };
    }
    reasonKeys = causes;
  } else {
    const r = reply!;
    choices = numberChoices(point, rng);
    promptKey = 'predict.prompt.numbers';
    promptParams.replyFlags = r.flags;
    const len = consumed(send);
    if (r.ack === null) {
      explanationKey = hasFlag(r.flags, 'RST') ? 'predict.explain.rstSeq' : sendKey(r.why);
      explanationParams = { seq: r.seq };
      answerKey = 'predict.outcome.numbersSeq';
      answerParams = { receiver, seq: r.seq, flags: r.flags };
    } else {
      if (hasFlag(r.flags, 'RST') && send.ack === null) {
        explanationKey = 'predict.explain.rstAck';
        explanationParams = { dseq: send.seq, consumed: len, ack: r.ack };
      } else if (r.ack === seqAdd(send.seq, len)) {
        explanationKey = hasFlag(r.flags, 'SYN')
          ? 'predict.explain.numbersIsn'
          : 'predict.explain.numbers';
        explanationParams = { dseq: send.seq, consumed: len, ack: r.ack, seq: r.seq, receiver };
      } else {
        explanationKey = 'predict.explain.numbersRepeat';
        explanationParams = { ack: r.ack, seq: r.seq, id: send.id, receiver };
      }
      answerKey = 'predict.outcome.numbers';
      answerParams = { receiver, seq: r.seq, ack: r.ack, flags: r.flags };
    }
    reasonKeys = [sendKey(r.why)];
  }

  return {
    id: `${send.id}:${kind}`,
    segmentId: send.id,
    pauseAt: Math.max(send.t, Math.round((point.t - PAUSE_LEAD) * 1e6) / 1e6),
    deliverAt: point.t,
    kind,
    promptKey,
    promptParams,
    choices: shuffle(choices, rng),
    explanationKey,
    explanationParams,
    answerKey,
    answerParams,
    reasonKeys,
    receiver: point.receiver,
    before,
    after,
    reply: reply ? { id: reply.id, flags: reply.flags, seq: reply.seq, ack: reply.ack } : null,
  };
}

function eligible(point: QuestionPoint, options: PredictOptions): boolean {
  if (point.send.spoofed && !options.includeSpoofed) return false;
  return options.filter ? options.filter(point) : true;
}

/**
 * The next question after `afterTime` (deliveries strictly later), or, with
 * `options.afterSegment`, after that segment's delivery in trace order (so two segments arriving
 * at the same instant are both asked). Null when nothing is left to ask.
 */
export function nextQuestion(
  trace: TraceView,
  afterTime: number,
  options: PredictOptions = {},
): Question | null {
  const { points, bySegment } = indexOf(trace);
  let start: number;
  const after =
    options.afterSegment === undefined ? undefined : bySegment.get(options.afterSegment);
  if (after !== undefined) start = after + 1;
  else {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (points[mid]!.t <= afterTime + 1e-9) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  for (let i = start; i < points.length; i++) {
    const point = points[i]!;
    if (!eligible(point, options)) continue;
    const q = buildQuestion(point, options);
    if (q) return q;
  }
  return null;
}

/** Every question point of a run, as questions. */
export function questionsFor(trace: TraceView, options: PredictOptions = {}): Question[] {
  const out: Question[] = [];
  for (const point of questionPoints(trace)) {
    if (!eligible(point, options)) continue;
    const q = buildQuestion(point, options);
    if (q) out.push(q);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The score.

export interface Score {
  correct: number;
  total: number;
  /** Right answers in a row, ending with the last one. */
  streak: number;
}

export const EMPTY_SCORE: Score = { correct: 0, total: 0, streak: 0 };

export function isCorrect(question: Question, choiceId: string): boolean {
  const choice = question.choices.find((c) => c.id === choiceId);
  if (!choice) throw new Error(`No choice ${choiceId} in question ${question.id}`);
  return choice.correct;
}

/** The score after answering `question` with `choiceId`. */
export function answer(score: Score, question: Question, choiceId: string): Score {
  const right = isCorrect(question, choiceId);
  return {
    correct: score.correct + (right ? 1 : 0),
    total: score.total + 1,
    streak: right ? score.streak + 1 : 0,
  };
}
