/**
 * The trace, stored in columns: one column of numbers per field (traceColumns.ts), strings as ids
 * into a dictionary (traceDictionary.ts).
 *
 * A port-exhaustion run writes about 760,000 trace lines. As objects, every one of them survives
 * until the end of the run, so the garbage collector copies all of them from the young generation
 * and then marks them again and again: about a third of the run's time, and more than 100 MB of
 * heap. In columns a line is a few numbers, most of them one or two bytes wide; there is no object
 * per line and no string per address. The same columns cross from the Web Worker to the page as
 * transferred ArrayBuffers (`exportChunk` / `appendChunk`) instead of being cloned object by
 * object.
 *
 * The meaning is the trace's (trace.ts): `at(i)` gives back line i as the very object the core
 * used to push, with the same keys in the same order, so JSON Lines stay byte-identical.
 */
import type { TcpOptions } from './segment';
import { OptionalColumn, PlainColumn, Table, TimeColumn, type NumArray } from './traceColumns';
import { Dictionary, type TextRows } from './traceDictionary';
import { TCP_STATES, type TcpState } from './state';
import type {
  CallEvent,
  CallName,
  DropReason,
  KernelEvent,
  SendEvent,
  StateCause,
  StateEvent,
  TraceEvent,
} from './trace';

/** What views read: an array of TraceEvent satisfies it as well as a TraceLog does. */
export interface TraceView {
  readonly length: number;
  at(i: number): TraceEvent | undefined;
  [Symbol.iterator](): Iterator<TraceEvent>;
  /**
   * The growing log this is a view of (`TraceLog.view()`): the same for every view of one run,
   * so a cache keyed by it can be extended with the new lines instead of rebuilt.
   */
  readonly source?: object;
}

/**
 * What a cache of something computed from a trace is keyed by: the log behind a view (extend the
 * cached result with lines from its `processed` count on), or the array itself.
 */
export function traceSource(trace: TraceView): object {
  return trace.source ?? trace;
}

/** Something computed from a trace's first `processed` lines, kept in a cache by traceSource. */
export interface Extended {
  processed: number;
}

/**
 * A cache's entry for this trace (keyed by `traceSource`), or else the entry made for a trace
 * this one was cut from (`TraceLog.prefix`: a user's action kept the lines before it and re-ran
 * the rest), moved to this trace's key and cut back to the lines they share by `cut(entry, t)`
 * (t: the time of the last line kept, null for none), so that a view carries on from there rather
 * than reading the whole kept trace again. `cut` returns false when it cannot; then, and when
 * there is no entry at all, the result is undefined and the caller builds a new one.
 */
export function entryFor<E extends Extended>(
  cache: WeakMap<object, E>,
  trace: TraceView,
  cut: (entry: E, t: number | null) => boolean,
): E | undefined {
  const source = traceSource(trace);
  const own = cache.get(source);
  if (own) return own;
  let lines = Number.POSITIVE_INFINITY;
  for (let o = originOf(source); o; o = originOf(o.log)) {
    lines = Math.min(lines, o.lines);
    const entry = cache.get(o.log);
    if (!entry) continue;
    // The earlier trace is done with: its entry cannot serve two traces.
    cache.delete(o.log);
    if (entry.processed > lines) {
      if (!cut(entry, lines > 0 ? trace.at(lines - 1)!.t : null)) return undefined;
      entry.processed = lines;
    }
    cache.set(source, entry);
    return entry;
  }
  return undefined;
}

function originOf(source: object): { log: TraceLog; lines: number } | null {
  return source instanceof TraceLog ? source.origin : null;
}

/** The first `length` lines of a log, fixed: a new one each time the store publishes more. */
class TracePrefix implements TraceView {
  constructor(
    readonly source: TraceLog,
    readonly length: number,
  ) {}

  at(i: number): TraceEvent | undefined {
    if (i < 0) i += this.length;
    return i < 0 || i >= this.length ? undefined : this.source.at(i);
  }

  *[Symbol.iterator](): Iterator<TraceEvent> {
    for (let i = 0; i < this.length; i++) yield this.source.at(i)!;
  }

  toArray(): TraceEvent[] {
    return this.source.toArray(0, this.length);
  }

  /** JSON.stringify(view) writes the lines, as it does for an array of them. */
  toJSON(): TraceEvent[] {
    return this.toArray();
  }
}

