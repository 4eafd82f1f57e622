/**
 * The event queue: a binary heap ordered by time, then by insertion, so events at the same
 * instant run in the order they were scheduled (docs/architecture.md, rule 2).
 * Entries are plain data, which keeps a whole simulation cloneable for checkpoints.
 *
 * Times and insertion numbers live in two number arrays beside the events, index for index,
 * rather than as properties added to each event: the events come in several shapes (arrivals,
 * timers, steps…), and comparing a property across many shapes is a slow, megamorphic load in
 * the loop every event passes through. Comparing array elements is not (npm run bench).
 */
import type { Micros } from './time';

export interface EventQueue<E> {
  /** The events, in heap order. */
  heap: E[];
  /** heap[i]'s time. */
  at: Micros[];
  /** heap[i]'s insertion number, the tie-break at one instant. */
  order: number[];
  nextOrder: number;
}

export function createQueue<E>(): EventQueue<E> {
  return { heap: [], at: [], order: [], nextOrder: 0 };
}

export function schedule<E>(q: EventQueue<E>, at: Micros, event: E): void {
  const { heap, at: ats, order: orders } = q;
  const order = q.nextOrder++;
  let i = heap.length;
  heap.push(event);
  ats.push(at);
  orders.push(order);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pAt = ats[parent]!;
    if (pAt < at || (pAt === at && orders[parent]! < order)) break;
    heap[i] = heap[parent]!;
    ats[i] = pAt;
    orders[i] = orders[parent]!;
    i = parent;
  }
  heap[i] = event;
  ats[i] = at;
  orders[i] = order;
}

export function peekTime<E>(q: EventQueue<E>): Micros | null {
  return q.heap.length > 0 ? q.at[0]! : null;
}

/** Takes the earliest event off the queue (its time is peekTime's, just before). */
export function pop<E>(q: EventQueue<E>): E | null {
  const { heap, at: ats, order: orders } = q;
  if (heap.length === 0) return null;
  const top = heap[0]!;
  const last = heap.pop()!;
  const lastAt = ats.pop()!;
  const lastOrder = orders.pop()!;
  const n = heap.length;
  if (n > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      // The earlier child.
      let c = l;
      if (r < n && (ats[r]! < ats[l]! || (ats[r] === ats[l] && orders[r]! < orders[l]!))) c = r;
      const cAt = ats[c]!;
      if (lastAt < cAt || (lastAt === cAt && lastOrder < orders[c]!)) break;
      heap[i] = heap[c]!;
      ats[i] = cAt;
      orders[i] = orders[c]!;
      i = c;
    }
    heap[i] = last;
    ats[i] = lastAt;
    orders[i] = lastOrder;
  }
  return top;
}

/**
 * A queue holding these entries, each with the insertion number it is given (rebase.ts renumbers
 * a checkpoint's queue). Sorted by time, then by number: a sorted array is a valid heap, and the
 * queue pops exactly as one built by scheduling them in that order would.
 */
export function queueOf<E>(
  entries: { event: E; at: Micros; order: number }[],
  nextOrder: number,
): EventQueue<E> {
  entries.sort((a, b) => a.at - b.at || a.order - b.order);
  return {
    heap: entries.map((e) => e.event),
    at: entries.map((e) => e.at),
    order: entries.map((e) => e.order),
    nextOrder,
  };
}
