/**
 * The numeric columns the trace is stored in (traceLog.ts), as small as their values allow.
 *
 * A port-exhaustion run writes 762,000 lines, and most of its memory at the end is this storage.
 * Two choices keep it small:
 *
 * - Blocks of 16,384 rows instead of one array that grows by copying. A grown array leaves up to
 *   a third of itself unused, and while it is copied the old and the new one are both alive. The
 *   first block grows from 64 rows, so a short trace (or a checkpoint's fork) stays small.
 * - Each column is only as wide as its values need: 1 byte until one passes 255, then 2, then 4,
 *   then 8 (a Float64Array, which holds any number exactly). Widening copies the column once; most
 *   columns (flags, reasons, lengths, windows, string ids of a short run) stay at 1 or 2 bytes.
 *
 * Every value comes back exactly as it was written: a value that does not fit is what widens.
 * What reads and appends columns is here (the page needs it); what writes rows one by one,
 * slices and truncates them is in traceWriter.ts, which only the core and the worker load.
 */

export type NumArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;

export const CTORS = [Uint8Array, Uint16Array, Uint32Array, Float64Array] as const;
export const U32 = 2;
export const F64 = 3;
export const SHIFT = 14;
export const BLOCK = 1 << SHIFT;
export const MASK = BLOCK - 1;
const FIRST = 64;

/** The narrowest width that holds v as it is. */
export function levelOf(v: number): number {
  if ((v & 0xff) === v) return 0;
  if ((v & 0xffff) === v) return 1;
  return v >>> 0 === v ? U32 : F64;
}

function levelOfArray(a: NumArray): number {
  if (a instanceof Uint8Array) return 0;
  if (a instanceof Uint16Array) return 1;
  return a instanceof Uint32Array ? U32 : F64;
}

/**
 * A column of numbers. Subclasses say how a value is written at the integer widths; at 8 bytes
 * (a Float64Array) every value is written as it is.
 */
export abstract class Column {
  level: number;
  blocks: NumArray[] = [];

  constructor(level = 0) {
    this.level = level;
  }

  /** Room for rows [0, capacity); the table decides the capacity (see Table.add). */
  ensure(capacity: number): void {
    const make = CTORS[this.level]!;
    if (capacity <= BLOCK) {
      const next = new make(capacity);
      const old = this.blocks[0];
      if (old) next.set(old);
      this.blocks[0] = next;
      return;
    }
    while (this.blocks.length * BLOCK < capacity) this.blocks.push(new make(BLOCK));
  }

  /** A stored value at an integer width, as it is stored at 8 bytes. */
  abstract toWide(s: number): number;

  /** Re-stores every value at a wider width (once per width: at most three times). */
  widen(level: number): void {
    if (level <= this.level) return;
    const make = CTORS[level]!;
    const wide = level === F64;
    this.blocks = this.blocks.map((b) => {
      const next = new make(b.length);
      if (!wide) next.set(b);
      else for (let i = 0; i < b.length; i++) next[i] = this.toWide(b[i]!);
      return next;
    });
    this.level = level;
  }

  /** Writes a slice (of any width, from `slice`) into rows [at, at + rows.length). */
  write(at: number, rows: NumArray): void {
    const incoming = levelOfArray(rows);
    this.widen(incoming);
    const decode = incoming < F64 && this.level === F64;
    for (let i = 0; i < rows.length;) {
      const r = at + i;
      const b = this.blocks[r >>> SHIFT]!;
      const o = r & MASK;
      const n = Math.min(b.length - o, rows.length - i);
      if (!decode) b.set(rows.subarray(i, i + n), o);
      else for (let k = 0; k < n; k++) b[o + k] = this.toWide(rows[i + k]!);
      i += n;
    }
  }

  /**
   * A column with the same rows [0, rows): whole blocks are shared (neither side writes below
   * `rows` again), the block `rows` falls in is copied.
   */
  prefix(into: Column, rows: number): void {
    into.level = this.level;
    const whole = rows >>> SHIFT;
    into.blocks = this.blocks.slice(0, whole);
    const partial = this.blocks[whole];
    if (partial && (rows & MASK) > 0) into.blocks.push(partial.slice());
  }
}

/** Numbers written as they are: ids, sequence numbers, lengths, windows. */
export class PlainColumn extends Column {
  get(r: number): number {
    return this.blocks[r >>> SHIFT]![r & MASK]!;
  }

  toWide(s: number): number {
    return s;
  }
}

/**
 * A number that may be absent (a state line's segment, a call's byte count). At the integer widths
 * 0 means absent and n + 1 stands for n; at 8 bytes NaN means absent.
 */
export class OptionalColumn extends Column {
  get(r: number): number | undefined {
    const s = this.blocks[r >>> SHIFT]![r & MASK]!;
    if (this.level === F64) return Number.isNaN(s) ? undefined : s;
    return s === 0 ? undefined : s - 1;
  }

  toWide(s: number): number {
    return s === 0 ? Number.NaN : s - 1;
  }
}

/**
 * Times in seconds, stored as whole microseconds in 4 bytes (the core's clock counts microseconds,
 * and a run is at most an hour: under 2^32 µs). A time that is not a whole microsecond under that
 * widens the column to 8-byte seconds.
 */
export class TimeColumn extends Column {
  constructor() {
    super(U32);
  }

  get(r: number): number {
    const s = this.blocks[r >>> SHIFT]![r & MASK]!;
    return this.level === F64 ? s : s / 1e6;
  }

  toWide(s: number): number {
    return s / 1e6;
  }
}

export type AnyColumn = PlainColumn | OptionalColumn | TimeColumn;

/** Rows of equally long columns, appended one at a time (or a chunk at a time). */
export class Table<C extends Record<string, AnyColumn>> {
  length = 0;
  capacity = 0;

  constructor(readonly cols: C) {}

  /** Room for more rows: a bigger first block, or one block more. */
  grow(): void {
    const next = this.capacity < BLOCK ? Math.max(FIRST, this.capacity * 2) : this.capacity + BLOCK;
    for (const k in this.cols) this.cols[k]!.ensure(next);
    this.capacity = next;
  }

  /** Appends n rows given as sliceTable (traceWriter.ts) gives them. */
  append(rows: Record<keyof C, NumArray>, n: number): void {
    const at = this.length;
    while (this.capacity < at + n) this.grow();
    for (const k in this.cols) this.cols[k]!.write(at, rows[k]);
    this.length = at + n;
  }

  /** Rows [0, n) into an empty table of the same columns (see Column.prefix). */
  prefixInto(into: Table<C>, n: number): void {
    for (const k in this.cols) this.cols[k]!.prefix(into.cols[k]!, n);
    into.length = n;
    into.capacity =
      n === 0 ? 0 : this.capacity <= BLOCK ? this.capacity : Math.ceil(n / BLOCK) * BLOCK;
  }
}
