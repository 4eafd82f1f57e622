/**
 * The retransmission queue: the sent segments that occupy sequence space and await their ACK, in
 * sequence order. A queue with a moving head rather than an array's shift()/splice(0, n): with a
 * large window (a 1 GB rcvBuf, mss 88) thousands of entries wait at once, and removing each ACKed
 * one by moving every other entry made the run's cost grow with the square of the bytes sent.
 */
import { seqGt, seqLeq } from './seq';

/**
 * What every empty queue holds until its first push, never written to: most sockets of a big run
 * sit with an empty queue (28,000 in TIME_WAIT in port exhaustion), each array was 32 bytes.
 */
const NONE: RtxEntry[] = [];

/** A sent segment that occupies sequence space and awaits its ACK. */
export interface RtxEntry {
  seq: number;
  /** seq + SEG.LEN */
  end: number;
  flags: number;
  len: number;
  firstId: number;
  sentAt: number;
  retransmitted: boolean;
}

export class RtxQueue {
  private items: RtxEntry[] = NONE;
  private start = 0;

  get length(): number {
    return this.items.length - this.start;
  }

  /** The oldest unacknowledged entry. */
  head(): RtxEntry | undefined {
    return this.items[this.start];
  }

  /** The newest entry (what a tail-loss probe resends). */
  tail(): RtxEntry | undefined {
    return this.length > 0 ? this.items[this.items.length - 1] : undefined;
  }

  push(entry: RtxEntry): void {
    if (this.items === NONE) this.items = [];
    this.items.push(entry);
  }

  /**
   * The entry that starts at `seq`, if any. New data goes at the tail, so only the tail is looked
   * at unless `seq` lies before it.
   */
  at(seq: number): RtxEntry | undefined {
    const last = this.items[this.items.length - 1];
    if (this.length === 0 || !last || seqGt(seq, last.seq)) return undefined;
    if (last.seq === seq) return last;
    for (let i = this.start; i < this.items.length; i++) {
      if (this.items[i]!.seq === seq) return this.items[i];
    }
    return undefined;
  }

  /** Removes and returns the oldest entry when `ack` covers all of it. */
  retire(ack: number): RtxEntry | undefined {
    const entry = this.items[this.start];
    if (!entry || !seqLeq(entry.end, ack)) return undefined;
    this.start++;
    // Compact once the dead prefix is half the array: amortised O(1) per entry.
    if (this.start === this.items.length) {
      this.items = NONE;
      this.start = 0;
    } else if (this.start > 1024 && this.start * 2 > this.items.length) {
      this.items = this.items.slice(this.start);
      this.start = 0;
    }
    return entry;
  }

  clear(): void {
    this.items = NONE;
    this.start = 0;
  }

  clone(): RtxQueue {
    const copy = new RtxQueue();
    for (let i = this.start; i < this.items.length; i++) copy.push({ ...this.items[i]! });
    return copy;
  }
}