const SEND = 0;
const DELIVER = 1;
const DROP = 2;
const STATE = 3;
const CALL = 4;
const KERNEL = 5;
const KIND_OF: Record<TraceEvent['type'], number> = {
  send: SEND,
  deliver: DELIVER,
  drop: DROP,
  state: STATE,
  call: CALL,
  kernel: KERNEL,
};
const TYPES: readonly TraceEvent['type'][] = ['send', 'deliver', 'drop', 'state', 'call', 'kernel'];

// Bits of a send line's `bits` column.
const RETRANSMIT = 1;
const SPOOFED = 2;
const OPTIONS = 4;
const O_MSS = 8;
const O_SACK = 16;
const O_SACK_TRUE = 32;
const O_TS = 64;
const O_WSCALE = 128;
const NO_ACK = 256;

/**
 * One row per line: its time, kind and two numbers whose meaning depends on the kind (a send: the
 * segment id and its row of `sends`; a state change: the host's word and its row of `states`…).
 */
function eventColumns() {
  return {
    t: new TimeColumn(),
    kind: new PlainColumn(),
    x: new PlainColumn(),
    y: new PlainColumn(),
  };
}

function sendColumns() {
  return {
    from: new PlainColumn(),
    to: new PlainColumn(),
    flags: new PlainColumn(),
    seq: new PlainColumn(),
    ack: new PlainColumn(),
    len: new PlainColumn(),
    of: new OptionalColumn(),
    win: new PlainColumn(),
    why: new PlainColumn(),
    bits: new PlainColumn(),
    mss: new PlainColumn(),
    tsVal: new PlainColumn(),
    tsEcr: new PlainColumn(),
    wscale: new PlainColumn(),
  };
}

function stateColumns() {
  return {
    socket: new PlainColumn(),
    from: new PlainColumn(),
    to: new PlainColumn(),
    why: new PlainColumn(),
    seg: new OptionalColumn(),
    name: new OptionalColumn(),
  };
}

function callColumns() {
  return {
    socket: new PlainColumn(),
    call: new PlainColumn(),
    result: new PlainColumn(),
    bytes: new OptionalColumn(),
  };
}

type Rows<F extends () => object> = Record<keyof ReturnType<F>, NumArray>;

const STATE_SLOT = new Map<TcpState, number>(TCP_STATES.map((s, i) => [s, i]));

/** Where a log stood: how many lines, rows and strings it held (for incremental export). */
export interface TraceMark {
  events: number;
  sends: number;
  states: number;
  calls: number;
  words: number;
  texts: number;
}

export const EMPTY_MARK: TraceMark = {
  events: 0,
  sends: 0,
  states: 0,
  calls: 0,
  words: 0,
  texts: 0,
};

/**
 * Lines [mark, now) of a log: numeric arrays (their buffers are transferable), the words and the
 * texts added since the mark. `appendChunk` on a log that stands exactly at the mark restores
 * the same lines.
 */
export interface TraceChunk {
  from: TraceMark;
  words: string[];
  texts: TextRows;
  events: Rows<typeof eventColumns>;
  sends: Rows<typeof sendColumns>;
  states: Rows<typeof stateColumns>;
  calls: Rows<typeof callColumns>;
}

/** The buffers of a chunk, for postMessage's transfer list. */
export function chunkBuffers(chunk: TraceChunk): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const table of [chunk.texts, chunk.events, chunk.sends, chunk.states, chunk.calls]) {
    for (const col of Object.values(table) as NumArray[]) out.push(col.buffer as ArrayBuffer);
  }
  return out;
}

export class TraceLog implements TraceView {
  private readonly events = new Table(eventColumns());
  private readonly sends = new Table(sendColumns());
  private readonly states = new Table(stateColumns());
  private readonly calls = new Table(callColumns());
  private readonly dict: Dictionary;
  /** A fork reads its first `base` lines from the log it was forked from. */
  private readonly parent: TraceLog | null;
  private readonly base: number;
  /** The rows the lines before `base` have in each table (a fork's own rows come after them). */
  private readonly baseRows: TraceMark;
  /** The log this one was cut from by `prefix`, and how many lines they share (see entryFor). */
  origin: { log: TraceLog; lines: number } | null = null;

  constructor(parent: TraceLog | null = null, base = 0, dict?: Dictionary, baseRows = EMPTY_MARK) {
    this.parent = parent;
    this.base = base;
    this.dict = dict ?? new Dictionary();
    this.baseRows = baseRows;
  }

  get length(): number {
    return this.base + this.events.length;
  }

