/**
 * The teaching layer's part of the store: which socket the state diagram follows and what in it
 * is being explained, predict-then-reveal, and presenter mode. Everything here is read from the
 * trace and the playback time; the slice never runs a timer. Predict mode stops playback from
 * inside the store: `advance` asks `predictAdvance` how far it may go (see createSimStore.ts).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../sim/scenario/types';
import type { TcpState } from '../sim/state';
import type { StateEvent } from '../sim/trace';
import { entryFor, keptUpTo, traceSource, type TraceView } from '../sim/traceLog';
import {
  answer,
  EMPTY_SCORE,
  nextQuestion,
  type PredictOptions,
  type Question,
  type Score,
} from '../teach/predict';
import { TIME_EPSILON, type HostRef } from './traceIndex';

/** A socket as the trace names it: its host and its `local>remote` key (`ip:port>*` listens). */
export interface SocketRef {
  host: string;
  key: string;
}

/** What the explanation panel explains: a state, or a transition of the diagram by its id. */
export type TeachSelection = { kind: 'state'; state: TcpState } | { kind: 'edge'; id: string };

export interface PredictState {
  on: boolean;
  /** Seeds the kind of each question and the order of its choices. */
  seed: number;
  /** The upcoming question (or the one being revealed); null when nothing is left to ask. */
  question: Question | null;
  /** The answer is shown: playback stands at the question's arrival. */
  revealed: boolean;
  /** The choice the learner answered with; null when revealed without answering. */
  answered: string | null;
  /** Kept per scenario: loading another one (or resetting) starts again from zero. */
  score: Score;
}

export interface TeachData {
  /** The socket the diagram follows when the learner picked one; null means the default. */
  selectedSocket: SocketRef | null;
  /** The state or transition picked in the diagram; null explains the current state. */
  diagramSelection: TeachSelection | null;
  predict: PredictState;
  presenter: boolean;
  /** What a press on a segment on the wire does: lose it, or open its details. */
  wirePress: WirePress;
}

export type WirePress = 'drop' | 'explain';

export interface TeachActions {
  selectSocket(socket: SocketRef | null): void;
  selectDiagram(selection: TeachSelection | null): void;
  setPredict(on: boolean): void;
  togglePredict(): void;
  /** Scores the answer, shows it and moves playback to the segment's arrival. */
  answerQuestion(choiceId: string): void;
  /** Shows the answer without scoring and moves playback to the segment's arrival. */
  revealQuestion(): void;
  /** On to the next question, and playback runs until it. */
  continuePredict(): void;
  setPresenter(on: boolean): void;
  togglePresenter(): void;
  setWirePress(mode: WirePress): void;
}

/**
 * What the slice reads from and calls on the rest of the store. Declared here, not imported from
 * createSimStore.ts, so that the store imports the slice and never the other way round.
 */
export interface TeachHost {
  scenario: Scenario;
  trace: TraceView;
  hosts: readonly HostRef[];
  time: number;
  seek(t: number): void;
  play(): void;
  pause(): void;
}

type Full = TeachHost & TeachData & TeachActions;
type SetState = StoreApi<Full>['setState'];
type Ctx = Pick<TeachHost, 'trace' | 'time' | 'scenario'>;

export const DEFAULT_PREDICT_SEED = 1;

function options(s: Ctx, seed: number, afterSegment?: number): PredictOptions {
  return afterSegment === undefined
    ? { seed, hosts: s.scenario.hosts }
    : { seed, hosts: s.scenario.hosts, afterSegment };
}

/** The question asked next from the playback time on. */
function questionFrom(s: Ctx, seed: number): Question | null {
  return nextQuestion(s.trace, s.time, options(s, seed));
}

/** The question that follows an answered one (segments arriving together are each asked). */
function questionAfter(s: Ctx, seed: number, q: Question): Question | null {
  return nextQuestion(s.trace, q.deliverAt, options(s, seed, q.segmentId));
}

function asking(p: PredictState, question: Question | null): PredictState {
  return { ...p, question, revealed: false, answered: null };
}

export function initialTeach(): TeachData {
  return {
    selectedSocket: null,
    diagramSelection: null,
    predict: {
      on: false,
      seed: DEFAULT_PREDICT_SEED,
      question: null,
      revealed: false,
      answered: null,
      score: EMPTY_SCORE,
    },
    presenter: false,
    wirePress: 'drop',
  };
}

