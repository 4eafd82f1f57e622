/**
 * The strings of a trace (traceLog.ts), shared by a log, its forks and the page's copy of it. Two
 * kinds, kept differently:
 *
 * - Words: the few strings that recur all run long (host names, flags, reasons, call names,
 *   errnos). Interned once each; a column holds a word's id.
 * - Texts: addresses, socket keys and socket names (`192.168.123.10:40000`,
 *   `10.0.0.80:80>192.168.123.10:40000`, `req#12`). A port-exhaustion run has 141,000 distinct
 *   ones, each used by a handful of lines. Kept as strings, with the map that finds their ids, they
 *   took about 16 MB at the end of the run. A text is stored instead as at most two parts around a
 *   `>`, each a word (its head) and the whole number it ends with: `10.0.0.80:` 80 `>`
 *   `192.168.123.10:` 40000. That is 4 numbers in columns, and the string is rebuilt when read.
 *   Only recently seen texts are looked up (two generations of a small map): a text seen again
 *   after a while gets a second id, which costs a row and nothing else.
 */
import { OptionalColumn, PlainColumn, Table, type NumArray } from './traceColumns';

/** Texts remembered for reuse per generation: the sockets of a few thousand lines. */
const RECENT = 4096;
/** Longest number kept as a number (n + 1 must fit the 4-byte columns). */
const MAX_DIGITS = 9;
/** Texts kept as strings once read, by id (a power of two): lines read in turn share many. */
const READ_CACHE = 4096;

function textColumns() {
  return {
    aHead: new PlainColumn(),
    aNum: new OptionalColumn(),
    bHead: new OptionalColumn(),
    bNum: new OptionalColumn(),
  };
}

export type TextRows = Record<keyof ReturnType<typeof textColumns>, NumArray>;

export class Dictionary {
  readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  readonly texts = new Table(textColumns());
  private young = new Map<string, number>();
  private old = new Map<string, number>();
  /**
   * The texts last read, so that reading lines does not rebuild `10.0.0.80:80` for every segment
   * (a view reads each of a run's 760,000 lines when it indexes them).
   */
  private readonly readIds = new Int32Array(READ_CACHE).fill(-1);
  private readonly read: string[] = new Array<string>(READ_CACHE).fill('');

  word(s: string): number {
    let id = this.wordIds.get(s);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(s);
      this.wordIds.set(s, id);
    }
    return id;
  }

  text(s: string): number {
    let id = this.young.get(s);
    if (id !== undefined) return id;
    id = this.old.get(s) ?? this.encode(s);
    this.young.set(s, id);
    if (this.young.size >= RECENT) {
      this.old = this.young;
      this.young = new Map();
    }
    return id;
  }

  textAt(id: number): string {
    const slot = id & (READ_CACHE - 1);
    if (this.readIds[slot] === id) return this.read[slot]!;
    const s = this.build(id);
    this.readIds[slot] = id;
    this.read[slot] = s;
    return s;
  }

  private build(id: number): string {
    const c = this.texts.cols;
    const words = this.words;
    let s = words[c.aHead.get(id)]!;
    const an = c.aNum.get(id);
    if (an !== undefined) s += an;
    const bh = c.bHead.get(id);
    if (bh === undefined) return s;
    s += `>${words[bh]!}`;
    const bn = c.bNum.get(id);
    return bn === undefined ? s : s + bn;
  }

  private encode(s: string): number {
    const r = this.texts.add();
    const c = this.texts.cols;
    const gt = s.indexOf('>');
    const a = gt < 0 ? s : s.slice(0, gt);
    const an = numberAtEnd(a);
    c.aHead.set(r, this.word(an === null ? a : a.slice(0, an.at)));
    c.aNum.set(r, an?.value);
    if (gt < 0) {
      c.bHead.set(r, undefined);
      c.bNum.set(r, undefined);
      return r;
    }
    const b = s.slice(gt + 1);
    const bn = numberAtEnd(b);
    c.bHead.set(r, this.word(bn === null ? b : b.slice(0, bn.at)));
    c.bNum.set(r, bn?.value);
    return r;
  }

  /** Where this dictionary stands, for a chunk (traceLog.ts). */
  counts(): { words: number; texts: number } {
    return { words: this.words.length, texts: this.texts.length };
  }

  /** Appends what another dictionary added after `counts()` said this one holds. */
  append(words: readonly string[], texts: TextRows): void {
    for (const w of words) this.word(w);
    this.texts.append(texts, texts.aHead.length);
  }
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
