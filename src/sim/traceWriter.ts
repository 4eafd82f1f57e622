/**
 * Writing the trace: what the core and the worker do with a TraceLog and the page never does —
 * push lines one by one, fork a log for a checkpoint, export chunks, cut a re-run's log back.
 * Kept apart from traceLog.ts (reading and appending chunks) so that the page's script, where
 * every kilobyte counts against the embed's budget, carries none of it.
 */
import type { DropReason, CallEvent, SendEvent, StateEvent, TraceEvent } from './trace';
import {
  BLOCK,
  CTORS,
  F64,
  levelOf,
  MASK,
  SHIFT,
  type AnyColumn,
  type Column,
  type NumArray,
  type OptionalColumn,
  type PlainColumn,
  type Table,
  type TimeColumn,
} from './traceColumns';
import type { Dictionary } from './traceDictionary';
import {
  CALL,
  DELIVER,
  DROP,
  KERNEL,
  NO_ACK,
  O_MSS,
  O_SACK,
  O_SACK_TRUE,
  O_TS,
  O_WSCALE,
  OPTIONS,
  RETRANSMIT,
  SEND,
  SPOOFED,
  STATE,
  TraceLog,
  type TraceChunk,
  type TraceMark,
} from './traceLog';
import { TCP_STATES, type TcpState } from './state';

// ---------------------------------------------------------------------------------------------
// Columns, a row at a time: a value that does not fit the column's width widens it.

export function setPlain(col: PlainColumn, r: number, v: number): void {
  const o = r & MASK;
  const b = col.blocks[r >>> SHIFT]!;
  b[o] = v;
  if (b[o] !== v && col.level < F64) {
    col.widen(levelOf(v));
    col.blocks[r >>> SHIFT]![o] = v;
  }
}

export function setOptional(col: OptionalColumn, r: number, v: number | undefined): void {
  const o = r & MASK;
  const b = col.blocks[r >>> SHIFT]!;
  if (col.level === F64) {
    b[o] = v ?? Number.NaN;
    return;
  }
  const s = v === undefined ? 0 : v + 1;
  b[o] = s;
  const whole = v === undefined || v >= 0;
  if (b[o] !== s || !whole) {
    const level = whole ? levelOf(s) : F64;
    col.widen(level);
    col.blocks[r >>> SHIFT]![o] = level === F64 ? (v ?? Number.NaN) : s;
  }
}

export function setTime(col: TimeColumn, r: number, t: number): void {
  const o = r & MASK;
  const b = col.blocks[r >>> SHIFT]!;
  if (col.level === F64) {
    b[o] = t;
    return;
  }
  const us = Math.round(t * 1e6);
  if (us / 1e6 === t && us >>> 0 === us) {
    b[o] = us;
    return;
  }
  col.widen(F64);
  col.blocks[r >>> SHIFT]![o] = t;
}

/** A new row's index. */
export function addRow<C extends Record<string, AnyColumn>>(table: Table<C>): number {
  if (table.length === table.capacity) table.grow();
  return table.length++;
}

/** Bytes a table's columns take (benchmarks and tests). */
export function tableBytes<C extends Record<string, AnyColumn>>(table: Table<C>): number {
  let n = 0;
  for (const k in table.cols) for (const b of table.cols[k]!.blocks) n += b.byteLength;
  return n;
}

/** Rows [from, to) of a column as one exactly sized array of its width (transferable). */
function sliceColumn(col: Column, from: number, to: number): NumArray {
  const out = new CTORS[col.level]!(Math.max(0, to - from));
  for (let r = from; r < to;) {
    const b = col.blocks[r >>> SHIFT]!;
    const o = r & MASK;
    const n = Math.min(b.length - o, to - r);
    out.set(b.subarray(o, o + n), r - from);
    r += n;
  }
  return out;
}

/** Rows [from, to) of a table, a fresh array per column (Table.append takes them back). */
export function sliceTable<C extends Record<string, AnyColumn>>(
  table: Table<C>,
  from: number,
  to: number,
): Record<keyof C, NumArray> {
  const out = {} as Record<keyof C, NumArray>;
  for (const k in table.cols) out[k] = sliceColumn(table.cols[k]!, from, to);
  return out;
}

/** Forgets a table's rows from n on, and the blocks they took. */
export function truncateTable<C extends Record<string, AnyColumn>>(
  table: Table<C>,
  n: number,
): void {
  if (n >= table.length) return;
  table.length = n;
  if (table.capacity <= BLOCK) return;
  const blocks = Math.max(1, Math.ceil(n / BLOCK));
  for (const k in table.cols) table.cols[k]!.blocks.length = blocks;
  table.capacity = blocks * BLOCK;
}