  /**
   * An independent log with the same lines, for a checkpoint: it shares the lines written so far
   * (they never change) and writes its own from here on. Forks of a fork that wrote nothing of its
   * own point at the original, so checkpoints of checkpoints do not make chains.
   */
  fork(): TraceLog {
    if (this.events.length === 0 && this.parent) {
      return new TraceLog(this.parent, this.base, this.dict, this.baseRows);
    }
    return new TraceLog(this, this.length, this.dict, this.rows());
  }

  push(e: TraceEvent): void {
    const ev = this.events;
    const r = ev.add();
    const c = ev.cols;
    c.t.set(r, e.t);
    c.kind.set(r, KIND_OF[e.type]);
    switch (e.type) {
      case 'send':
        c.x.set(r, e.id);
        c.y.set(r, this.pushSend(e));
        return;
      case 'deliver':
        c.x.set(r, e.id);
        c.y.set(r, 0);
        return;
      case 'drop':
        c.x.set(r, e.id);
        c.y.set(r, this.dict.word(e.reason));
        return;
      case 'state':
        c.x.set(r, this.dict.word(e.host));
        c.y.set(r, this.pushState(e));
        return;
      case 'call':
        c.x.set(r, this.dict.word(e.host));
        c.y.set(r, this.pushCall(e));
        return;
      case 'kernel':
        c.x.set(r, this.dict.word(e.host));
        c.y.set(r, this.dict.word(e.text));
        return;
    }
  }

  /** Makes line i (a `deliver` written in this instant) a drop: the host discarded the segment. */
  rewriteAsDrop(i: number, reason: DropReason): void {
    const r = i - this.base;
    const c = this.events.cols;
    if (r < 0 || r >= this.events.length || c.kind.get(r) !== DELIVER) {
      throw new Error(`line ${i} is no delivery`);
    }
    c.kind.set(r, DROP);
    c.y.set(r, this.dict.word(reason));
  }

  private pushSend(e: SendEvent): number {
    const s = this.sends;
    const r = s.add();
    const c = s.cols;
    const d = this.dict;
    c.from.set(r, d.text(e.from));
    c.to.set(r, d.text(e.to));
    c.flags.set(r, d.word(e.flags));
    c.seq.set(r, e.seq);
    c.ack.set(r, e.ack ?? 0);
    c.len.set(r, e.len);
    c.of.set(r, e.of);
    c.win.set(r, e.win);
    c.why.set(r, d.word(e.why));
    let bits =
      (e.retransmit ? RETRANSMIT : 0) | (e.spoofed ? SPOOFED : 0) | (e.ack === null ? NO_ACK : 0);
    const o = e.options;
    let mss = 0;
    let tsVal = 0;
    let tsEcr = 0;
    let wscale = 0;
    if (o) {
      bits |= OPTIONS;
      if (o.mss !== undefined) {
        bits |= O_MSS;
        mss = o.mss;
      }
      if (o.sackPermitted !== undefined) bits |= O_SACK | (o.sackPermitted ? O_SACK_TRUE : 0);
      if (o.timestamp) {
        bits |= O_TS;
        tsVal = o.timestamp[0];
        tsEcr = o.timestamp[1];
      }
      if (o.windowScale !== undefined) {
        bits |= O_WSCALE;
        wscale = o.windowScale;
      }
    }
    // Every column is written: a block is reused after truncate(), so no row may be left as it was.
    c.mss.set(r, mss);
    c.tsVal.set(r, tsVal);
    c.tsEcr.set(r, tsEcr);
    c.wscale.set(r, wscale);
    c.bits.set(r, bits);
    // The row among all the log's sends, a fork's base included: the same number on the page.
    return this.baseRows.sends + r;
  }

  private pushState(e: StateEvent): number {
    const s = this.states;
    const r = s.add();
    const c = s.cols;
    c.socket.set(r, this.dict.text(e.socket));
    c.from.set(r, STATE_SLOT.get(e.from)!);
    c.to.set(r, STATE_SLOT.get(e.to)!);
    c.why.set(r, this.dict.word(e.why));
    c.seg.set(r, e.seg);
    c.name.set(r, e.name === undefined ? undefined : this.dict.text(e.name));
    return this.baseRows.states + r;
  }

  private pushCall(e: CallEvent): number {
    const s = this.calls;
    const r = s.add();
    const c = s.cols;
    c.socket.set(r, this.dict.text(e.socket));
    c.call.set(r, this.dict.word(e.call));
    c.result.set(r, this.dict.word(e.result));
    c.bytes.set(r, e.bytes);
    return this.baseRows.calls + r;
  }

