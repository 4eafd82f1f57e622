import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQueue, peekTime, pop, schedule } from './scheduler';

type Op = { push: number } | 'pop';

describe('the event queue', () => {
  it('runs events at one instant in the order they were scheduled', () => {
    const q = createQueue<string>();
    schedule(q, 5, 'a');
    schedule(q, 3, 'b');
    schedule(q, 5, 'c');
    schedule(q, 3, 'd');
    const out: string[] = [];
    for (let e = pop(q); e !== null; e = pop(q)) out.push(e);
    expect(out).toEqual(['b', 'd', 'a', 'c']);
  });

  it('always hands out the earliest event, whatever the interleaving of adds and takes', () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ push: fc.integer({ min: 0, max: 20 }) }),
      fc.constant('pop' as const),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = createQueue<number>();
        // The model: a list kept sorted by (time, insertion).
        const model: { at: number; n: number }[] = [];
        let n = 0;
        for (const o of ops) {
          if (o === 'pop') {
            const expected = model.shift() ?? null;
            expect(peekTime(q)).toBe(expected?.at ?? null);
            expect(pop(q)).toBe(expected?.n ?? null);
          } else {
            schedule(q, o.push, n);
            model.push({ at: o.push, n });
            model.sort((a, b) => a.at - b.at || a.n - b.n);
            n++;
          }
        }
        expect(q.heap.length).toBe(model.length);
        expect(q.at.length).toBe(model.length);
        expect(q.order.length).toBe(model.length);
      }),
    );
  });
});