// ---------------------------------------------------------------------------------------------
// Texts: `10.0.0.80:80>192.168.123.10:40000` as a head word and the number each part ends with.

/** Texts remembered for reuse per generation: the sockets of a few thousand lines. */
const RECENT = 4096;
/** Longest number kept as a number (n + 1 must fit the 4-byte columns). */
const MAX_DIGITS = 9;

/** Each dictionary's words by string (the page, which only appends them, needs none). */
const wordIds = /* @__PURE__ */ new WeakMap<Dictionary, Map<string, number>>();

/** A word's id, added when new. */
export function wordId(d: Dictionary, s: string): number {
  let ids = wordIds.get(d);
  if (!ids) wordIds.set(d, (ids = new Map(d.words.map((w, i) => [w, i]))));
  let id = ids.get(s);
  if (id === undefined) {
    id = d.words.length;
    d.words.push(s);
    ids.set(s, id);
  }
  return id;
}

/** Two generations of the texts seen last, per dictionary (see traceDictionary.ts). */
const recentTexts = /* @__PURE__ */ new WeakMap<
  Dictionary,
  { young: Map<string, number>; old: Map<string, number> }
>();

export function textId(d: Dictionary, s: string): number {
  let recent = recentTexts.get(d);
  if (!recent) recentTexts.set(d, (recent = { young: new Map(), old: new Map() }));
  let id = recent.young.get(s);
  if (id !== undefined) return id;
  id = recent.old.get(s) ?? encode(d, s);
  recent.young.set(s, id);
  if (recent.young.size >= RECENT) {
    recent.old = recent.young;
    recent.young = new Map();
  }
  return id;
}

function encode(d: Dictionary, s: string): number {
  const r = addRow(d.texts);
  const c = d.texts.cols;
  const gt = s.indexOf('>');
  const a = gt < 0 ? s : s.slice(0, gt);
  const an = numberAtEnd(a);
  setPlain(c.aHead, r, wordId(d, an === null ? a : a.slice(0, an.at)));
  setOptional(c.aNum, r, an?.value);
  if (gt < 0) {
    setOptional(c.bHead, r, undefined);
    setOptional(c.bNum, r, undefined);
    return r;
  }
  const b = s.slice(gt + 1);
  const bn = numberAtEnd(b);
  setOptional(c.bHead, r, wordId(d, bn === null ? b : b.slice(0, bn.at)));
  setOptional(c.bNum, r, bn?.value);
  return r;
}

/**
 * The whole number a string ends with, written as String(n) writes it (no leading zero), so that
 * head + n gives the string back; null when it ends otherwise.
 */
function numberAtEnd(s: string): { at: number; value: number } | null {
  let i = s.length;
  let value = 0;
  let scale = 1;
  while (i > 0) {
    const d = s.charCodeAt(i - 1) - 48;
    if (d < 0 || d > 9) break;
    value += d * scale;
    scale *= 10;
    i--;
  }
  const digits = s.length - i;
  if (digits === 0 || digits > MAX_DIGITS) return null;
  if (digits > 1 && s.charCodeAt(i) === 48) return null;
  return { at: i, value };
}

// ---------------------------------------------------------------------------------------------
// The log the core writes.

const KIND_OF: Record<TraceEvent['type'], number> = {
  send: SEND,
  deliver: DELIVER,
  drop: DROP,
  state: STATE,
  call: CALL,
  kernel: KERNEL,
};

/** A state's slot in the trace's columns: its index in TCP_STATES (eleven of them). */
function stateSlot(s: TcpState): number {
  return TCP_STATES.indexOf(s);
}

export class TraceWriter extends TraceLog {
  /**
   * An independent log with the same lines, for a checkpoint: it shares the lines written so far
   * (they never change) and writes its own from here on. Forks of a fork that wrote nothing of its
   * own point at the original, so checkpoints of checkpoints do not make chains.
   */
  fork(): TraceWriter {
    if (this.events.length === 0 && this.parent) {
      return new TraceWriter(this.parent, this.base, this.dict, this.baseRows);
    }
    return new TraceWriter(this, this.length, this.dict, this.mark());
  }

