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
 *
 * Reading and appending are here (the page needs them); adding words and texts is in
 * traceWriter.ts.
 */
import { OptionalColumn, PlainColumn, Table, type NumArray } from './traceColumns';

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
  /** Distinct, in the order they were added: the page appends them as the worker added them. */
  readonly words: string[] = [];
  readonly texts = new Table(textColumns());
  /**
   * Texts already rebuilt, by id: a reader (the page's views index every segment of a run) asks
   * for the same text again and again, and each rebuild would be a new string of its own; a
   * port-exhaustion run read whole held about 600,000 of them. Only what is read is kept: the core
   * writes and seldom reads.
   */
  #read: (string | undefined)[] = [];

  textAt(id: number): string {
    const done = this.#read[id];
    if (done !== undefined) return done;
    const s = this.#build(id);
    this.#read[id] = s;
    return s;
  }

  #build(id: number): string {
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

  /** Appends what another dictionary added after `counts()` said this one holds. */
  append(words: readonly string[], texts: TextRows): void {
    for (const w of words) this.words.push(w);
    this.texts.append(texts, texts.aHead.length);
  }
}
