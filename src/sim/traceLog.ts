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
import { TCP_STATES } from './state';
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

/** Whether time `at` comes after the instant t a trace was cut back to (null: before all). */
export function isAfter(at: number, t: number | null): boolean {
  return t === null || at > t + 1e-7;
}

/** How many first entries of a list in time order a trace cut back to t keeps (see isAfter). */
export function keptUpTo<T>(list: readonly T[], t: number | null, time: (x: T) => number): number {
  let n = list.length;
  while (n > 0 && isAfter(time(list[n - 1]!), t)) n--;
  return n;
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
    return [...this];
  }

  /** JSON.stringify(view) writes the lines, as it does for an array of them. */
  toJSON(): TraceEvent[] {
    return this.toArray();
  }
}

// A line's kind, in the `kind` column (traceWriter.ts writes them).
export const SEND = 0;
export const DELIVER = 1;
export const DROP = 2;
export const STATE = 3;
export const CALL = 4;
export const KERNEL = 5;
const TYPES: readonly TraceEvent['type'][] = ['send', 'deliver', 'drop', 'state', 'call', 'kernel'];

// Bits of a send line's `bits` column.
export const RETRANSMIT = 1;
export const SPOOFED = 2;
export const OPTIONS = 4;
export const O_MSS = 8;
export const O_SACK = 16;
export const O_SACK_TRUE = 32;
export const O_TS = 64;
export const O_WSCALE = 128;
export const NO_ACK = 256;

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

/** The lines a log built once and gives every reader (TraceLog.shareLines), by table row. */
interface SharedLines {
  sends: (SendEvent | undefined)[];
  states: (StateEvent | undefined)[];
  /** Kernel lines (a few) by line. */
  kernel: Map<number, KernelEvent>;
}

/**
 * A trace as the page holds it: lines read one at a time (`at`, or `view()` for a TraceView),
 * chunks appended, a prefix kept. Writing is TraceWriter's (traceWriter.ts).
 */
export class TraceLog {
  protected readonly events = new Table(eventColumns());
  protected readonly sends = new Table(sendColumns());
  protected readonly states = new Table(stateColumns());
  protected readonly calls = new Table(callColumns());
  protected readonly dict: Dictionary;
  /** A fork reads its first `base` lines from the log it was forked from. */
  protected readonly parent: TraceLog | null;
  protected readonly base: number;
  /** The rows the lines before `base` have in each table (a fork's own rows come after them). */
  protected readonly baseRows: TraceMark;
  /** The log this one was cut from by `prefix`, and how many lines they share (see entryFor). */
  origin: { log: TraceLog; lines: number } | null = null;
  /** Once `shareLines` was called, the lines built so far that readers keep. */
  protected shared: SharedLines | null = null;

  constructor(parent: TraceLog | null = null, base = 0, dict?: Dictionary, baseRows = EMPTY_MARK) {
    this.parent = parent;
    this.base = base;
    this.dict = dict ?? new Dictionary();
    this.baseRows = baseRows;
  }

  get length(): number {
    return this.base + this.events.length;
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

  /**
   * From now on, each line a reader keeps is built once and the same object given to every
   * reader. The page's indexes (the store's, the ladder's, the state diagram's) each keep the
   * state changes and sends of the lines they read: built per reader, port exhaustion's run held
   * three copies of its 280,000 state changes, 170 MB in all. Lines are read-only.
   */
  shareLines(): void {
    this.shared ??= { sends: [], states: [], kernel: new Map() };
  }

  /**
   * Line i as the core wrote it, or undefined past the end: a new object each call, or once
   * `shareLines` was called, the same object for a line readers keep.
   */
  at(i: number): TraceEvent | undefined {
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) return undefined;
    if (i < this.base) return this.parent!.at(i);
    const r = i - this.base;
    const shared = this.shared;
    if (shared === null) return this.build(r);
    // Kept by row of their own table: a slot per send or state change, not per line.
    switch (this.events.cols.kind.get(r)) {
      case SEND: {
        const row = this.events.cols.y.get(r) - this.baseRows.sends;
        return (shared.sends[row] ??= this.build(r) as SendEvent);
      }
      case STATE: {
        const row = this.events.cols.y.get(r) - this.baseRows.states;
        return (shared.states[row] ??= this.build(r) as StateEvent);
      }
      case KERNEL: {
        let line = shared.kernel.get(r);
        if (!line) shared.kernel.set(r, (line = this.build(r) as KernelEvent));
        return line;
      }
      default:
        return this.build(r);
    }
  }

  /** Builds line `r` of this log's own lines from its columns. */
  private build(r: number): TraceEvent {
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

  /** The lines written so far, as a view that stays this long while the log grows. */
  view(): TraceView & { toArray(): TraceEvent[] } {
    return new TracePrefix(this, this.length);
  }

  /**
   * Where the log stands now, the mark the next chunk starts from: how many rows of each table
   * its lines take (those before a fork's base included) and how many words and texts it has.
   */
  mark(): TraceMark {
    const b = this.baseRows;
    return {
      events: this.length,
      sends: b.sends + this.sends.length,
      states: b.states + this.states.length,
      calls: b.calls + this.calls.length,
      words: this.dict.words.length,
      texts: this.dict.texts.length,
    };
  }

  /**
   * Where the log stood after line `lines` (at most its length), counted on from an earlier mark
   * (the words and texts: as many as there are now, which covers those lines). A fork counts
   * only among its own lines: `from` is at its base or later.
   */
  markAt(lines: number, from: TraceMark = this.baseMarkOf()): TraceMark {
    const here = this.mark();
    if (lines >= here.events) return here;
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

  protected baseMarkOf(): TraceMark {
    return { ...this.baseRows, events: this.base, words: 0, texts: 0 };
  }

  /** Appends a chunk exported right after this log's last line (throws if it does not fit). */
  appendChunk(chunk: TraceChunk): void {
    const here = this.mark();
    const f = chunk.from;
    if (
      f.events !== here.events ||
      f.sends !== here.sends ||
      f.states !== here.states ||
      f.calls !== here.calls ||
      f.words !== here.words ||
      f.texts !== here.texts
    ) {
      throw new Error('chunk out of order');
    }
    this.dict.append(chunk.words, chunk.texts);
    this.events.append(chunk.events, chunk.events.t.length);
    this.sends.append(chunk.sends, chunk.sends.from.length);
    this.states.append(chunk.states, chunk.states.socket.length);
    this.calls.append(chunk.calls, chunk.calls.socket.length);
  }

  /**
   * A new log with this one's first `lines` lines, for the page to keep what a re-run keeps. It
   * shares the dictionary and whole blocks of the columns; this log must have no parent.
   */
  prefix(lines: number): this {
    if (this.parent) throw new Error('prefix of a fork');
    const Log = this.constructor as new (parent: null, base: number, dict: Dictionary) => this;
    const out = new Log(null, 0, this.dict);
    out.origin = { log: this, lines: Math.min(lines, this.length) };
    const m = this.markAt(Math.min(lines, this.length));
    // The kept lines stay the objects the indexes carried over (entryFor) already hold.
    if (this.shared) {
      const kernel = new Map([...this.shared.kernel].filter(([r]) => r < lines));
      const { sends, states } = this.shared;
      out.shared = { sends: sends.slice(0, m.sends), states: states.slice(0, m.states), kernel };
    }
    this.events.prefixInto(out.events, m.events);
    this.sends.prefixInto(out.sends, m.sends);
    this.states.prefixInto(out.states, m.states);
    this.calls.prefixInto(out.calls, m.calls);
    return out;
  }
}