/** What a newly loaded scenario does to the teaching state: new sockets, a new score. */
export function teachOnLoad(prev: TeachData, next: Ctx): Pick<TeachData, keyof TeachData> {
  const p = prev.predict;
  return {
    selectedSocket: null,
    diagramSelection: null,
    predict: {
      ...asking(p, p.on ? questionFrom(next, p.seed) : null),
      score: EMPTY_SCORE,
    },
    presenter: prev.presenter,
    wirePress: prev.wirePress,
  };
}

export interface PredictAdvance {
  /** Where playback may go this frame. */
  target: number;
  /** It stops there: a question is waiting. */
  stop: boolean;
  predict?: PredictState;
}

/**
 * How far `advance` may move playback in predict mode: never past the pause point of an
 * unanswered question. Playing on after a revealed answer moves to the next question first.
 */
export function predictAdvance(s: Full, target: number): PredictAdvance {
  const p = s.predict;
  if (!p.on || !p.question) return { target, stop: false };
  let predict: PredictState | undefined;
  let q: Question | null = p.question;
  if (p.revealed) {
    q = questionAfter(s, p.seed, p.question);
    predict = asking(p, q);
  }
  if (q && s.time <= q.pauseAt + TIME_EPSILON && target >= q.pauseAt - TIME_EPSILON) {
    return predict ? { target: q.pauseAt, stop: true, predict } : { target: q.pauseAt, stop: true };
  }
  return predict ? { target, stop: false, predict } : { target, stop: false };
}

/** Where a step forward lands in predict mode: at an unanswered question's pause point. */
export function predictStepTarget(s: Full, next: number): number {
  const p = s.predict;
  const q = p.question;
  if (!p.on || !q || p.revealed) return next;
  if (s.time < q.pauseAt - TIME_EPSILON && next > q.pauseAt) return q.pauseAt;
  return next;
}

/** Keeps the question in step with seeks, steps and recorded actions (which change the trace). */
function followPlayback(s: Full, prev: Full): PredictState | null {
  const p = s.predict;
  if (!p.on) return null;
  const q = p.question;
  const sameTrace = s.trace === prev.trace;
  if (sameTrace && s.time === prev.time) return null;
  if (q && sameTrace) {
    if (p.revealed && Math.abs(s.time - q.deliverAt) <= TIME_EPSILON) return null;
    if (!p.revealed) {
      // Forward, not past it: still the next question. Backward: an earlier one may come first.
      if (s.time >= prev.time && s.time <= q.pauseAt + TIME_EPSILON) return null;
      // One step from the pause point onto the arrival: the step itself reveals the answer.
      const wasPaused = Math.abs(prev.time - q.pauseAt) <= TIME_EPSILON;
      if (wasPaused && Math.abs(s.time - q.deliverAt) <= TIME_EPSILON) {
        return { ...p, revealed: true, answered: null };
      }
    }
  }
  // Nothing left to ask stays so while playback only moves on.
  if (!q && sameTrace && s.time > prev.time) return null;
  const next = questionFrom(s, p.seed);
  if (!p.revealed && next?.id === q?.id && sameTrace) return null;
  return asking(p, next);
}

/** Recomputes the question whenever playback moves or the trace changes. */
export function followTeach(store: StoreApi<Full>): () => void {
  return store.subscribe((s, prev) => {
    if (s.time === prev.time && s.trace === prev.trace) return;
    const predict = followPlayback(s, prev);
    if (predict) store.setState({ predict });
  });
}