  /** The time of line i, without building the line. */
  timeAt(i: number): number {
    if (i < this.base) return this.parent!.timeAt(i);
    return this.events.cols.t.get(i - this.base);
  }

  /** The type of line i, without building the line. */
  typeAt(i: number): TraceEvent['type'] {
    if (i < this.base) return this.parent!.typeAt(i);
    return TYPES[this.events.cols.kind.get(i - this.base)]!;
  }

  /** Line i as the core wrote it (a new object each call), or undefined past the end. */
  at(i: number): TraceEvent | undefined {
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) return undefined;
    if (i < this.base) return this.parent!.at(i);
    const r = i - this.base;
    const c = this.events.cols;
    const t = c.t.get(r);
    const x = c.x.get(r);
    const y = c.y.get(r);
    const d = this.dict;
    const words = d.words;
    switch (c.kind.get(r)) {
      case SEND:
        return this.sendAt(t, x, y - this.baseRows.sends);
      case DELIVER:
        return { t, type: 'deliver', id: x };
      case DROP:
        return { t, type: 'drop', id: x, reason: words[y] as DropReason };
      case STATE: {
        const s = this.states.cols;
        const row = y - this.baseRows.states;
        const name = s.name.get(row);
        const out: StateEvent = {
          t,
          type: 'state',
          host: words[x]!,
          socket: d.textAt(s.socket.get(row)),
          from: TCP_STATES[s.from.get(row)]!,
          to: TCP_STATES[s.to.get(row)]!,
          why: words[s.why.get(row)] as StateCause,
          seg: s.seg.get(row),
          name: name === undefined ? undefined : d.textAt(name),
        };
        return out;
      }
      case CALL: {
        const s = this.calls.cols;
        const row = y - this.baseRows.calls;
        const out: CallEvent = {
          t,
          type: 'call',
          host: words[x]!,
          socket: d.textAt(s.socket.get(row)),
          call: words[s.call.get(row)] as CallName,
          result: words[s.result.get(row)]!,
          bytes: s.bytes.get(row),
        };
        return out;
      }
      default: {
        const out: KernelEvent = { t, type: 'kernel', host: words[x]!, text: words[y]! };
        return out;
      }
    }
  }

  private sendAt(t: number, id: number, r: number): SendEvent {
    const c = this.sends.cols;
    const d = this.dict;
    const bits = c.bits.get(r);
    let options: TcpOptions | undefined;
    if (bits & OPTIONS) {
      // The key order buildOptions writes: mss, sackPermitted, timestamp, windowScale.
      options = {};
      if (bits & O_MSS) options.mss = c.mss.get(r);
      if (bits & O_SACK) options.sackPermitted = (bits & O_SACK_TRUE) !== 0;
      if (bits & O_TS) options.timestamp = [c.tsVal.get(r), c.tsEcr.get(r)];
      if (bits & O_WSCALE) options.windowScale = c.wscale.get(r);
    }
    return {
      t,
      type: 'send',
      id,
      from: d.textAt(c.from.get(r)),
      to: d.textAt(c.to.get(r)),
      flags: d.words[c.flags.get(r)]!,
      seq: c.seq.get(r),
      ack: bits & NO_ACK ? null : c.ack.get(r),
      len: c.len.get(r),
      retransmit: (bits & RETRANSMIT) !== 0,
      of: c.of.get(r),
      win: c.win.get(r),
      why: d.words[c.why.get(r)] as SendEvent['why'],
      spoofed: bits & SPOOFED ? true : undefined,
      options,
    };
  }

  *[Symbol.iterator](): Iterator<TraceEvent> {
    const n = this.length;
    for (let i = 0; i < n; i++) yield this.at(i)!;
  }

  /** Lines [from, to) as objects (for tests and small traces). */
  toArray(from = 0, to = this.length): TraceEvent[] {
    const out: TraceEvent[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i)!);
    return out;
  }

  toJSON(): TraceEvent[] {
    return this.toArray();
  }

  /** The lines written so far, as a view that stays this long while the log grows. */
  view(): TraceView & { toArray(): TraceEvent[] } {
    return new TracePrefix(this, this.length);
  }

  /** How many rows of each table the lines so far take, counting those before a fork's base. */
  private rows(): TraceMark {
    const b = this.baseRows;
    return {
      events: this.length,
      sends: b.sends + this.sends.length,
      states: b.states + this.states.length,
      calls: b.calls + this.calls.length,
      ...this.dict.counts(),
    };
  }

  /** Where the log stands now: the mark the next chunk starts from. */
  mark(): TraceMark {
    return this.rows();
  }

  /**
   * Where the log stood after line `lines` (at most its length), counted on from an earlier mark
   * (the words and texts: as many as there are now, which covers those lines). A fork counts
   * only among its own lines: `from` is at its base or later.
   */
  markAt(lines: number, from: TraceMark = this.baseMarkOf()): TraceMark {
    const here = this.rows();
    if (lines >= here.events) return here;
    if (from.events < this.base || lines < from.events) throw new Error('mark before this log');
    const kinds = this.events.cols.kind;
    let sends = from.sends;
    let states = from.states;
    let calls = from.calls;
    for (let i = from.events; i < lines; i++) {
      const k = kinds.get(i - this.base);
      if (k === SEND) sends++;
      else if (k === STATE) states++;
      else if (k === CALL) calls++;
    }
    return { events: lines, sends, states, calls, words: here.words, texts: here.texts };
  }

  private baseMarkOf(): TraceMark {
    return { ...this.baseRows, events: this.base, words: 0, texts: 0 };
  }

  /**
   * The lines written since `from` (a previous mark; by default this log's first own line), up
   * to `to` (a mark from markAt; by default everything).
   */
  exportChunk(from: TraceMark = this.baseMarkOf(), to: TraceMark = this.rows()): TraceChunk {
    const b = this.baseRows;
    if (from.events < this.base) throw new Error('mark before this log');
    return {
      from,
      words: this.dict.words.slice(from.words, to.words),
      texts: this.dict.texts.slice(from.texts, to.texts),
      events: this.events.slice(from.events - this.base, to.events - this.base),
      sends: this.sends.slice(from.sends - b.sends, to.sends - b.sends),
      states: this.states.slice(from.states - b.states, to.states - b.states),
      calls: this.calls.slice(from.calls - b.calls, to.calls - b.calls),
    };
  }

  /** Appends a chunk exported right after this log's last line (throws if it does not fit). */
  appendChunk(chunk: TraceChunk): void {
    const here = this.rows();
    const f = chunk.from;
    if (
      f.events !== here.events ||
      f.sends !== here.sends ||
      f.states !== here.states ||
      f.calls !== here.calls ||
      f.words !== here.words ||
      f.texts !== here.texts
    ) {
      throw new Error('trace chunk out of order');
    }
    this.dict.append(chunk.words, chunk.texts);
    this.events.append(chunk.events, chunk.events.t.length);
    this.sends.append(chunk.sends, chunk.sends.from.length);
    this.states.append(chunk.states, chunk.states.socket.length);
    this.calls.append(chunk.calls, chunk.calls.socket.length);
  }

  /**
   * Forgets the lines from `lines` on (a re-run replaces them), in the log it was forked from too
   * when they lie before this fork's base. Nothing may read the forgotten lines afterwards.
   */
  truncate(lines: number): void {
    if (lines >= this.length) return;
    if (lines < this.base) {
      this.truncate(this.base);
      this.parent!.truncate(lines);
      return;
    }
    const m = this.markAt(lines);
    const b = this.baseRows;
    this.events.truncate(lines - this.base);
    this.sends.truncate(m.sends - b.sends);
    this.states.truncate(m.states - b.states);
    this.calls.truncate(m.calls - b.calls);
  }

  /**
   * A new log with this one's first `lines` lines, for the page to keep what a re-run keeps. It
   * shares the dictionary and whole blocks of the columns; this log must have no parent.
   */
  prefix(lines: number): TraceLog {
    if (this.parent) throw new Error('only a log without a parent gives a prefix');
    const out = new TraceLog(null, 0, this.dict);
    out.origin = { log: this, lines: Math.min(lines, this.length) };
    const m = this.markAt(Math.min(lines, this.length));
    this.events.prefixInto(out.events, m.events);
    this.sends.prefixInto(out.sends, m.sends);
    this.states.prefixInto(out.states, m.states);
    this.calls.prefixInto(out.calls, m.calls);
    return out;
  }

  /** Bytes held by this log's own columns and by the dictionary's texts (words not counted). */
  bytes(): number {
    return (
      this.events.bytes() +
      this.sends.bytes() +
      this.states.bytes() +
      this.calls.bytes() +
      this.dict.texts.bytes()
    );
  }
}