  push(e: TraceEvent): void {
    const ev = this.events;
    const r = addRow(ev);
    const c = ev.cols;
    setTime(c.t, r, e.t);
    setPlain(c.kind, r, KIND_OF[e.type]);
    const d = this.dict;
    switch (e.type) {
      case 'send':
        setPlain(c.x, r, e.id);
        setPlain(c.y, r, this.pushSend(e));
        return;
      case 'deliver':
        setPlain(c.x, r, e.id);
        setPlain(c.y, r, 0);
        return;
      case 'drop':
        setPlain(c.x, r, e.id);
        setPlain(c.y, r, wordId(d, e.reason));
        return;
      case 'state':
        setPlain(c.x, r, wordId(d, e.host));
        setPlain(c.y, r, this.pushState(e));
        return;
      case 'call':
        setPlain(c.x, r, wordId(d, e.host));
        setPlain(c.y, r, this.pushCall(e));
        return;
      case 'kernel':
        setPlain(c.x, r, wordId(d, e.host));
        setPlain(c.y, r, wordId(d, e.text));
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
    setPlain(c.kind, r, DROP);
    setPlain(c.y, r, wordId(this.dict, reason));
  }

  private pushSend(e: SendEvent): number {
    const s = this.sends;
    const r = addRow(s);
    const c = s.cols;
    const d = this.dict;
    setPlain(c.from, r, textId(d, e.from));
    setPlain(c.to, r, textId(d, e.to));
    setPlain(c.flags, r, wordId(d, e.flags));
    setPlain(c.seq, r, e.seq);
    setPlain(c.ack, r, e.ack ?? 0);
    setPlain(c.len, r, e.len);
    setOptional(c.of, r, e.of);
    setPlain(c.win, r, e.win);
    setPlain(c.why, r, wordId(d, e.why));
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
    setPlain(c.mss, r, mss);
    setPlain(c.tsVal, r, tsVal);
    setPlain(c.tsEcr, r, tsEcr);
    setPlain(c.wscale, r, wscale);
    setPlain(c.bits, r, bits);
    // The row among all the log's sends, a fork's base included: the same number on the page.
    return this.baseRows.sends + r;
  }

  private pushState(e: StateEvent): number {
    const s = this.states;
    const r = addRow(s);
    const c = s.cols;
    const d = this.dict;
    setPlain(c.socket, r, textId(d, e.socket));
    setPlain(c.from, r, stateSlot(e.from));
    setPlain(c.to, r, stateSlot(e.to));
    setPlain(c.why, r, wordId(d, e.why));
    setOptional(c.seg, r, e.seg);
    setOptional(c.name, r, e.name === undefined ? undefined : textId(d, e.name));
    return this.baseRows.states + r;
  }

  private pushCall(e: CallEvent): number {
    const s = this.calls;
    const r = addRow(s);
    const c = s.cols;
    const d = this.dict;
    setPlain(c.socket, r, textId(d, e.socket));
    setPlain(c.call, r, wordId(d, e.call));
    setPlain(c.result, r, wordId(d, e.result));
    setOptional(c.bytes, r, e.bytes);
    return this.baseRows.calls + r;
  }

  /**
   * The lines written since `from` (a previous mark; by default this log's first own line), up
   * to `to` (a mark from markAt; by default everything).
   */
  exportChunk(from: TraceMark = this.baseMarkOf(), to: TraceMark = this.mark()): TraceChunk {
    const b = this.baseRows;
    if (from.events < this.base) throw new Error('mark before this log');
    return {
      from,
      words: this.dict.words.slice(from.words, to.words),
      texts: sliceTable(this.dict.texts, from.texts, to.texts),
      events: sliceTable(this.events, from.events - this.base, to.events - this.base),
      sends: sliceTable(this.sends, from.sends - b.sends, to.sends - b.sends),
      states: sliceTable(this.states, from.states - b.states, to.states - b.states),
      calls: sliceTable(this.calls, from.calls - b.calls, to.calls - b.calls),
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

  /** JSON.stringify(log) writes the lines, as it does for an array of them. */
  toJSON(): TraceEvent[] {
    return this.toArray();
  }

  /** Bytes held by this log's own columns and by the dictionary's texts (words not counted). */
  bytes(): number {
    const tables = [this.events, this.sends, this.states, this.calls, this.dict.texts];
    return tables.reduce((n, t) => n + tableBytes(t as Table<Record<string, AnyColumn>>), 0);
  }

  /**
   * Forgets the lines from `lines` on (a re-run replaces them), in the log it was forked from too
   * when they lie before this fork's base. Nothing may read the forgotten lines afterwards.
   */
  truncate(lines: number): void {
    if (lines >= this.length) return;
    if (lines < this.base) {
      this.truncate(this.base);
      (this.parent as TraceWriter).truncate(lines);
      return;
    }
    const m = this.markAt(lines);
    const b = this.baseRows;
    if (this.shared) {
      const { sends, states, kernel } = this.shared;
      if (sends.length > m.sends - b.sends) sends.length = m.sends - b.sends;
      if (states.length > m.states - b.states) states.length = m.states - b.states;
      for (const r of kernel.keys()) if (r >= lines - this.base) kernel.delete(r);
    }
    truncateTable(this.events, lines - this.base);
    truncateTable(this.sends, m.sends - b.sends);
    truncateTable(this.states, m.states - b.states);
    truncateTable(this.calls, m.calls - b.calls);
  }
}
