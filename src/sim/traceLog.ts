/**
 * The trace, stored in columns: one typed array per field and every string interned once.
 *
 * A port-exhaustion run writes about 850,000 trace lines. As objects, every one of them survives
 * until the end of the run, so the garbage collector copies all of them from the young generation
 * and then marks them again and again: about a third of the run's time, and more than 100 MB of
 * heap. In columns a line is a few numbers in arrays that grow by doubling; the only objects are
 * the distinct strings (addresses, socket keys, reasons). The same columns cross from the Web
 * Worker to the page as transferred ArrayBuffers (`exportChunk` / `appendChunk`) instead of
 * being cloned object by object.
 *
 * The meaning is the trace's (trace.ts): `at(i)` gives back line i as the very object the core
 * used to push, with the same keys in the same order, so JSON Lines stay byte-identical.
 */
import type { TcpOptions } from './segment';
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

type NumArray = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;
type Ctor = { new (n: number): NumArray };

/** A table of equally long numeric columns that grows by doubling. */
class Table<K extends string> {
  length = 0;
  capacity: number;
  readonly cols: Record<K, NumArray>;
  private readonly schema: Record<K, Ctor>;

  constructor(schema: Record<K, Ctor>, capacity = 64) {
    this.schema = schema;
    this.capacity = capacity;
    const cols = {} as Record<K, NumArray>;
    for (const k in schema) cols[k] = new schema[k](capacity);
    this.cols = cols;
  }

  /** A new row's index. Grows by half: less unused room at the end than doubling leaves. */
  add(): number {
    if (this.length === this.capacity) this.reserve(Math.ceil(this.capacity * 1.5));
    return this.length++;
  }

  reserve(capacity: number): void {
    if (capacity <= this.capacity) return;
    for (const k in this.schema) {
      const next = new this.schema[k](capacity);
      next.set(this.cols[k] as never);
      this.cols[k] = next;
    }
    this.capacity = capacity;
  }

  /** Rows [from, to) as fresh, exactly sized arrays (to be transferred). */
  slice(from: number, to: number): Record<K, NumArray> {
    const out = {} as Record<K, NumArray>;
    for (const k in this.schema) out[k] = this.cols[k].slice(from, to);
    return out;
  }

  append(rows: Record<K, NumArray>, n: number): void {
    if (this.length + n > this.capacity) {
      this.reserve(Math.max(Math.ceil(this.capacity * 1.5), this.length + n));
    }
    for (const k in this.schema) (this.cols[k] as NumArray).set(rows[k] as never, this.length);
    this.length += n;
  }

  bytes(): number {
    let n = 0;
    for (const k in this.schema) n += this.cols[k].byteLength;
    return n;
  }
}

const EVENT_COLS = { t: Float64Array, kind: Uint8Array, x: Int32Array, y: Int32Array };
const SEND_COLS = {
  from: Int32Array,
  to: Int32Array,
  flags: Int32Array,
  seq: Uint32Array,
  ack: Uint32Array,
  len: Int32Array,
  of: Int32Array,
  win: Int32Array,
  why: Int32Array,
  bits: Uint16Array,
  mss: Uint16Array,
  tsVal: Uint32Array,
  tsEcr: Uint32Array,
  wscale: Uint8Array,
};
const STATE_COLS = {
  socket: Int32Array,
  from: Uint8Array,
  to: Uint8Array,
  why: Int32Array,
  seg: Int32Array,
  name: Int32Array,
};
const CALL_COLS = { socket: Int32Array, call: Int32Array, result: Int32Array, bytes: Float64Array };

type EventCol = keyof typeof EVENT_COLS;
type SendCol = keyof typeof SEND_COLS;
type StateCol = keyof typeof STATE_COLS;
type CallCol = keyof typeof CALL_COLS;

const STATE_SLOT = new Map<TcpState, number>(TCP_STATES.map((s, i) => [s, i]));

/** Where a log stood: how many lines, rows and strings it held (for incremental export). */
export interface TraceMark {
  events: number;
  sends: number;
  states: number;
  calls: number;
  strings: number;
}

/**
 * Lines [mark, now) of a log: plain numeric arrays (their buffers are transferable) and the strings
 * interned since the mark. `appendChunk` on a log that holds exactly the lines before it restores
 * the same lines.
 */
export interface TraceChunk {
  from: TraceMark;
  strings: string[];
  events: Record<EventCol, NumArray>;
  sends: Record<SendCol, NumArray>;
  states: Record<StateCol, NumArray>;
  calls: Record<CallCol, NumArray>;
}

/** The buffers of a chunk, for postMessage's transfer list. */
export function chunkBuffers(chunk: TraceChunk): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const table of [chunk.events, chunk.sends, chunk.states, chunk.calls]) {
    for (const col of Object.values(table) as NumArray[]) out.push(col.buffer as ArrayBuffer);
  }
  return out;
}

/** Interned strings, shared by a log and its forks (it only ever grows, so ids never change). */
class Strings {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  add(list: readonly string[]): void {
    for (const s of list) this.id(s);
  }
}

