/**
 * The event queue: a binary heap ordered by time, then by insertion, so events at the same
 * instant run in the order they were scheduled (docs/architecture.md, rule 2).
 * Entries are plain data, which keeps a whole simulation cloneable for checkpoints.
 */
import type { Micros } from './time';

/** The event itself carries its time and order: one object per scheduled event, not two. */
export interface Timed {
  at: Micros;
  order: number;
}

export type QueueEntry<E> = E & Timed;

export interface EventQueue<E> {
  heap: QueueEntry<E>[];
  nextOrder: number;
}

export function createQueue<E>(): EventQueue<E> {
  return { heap: [], nextOrder: 0 };
}

function before(a: Timed, b: Timed): boolean {
  return a.at < b.at || (a.at === b.at && a.order < b.order);
}

export function schedule<E extends object>(q: EventQueue<E>, at: Micros, event: E): void {
  const heap = q.heap;
  const entry = event as QueueEntry<E>;
  entry.at = at;
  entry.order = q.nextOrder++;
  let i = heap.push(entry) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent]!;
    if (!before(entry, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = entry;
}

export function peekTime<E>(q: EventQueue<E>): Micros | null {
  return q.heap.length > 0 ? q.heap[0]!.at : null;
}

export function pop<E>(q: EventQueue<E>): QueueEntry<E> | null {
  const heap = q.heap;
  if (heap.length === 0) return null;
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && before(heap[l]!, last)) m = l;
      if (r < n && before(heap[r]!, m === i ? last : heap[m]!)) m = r;
      if (m === i) break;
      heap[i] = heap[m]!;
      i = m;
    }
    heap[i] = last;
  }
  return top;
}
