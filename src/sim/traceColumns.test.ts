import { describe, expect, it } from 'vitest';
import { OptionalColumn, PlainColumn, Table, TimeColumn } from './traceColumns';
import {
  addRow,
  setOptional,
  setPlain,
  setTime,
  sliceTable,
  tableBytes,
  truncateTable,
} from './traceWriter';

const ROWS = 40_000; // more than two blocks

function table() {
  return new Table({ n: new PlainColumn(), o: new OptionalColumn(), t: new TimeColumn() });
}

describe('trace columns', () => {
  it('give back every number exactly as written, widening only when one does not fit', () => {
    const tab = table();
    const values = [0, 7, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32, -1, 0.5, 1e300];
    const written: number[] = [];
    for (let i = 0; i < ROWS; i++) {
      const r = addRow(tab);
      // Small values for a long while, then the odd large one: the column widens late.
      const v = i < ROWS - values.length ? i % 200 : values[i - (ROWS - values.length)]!;
      setPlain(tab.cols.n, r, v);
      written.push(v);
    }
    expect(tab.cols.n.level).toBe(3);
    for (let i = 0; i < ROWS; i++) expect(tab.cols.n.get(i)).toBe(written[i]);
  });

  it('keep small values in one byte each', () => {
    const tab = table();
    for (let i = 0; i < ROWS; i++) setPlain(tab.cols.n, addRow(tab), i % 256);
    const bytes = tab.cols.n.blocks.reduce((n, b) => n + b.byteLength, 0);
    expect(bytes).toBeLessThan(ROWS * 1.5);
  });

  it('tell an absent value from every present one, 0 and negatives included', () => {
    const tab = table();
    const values = [undefined, 0, 1, undefined, 65_535, 2 ** 32 - 2, 2 ** 32 - 1, -1, 2.5];
    for (const v of values) setOptional(tab.cols.o, addRow(tab), v);
    expect(values.map((_, i) => tab.cols.o.get(i))).toEqual(values);
  });

  it('keep times in whole microseconds in 4 bytes, any other time exactly in 8', () => {
    const tab = table();
    const times = [0, 0.1, 0.15, 1.000001, 3599.999999, 120];
    for (const t of times) setTime(tab.cols.t, addRow(tab), t);
    expect(tab.cols.t.level).toBe(2);
    expect(times.map((_, i) => tab.cols.t.get(i))).toEqual(times);
    const odd = [0.1 + 0.2, 1e-9, 5000, -1];
    for (const t of odd) setTime(tab.cols.t, addRow(tab), t);
    expect(tab.cols.t.level).toBe(3);
    expect([...times, ...odd].map((_, i) => tab.cols.t.get(i))).toEqual([...times, ...odd]);
  });

  it('cross as slices of any width and rebuild the same rows', () => {
    const from = table();
    for (let i = 0; i < ROWS; i++) {
      const r = addRow(from);
      setPlain(from.cols.n, r, i * 3);
      setOptional(from.cols.o, r, i % 3 === 0 ? undefined : i);
      setTime(from.cols.t, r, i / 1000);
    }
    const to = table();
    // A narrow first piece, then a wide one: the receiver widens and keeps what it had.
    to.append(sliceTable(from, 0, 50), 50);
    to.append(sliceTable(from, 50, ROWS), ROWS - 50);
    for (let i = 0; i < ROWS; i += 997) {
      expect([to.cols.n.get(i), to.cols.o.get(i), to.cols.t.get(i)]).toEqual([
        i * 3,
        i % 3 === 0 ? undefined : i,
        i / 1000,
      ]);
    }
  });

  it('forget rows after a truncation, and a prefix keeps the first rows without copying them all', () => {
    const tab = table();
    for (let i = 0; i < ROWS; i++) setPlain(tab.cols.n, addRow(tab), i);
    const copy = table();
    tab.prefixInto(copy, 20_000);
    const before = tableBytes(tab);
    truncateTable(tab, 100);
    expect(tableBytes(tab)).toBeLessThan(before / 2);
    for (let i = 100; i < 200; i++) setPlain(tab.cols.n, addRow(tab), -i);
    expect(tab.cols.n.get(99)).toBe(99);
    expect(tab.cols.n.get(150)).toBe(-150);
    expect(copy.length).toBe(20_000);
    expect(copy.cols.n.get(19_999)).toBe(19_999);
    setPlain(copy.cols.n, addRow(copy), 7);
    expect(copy.cols.n.get(20_000)).toBe(7);
  });
});
