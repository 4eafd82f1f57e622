/** The numbers that shape playback, in one place so the store, the clock and the tests agree. */

/** The speeds offered, simulated seconds per wall-clock second. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const;
export const MIN_SPEED = SPEEDS[0];
export const MAX_SPEED = SPEEDS[SPEEDS.length - 1]!;
/** Slow enough that a segment's 50 ms crossing is visible at first sight. */
export const DEFAULT_SPEED = 0.25;

/** Nothing on the wire and nothing due for this long (simulated seconds): skip ahead. */
export const IDLE_GAP = 1.5;
/** Where a skip lands, before the next event, so the viewer sees it coming. */
export const IDLE_LEAD = 0.2;

/** The timeline runs a little past the last event, so the end state is visible. */
export const END_TAIL = 0.5;
export const MIN_DURATION = 1;

/** How long a lost segment stays drawn where it was lost. */
export const DROP_LINGER = 0.6;

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return DEFAULT_SPEED;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

export interface SkippedInterval {
  from: number;
  to: number;
}

/** Adds a skipped interval, merging it with any it overlaps (replays skip the same gaps). */
export function addSkipped(
  list: readonly SkippedInterval[],
  next: SkippedInterval,
): SkippedInterval[] {
  const out: SkippedInterval[] = [];
  let merged = { ...next };
  for (const s of list) {
    if (s.to < merged.from - 1e-6 || s.from > merged.to + 1e-6) out.push(s);
    else merged = { from: Math.min(s.from, merged.from), to: Math.max(s.to, merged.to) };
  }
  out.push(merged);
  return out.sort((a, b) => a.from - b.from);
}
