/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4; ref §1.5).
 * Comparisons use the sign of the 32-bit difference, as Linux's before()/after() do.
 */
export function seqAdd(a: number, n: number): number {
  return (a + n) >>> 0;
}

export function seqSub(a: number, b: number): number {
  return (a - b) | 0;
}

export function seqLt(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}

export function seqLeq(a: number, b: number): boolean {
  return ((a - b) | 0) <= 0;
}

export function seqGt(a: number, b: number): boolean {
  return ((a - b) | 0) > 0;
}

export function seqGeq(a: number, b: number): boolean {
  return ((a - b) | 0) >= 0;
}

/** a <= x < b, modulo 2^32. */
export function seqInRange(x: number, a: number, b: number): boolean {
  return seqLeq(a, x) && seqLt(x, b);
}
