/**
 * Simulated time is an integer count of microseconds: integer arithmetic keeps every run
 * byte-identical (0.1 + 0.05 in floating-point seconds would not be).
 */
export type Micros = number;

export const US_PER_S = 1_000_000;

export function fromSeconds(s: number): Micros {
  return Math.round(s * US_PER_S);
}

export function toSeconds(us: Micros): number {
  return us / US_PER_S;
}