export class TraceLog implements TraceView {
  private readonly events = new Table(EVENT_COLS, 1024);
  private readonly sends = new Table(SEND_COLS, 256);
  private readonly states = new Table(STATE_COLS, 256);
  private readonly calls = new Table(CALL_COLS, 64);
  private readonly strings: Strings;
  /** A fork reads its first `base` lines from the log it was forked from. */
  private readonly parent: TraceLog | null;
  private readonly base: number;

  constructor(parent: TraceLog | null = null, base = 0, strings?: Strings) {
    this.parent = parent;
    this.base = base;
    this.strings = strings ?? new Strings();
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
      return new TraceLog(this.parent, this.base, this.strings);
    }
    return new TraceLog(this, this.length, this.strings);
  }

  push(e: TraceEvent): void {
    const ev = this.events;
    const r = ev.add();
    const c = ev.cols;
    c.t[r] = e.t;
    c.kind[r] = KIND_OF[e.type];
    switch (e.type) {
      case 'send':
        c.x[r] = e.id;
        c.y[r] = this.pushSend(e);
        return;
      case 'deliver':
        c.x[r] = e.id;
        c.y[r] = 0;
        return;
      case 'drop':
        c.x[r] = e.id;
        c.y[r] = this.strings.id(e.reason);
        return;
      case 'state':
        c.x[r] = this.strings.id(e.host);
        c.y[r] = this.pushState(e);
        return;
      case 'call':
        c.x[r] = this.strings.id(e.host);
        c.y[r] = this.pushCall(e);
        return;
      case 'kernel':
        c.x[r] = this.strings.id(e.host);
        c.y[r] = this.strings.id(e.text);
        return;
    }
  }

  /** Makes line i (a `deliver` written in this instant) a drop: the host discarded the segment. */
  rewriteAsDrop(i: number, reason: DropReason): void {
    const r = i - this.base;
    if (r < 0 || this.events.cols.kind[r] !== DELIVER) throw new Error(`line ${i} is no delivery`);
    this.events.cols.kind[r] = DROP;
    this.events.cols.y[r] = this.strings.id(reason);
  }

  private pushSend(e: SendEvent): number {
    const s = this.sends;
    const r = s.add();
    const c = s.cols;
    const str = this.strings;
    c.from[r] = str.id(e.from);
    c.to[r] = str.id(e.to);
    c.flags[r] = str.id(e.flags);
    c.seq[r] = e.seq;
    c.ack[r] = e.ack ?? 0;
    c.len[r] = e.len;
    c.of[r] = e.of ?? -1;
    c.win[r] = e.win;
    c.why[r] = str.id(e.why);
    let bits =
      (e.retransmit ? RETRANSMIT : 0) | (e.spoofed ? SPOOFED : 0) | (e.ack === null ? NO_ACK : 0);
    const o = e.options;
    if (o) {
      bits |= OPTIONS;
      if (o.mss !== undefined) {
        bits |= O_MSS;
        c.mss[r] = o.mss;
      }
      if (o.sackPermitted !== undefined) bits |= O_SACK | (o.sackPermitted ? O_SACK_TRUE : 0);
      if (o.timestamp) {
        bits |= O_TS;
        c.tsVal[r] = o.timestamp[0];
        c.tsEcr[r] = o.timestamp[1];
      }
      if (o.windowScale !== undefined) {
        bits |= O_WSCALE;
        c.wscale[r] = o.windowScale;
      }
    }
    c.bits[r] = bits;
    return r;
  }

  private pushState(e: StateEvent): number {
    const s = this.states;
    const r = s.add();
    const c = s.cols;
    c.socket[r] = this.strings.id(e.socket);
    c.from[r] = STATE_SLOT.get(e.from)!;
    c.to[r] = STATE_SLOT.get(e.to)!;
    c.why[r] = this.strings.id(e.why);
    c.seg[r] = e.seg ?? -1;
    c.name[r] = e.name === undefined ? -1 : this.strings.id(e.name);
    return r;
  }

  private pushCall(e: CallEvent): number {
    const s = this.calls;
    const r = s.add();
    const c = s.cols;
    c.socket[r] = this.strings.id(e.socket);
    c.call[r] = this.strings.id(e.call);
    c.result[r] = this.strings.id(e.result);
    c.bytes[r] = e.bytes === undefined ? Number.NaN : e.bytes;
    return r;
  }

  /** The time of line i, without building the line. */
  timeAt(i: number): number {
    if (i < this.base) return this.parent!.timeAt(i);
    return this.events.cols.t[i - this.base]!;
  }

  /** The type of line i, without building the line. */
  typeAt(i: number): TraceEvent['type'] {
    if (i < this.base) return this.parent!.typeAt(i);
    return TYPES[this.events.cols.kind[i - this.base]!]!;
  }

  /** Line i as the core wrote it (a new object each call), or undefined past the end. */
  at(i: number): TraceEvent | undefined {
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) return undefined;
    if (i < this.base) return this.parent!.at(i);
    const r = i - this.base;
    const c = this.events.cols;
    const t = c.t[r]!;
    const x = c.x[r]!;
    const y = c.y[r]!;
    const str = this.strings.list;
    switch (c.kind[r]) {
      case SEND:
        return this.sendAt(t, x, y);
      case DELIVER:
        return { t, type: 'deliver', id: x };
      case DROP:
        return { t, type: 'drop', id: x, reason: str[y] as DropReason };
      case STATE: {
        const s = this.states.cols;
        const seg = s.seg[y]!;
        const name = s.name[y]!;
        const out: StateEvent = {
          t,
          type: 'state',
          host: str[x]!,
          socket: str[s.socket[y]!]!,
          from: TCP_STATES[s.from[y]!]!,
          to: TCP_STATES[s.to[y]!]!,
          why: str[s.why[y]!] as StateCause,
          seg: seg < 0 ? undefined : seg,
          name: name < 0 ? undefined : str[name],
        };
        return out;
      }
      case CALL: {
        const s = this.calls.cols;
        const bytes = s.bytes[y]!;
        const out: CallEvent = {
          t,
          type: 'call',
          host: str[x]!,
          socket: str[s.socket[y]!]!,
          call: str[s.call[y]!] as CallName,
          result: str[s.result[y]!]!,
          bytes: Number.isNaN(bytes) ? undefined : bytes,
        };
        return out;
      }
      default: {
        const out: KernelEvent = { t, type: 'kernel', host: str[x]!, text: str[y]! };
        return out;
      }
    }
  }

  private sendAt(t: number, id: number, r: number): SendEvent {
    const c = this.sends.cols;
    const str = this.strings.list;
    const bits = c.bits[r]!;
    const ack = c.ack[r]!;
    const of = c.of[r]!;
    let options: TcpOptions | undefined;
    if (bits & OPTIONS) {
      // The key order buildOptions writes: mss, sackPermitted, timestamp, windowScale.
      options = {};
      if (bits & O_MSS) options.mss = c.mss[r]!;
      if (bits & O_SACK) options.sackPermitted = (bits & O_SACK_TRUE) !== 0;
      if (bits & O_TS) options.timestamp = [c.tsVal[r]!, c.tsEcr[r]!];
      if (bits & O_WSCALE) options.windowScale = c.wscale[r]!;
    }
    return {
      t,
      type: 'send',
      id,
      from: str[c.from[r]!]!,
      to: str[c.to[r]!]!,
      flags: str[c.flags[r]!]!,
      seq: c.seq[r]!,
      ack: bits & NO_ACK ? null : ack,
      len: c.len[r]!,
      retransmit: (bits & RETRANSMIT) !== 0,
      of: of < 0 ? undefined : of,
      win: c.win[r]!,
      why: str[c.why[r]!] as SendEvent['why'],
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

  mark(): TraceMark {
    if (this.parent) throw new Error('only a log without a parent exports chunks');
    return {
      events: this.events.length,
      sends: this.sends.length,
      states: this.states.length,
      calls: this.calls.length,
      strings: this.strings.list.length,
    };
  }

  /**
   * Where the log stood after line `lines` (at most its length), counted on from an earlier mark
   * (the strings: as many as there are now, which covers those lines).
   */
  markAt(lines: number, from: TraceMark = EMPTY_MARK): TraceMark {
    const here = this.mark();
    if (lines >= here.events) return here;
    const kinds = this.events.cols.kind;
    let sends = from.sends;
    let states = from.states;
    let calls = from.calls;
    for (let i = from.events; i < lines; i++) {
      const k = kinds[i];
      if (k === SEND) sends++;
      else if (k === STATE) states++;
      else if (k === CALL) calls++;
    }
    return { events: lines, sends, states, calls, strings: here.strings };
  }

  /**
   * The lines written since `from` (a previous mark, or nothing for all of them), up to `to`
   * (a mark from markAt; by default everything).
   */
  exportChunk(from: TraceMark = EMPTY_MARK, to: TraceMark = this.mark()): TraceChunk {
    return {
      from,
      strings: this.strings.list.slice(from.strings, to.strings),
      events: this.events.slice(from.events, to.events),
      sends: this.sends.slice(from.sends, to.sends),
      states: this.states.slice(from.states, to.states),
      calls: this.calls.slice(from.calls, to.calls),
    };
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
      f.strings !== here.strings
    ) {
      throw new Error('trace chunk out of order');
    }
    this.strings.add(chunk.strings);
    this.events.append(chunk.events, chunk.events.t.length);
    this.sends.append(chunk.sends, chunk.sends.from.length);
    this.states.append(chunk.states, chunk.states.socket.length);
    this.calls.append(chunk.calls, chunk.calls.socket.length);
  }

  /** Bytes held by this log's own columns (its strings not counted). */
  bytes(): number {
    return this.events.bytes() + this.sends.bytes() + this.states.bytes() + this.calls.bytes();
  }
}

const TYPES: readonly TraceEvent['type'][] = ['send', 'deliver', 'drop', 'state', 'call', 'kernel'];
const EMPTY_MARK: TraceMark = { events: 0, sends: 0, states: 0, calls: 0, strings: 0 };
