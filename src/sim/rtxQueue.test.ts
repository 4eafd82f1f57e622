import { describe, expect, it } from 'vitest';
import { RtxQueue, type RtxEntry } from './rtxQueue';

const entry = (seq: number, len: number): RtxEntry => ({
  seq,
  end: (seq + len) >>> 0,
  flags: 0,
  len,
  firstId: seq,
  sentAt: 0,
  retransmitted: false,
});

describe('the retransmission queue', () => {
  it('retires exactly the entries an ACK covers, oldest first', () => {
    const q = new RtxQueue();
    for (let i = 0; i < 5; i++) q.push(entry(1000 + i * 88, 88));
    expect(q.retire(1000 + 88 * 2 - 1)?.seq).toBe(1000);
    expect(q.retire(1000 + 88 * 2 - 1)).toBeUndefined(); // the second is only partly covered
    expect(q.head()?.seq).toBe(1088);
    expect(q.length).toBe(4);
  });

  it('finds an entry by its first sequence number, at the tail or inside', () => {
    const q = new RtxQueue();
    for (let i = 0; i < 3; i++) q.push(entry(i * 10, 10));
    expect(q.at(20)?.seq).toBe(20);
    expect(q.at(10)?.seq).toBe(10);
    expect(q.at(30)).toBeUndefined();
    q.retire(10);
    expect(q.at(0)).toBeUndefined(); // retired entries are gone
  });

  it('handles sequence numbers that wrap around 2^32', () => {
    const q = new RtxQueue();
    q.push(entry(4294967290, 10)); // ends at 4
    q.push(entry(4, 10));
    expect(q.at(4)?.len).toBe(10);
    expect(q.retire(4)?.seq).toBe(4294967290);
    expect(q.head()?.seq).toBe(4);
  });

  it('stays correct across compactions of a long queue, and clones independently', () => {
    const q = new RtxQueue();
    const n = 50_000;
    for (let i = 0; i < n; i++) q.push(entry(i * 88, 88));
    let retired = 0;
    for (let ack = 0; ack <= n * 88; ack += 176) {
      while (q.retire(ack)) retired++;
      if (ack === 88 * 30_000) {
        const copy = q.clone();
        copy.head()!.retransmitted = true;
        expect(q.head()!.retransmitted).toBe(false);
        expect(copy.length).toBe(q.length);
      }
    }
    expect(retired).toBe(n);
    expect(q.length).toBe(0);
    expect(q.head()).toBeUndefined();
  });
});