export function createTeachSlice(set: SetState, get: () => Full): TeachData & TeachActions {
  return {
    ...initialTeach(),
    selectSocket(socket) {
      set({ selectedSocket: socket, diagramSelection: null });
    },
    selectDiagram(selection) {
      set({ diagramSelection: selection });
    },
    setPredict(on) {
      const s = get();
      if (s.predict.on === on) return;
      set({
        predict: on
          ? asking({ ...s.predict, on }, questionFrom(s, s.predict.seed))
          : { ...asking(s.predict, null), on },
      });
    },
    togglePredict() {
      get().setPredict(!get().predict.on);
    },
    answerQuestion(choiceId) {
      const s = get();
      const q = s.predict.question;
      if (!s.predict.on || !q || s.predict.revealed) return;
      const score = answer(s.predict.score, q, choiceId);
      set({ predict: { ...s.predict, score, revealed: true, answered: choiceId } });
      s.pause();
      get().seek(q.deliverAt);
    },
    revealQuestion() {
      const s = get();
      const q = s.predict.question;
      if (!s.predict.on || !q || s.predict.revealed) return;
      set({ predict: { ...s.predict, revealed: true, answered: null } });
      s.pause();
      get().seek(q.deliverAt);
    },
    continuePredict() {
      const s = get();
      const q = s.predict.question;
      if (!s.predict.on || !q) return;
      if (s.predict.revealed)
        set({ predict: asking(s.predict, questionAfter(s, s.predict.seed, q)) });
      if (get().predict.question) get().play();
    },
    setPresenter(on) {
      set({ presenter: on });
    },
    togglePresenter() {
      set({ presenter: !get().presenter });
    },
    setWirePress(mode) {
      set({ wirePress: mode });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The diagram's socket: which one, its state changes up to the playback time, its state now.

export interface SocketInfo extends SocketRef {
  /** The scenario's name for it (`c1`, `web#1`), when it has one. */
  name: string | null;
  listener: boolean;
}

interface SocketIndex {
  /** Every socket that changes state in the run, in order of its first change. */
  sockets: SocketInfo[];
  byId: BySocket<{ info: SocketInfo; events: StateEvent[] }>;
  fallback: SocketRef | null;
}

interface SocketIndexState {
  hosts: readonly HostRef[];
  processed: number;
  view: TraceView;
  sockets: SocketInfo[];
  byId: SocketIndex['byId'];
  index: SocketIndex;
}

/**
 * Keyed by the growing log behind the trace view: while the run streams in, each new view extends
 * the index with its new lines (a new SocketIndex object only when a socket was added).
 */
const socketIndexes = new WeakMap<object, SocketIndexState>();

/**
 * Entries by host, then socket key: a key of both glued together was a string per socket, 56,000
 * of them in port exhaustion.
 */
class BySocket<V> {
  private readonly hosts = new Map<string, Map<string, V>>();

  get(host: string, key: string): V | undefined {
    return this.hosts.get(host)?.get(key);
  }

  has(host: string, key: string): boolean {
    return this.hosts.get(host)?.has(key) ?? false;
  }

  set(host: string, key: string, value: V): void {
    let keys = this.hosts.get(host);
    if (!keys) this.hosts.set(host, (keys = new Map()));
    keys.set(key, value);
  }

  delete(host: string, key: string): void {
    this.hosts.get(host)?.delete(key);
  }
}

function fallbackOf(sockets: readonly SocketInfo[], hosts: readonly HostRef[]): SocketRef | null {
  // The first connection of the client (the host named so, else the first host), else any.
  const client = hosts.find((h) => h.name === 'client')?.name ?? hosts[0]?.name;
  const first =
    sockets.find((x) => x.host === client && !x.listener) ??
    sockets.find((x) => !x.listener) ??
    sockets[0];
  return first ? { host: first.host, key: first.key } : null;
}

function extendSocketIndex(st: SocketIndexState, trace: TraceView): void {
  const { byId, sockets } = st;
  const before = sockets.length;
  for (let i = st.processed; i < trace.length; i++) {
    const e = trace.at(i)!;
    if (e.type !== 'state') continue;
    let entry = byId.get(e.host, e.socket);
    if (!entry) {
      const info: SocketInfo = {
        host: e.host,
        key: e.socket,
        name: e.name ?? null,
        listener: e.socket.endsWith('>*'),
      };
      entry = { info, events: [] };
      byId.set(e.host, e.socket, entry);
      sockets.push(info);
    }
    if (entry.info.name === null && e.name !== undefined) entry.info.name = e.name;
    entry.events.push(e);
  }
  st.processed = trace.length;
  st.view = trace;
  if (sockets.length !== before) {
    st.index = { sockets: sockets.slice(), byId, fallback: fallbackOf(sockets, st.hosts) };
  }
}

/**
 * Cut back to time t (null: nothing) for a trace that keeps the lines up to there (entryFor):
 * sockets first seen later are forgotten, the others lose their later state changes.
 */
function cutSocketIndex(st: SocketIndexState, t: number | null): boolean {
  const kept: SocketInfo[] = [];
  for (const info of st.sockets) {
    const entry = st.byId.get(info.host, info.key)!;
    const n = keptUpTo(entry.events, t, (e) => e.t);
    if (n === 0) {
      st.byId.delete(info.host, info.key);
      continue;
    }
    if (n < entry.events.length) {
      // A new array: diagram views are cached by the array they were made from.
      entry.events = entry.events.slice(0, n);
      const name = entry.events.find((e) => e.name !== undefined)?.name ?? null;
      if (name !== entry.info.name) entry.info = { ...entry.info, name };
    }
    kept.push(entry.info);
  }
  st.sockets.length = 0;
  for (const info of kept) st.sockets.push(info);
  st.index = { sockets: kept, byId: st.byId, fallback: fallbackOf(kept, st.hosts) };
  return true;
}

function socketIndex(s: Pick<TeachHost, 'trace' | 'hosts'>): SocketIndex {
  const source = traceSource(s.trace);
  let st = entryFor(socketIndexes, s.trace, cutSocketIndex);
  if (!st || st.hosts !== s.hosts || st.processed > s.trace.length) {
    const byId: SocketIndex['byId'] = new BySocket();
    st = {
      hosts: s.hosts,
      processed: 0,
      view: s.trace,
      sockets: [],
      byId,
      index: { sockets: [], byId, fallback: null },
    };
    socketIndexes.set(source, st);
    extendSocketIndex(st, s.trace);
  } else if (st.view !== s.trace) extendSocketIndex(st, s.trace);
  return st.index;
}

/** Every socket of the run, in order of its first state change. */
export function teachSockets(s: Pick<TeachHost, 'trace' | 'hosts'>): readonly SocketInfo[] {
  return socketIndex(s).sockets;
}

/**
 * The socket the diagram follows: the learner's pick when it exists in this run, else the
 * client's first connection, else the first socket.
 */
export function diagramSocket(
  s: Pick<TeachHost, 'trace' | 'hosts'> & Pick<TeachData, 'selectedSocket'>,
): SocketRef | null {
  const index = socketIndex(s);
  const picked = s.selectedSocket;
  if (picked && index.byId.has(picked.host, picked.key)) return picked;
  return index.fallback;
}

export interface DiagramTransitionView {
  from: TcpState;
  to: TcpState;
  t: number;
  why: string;
}

export interface DiagramView {
  socket: SocketInfo | null;
  /** This lifetime's state changes up to the playback time, oldest first. */
  transitions: readonly DiagramTransitionView[];
  /** Its state at the playback time (CLOSED before it opens and after it ends). */
  current: TcpState | null;
}

const NO_TRANSITIONS: readonly DiagramTransitionView[] = [];
const EMPTY_VIEW: DiagramView = { socket: null, transitions: NO_TRANSITIONS, current: null };
const views = new WeakMap<StateEvent[], { start: number; end: number; view: DiagramView }>();

/** The last index with events[i].t ≤ t, or -1. */
function lastAtOrBefore(events: readonly StateEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.t <= t + TIME_EPSILON) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The followed socket's path at the playback time, for the state diagram. The same object comes
 * back while nothing changes, so React selectors can return it as is.
 */
export function diagramView(
  s: Pick<TeachHost, 'trace' | 'hosts' | 'time'> & Pick<TeachData, 'selectedSocket'>,
): DiagramView {
  const ref = diagramSocket(s);
  if (!ref) return EMPTY_VIEW;
  const entry = socketIndex(s).byId.get(ref.host, ref.key)!;
  const events = entry.events;
  const end = lastAtOrBefore(events, s.time);
  // A 4-tuple used again after its connection ended is a new lifetime: show only the latest.
  let start = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (events[i]!.to === 'CLOSED') {
      start = i + 1;
      break;
    }
  }
  const cached = views.get(events);
  if (cached && cached.start === start && cached.end === end) return cached.view;
  const transitions =
    end < 0
      ? NO_TRANSITIONS
      : events.slice(start, end + 1).map((e) => ({ from: e.from, to: e.to, t: e.t, why: e.why }));
  const view: DiagramView = {
    socket: entry.info,
    transitions,
    current: end < 0 ? 'CLOSED' : events[end]!.to,
  };
  views.set(events, { start, end, view });
  return view;
}
