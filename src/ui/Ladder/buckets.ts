/** Bucket widths on the 1-2-5 ladder, so groups line up on round times and do not jitter. */

/** The smallest 1, 2 or 5 × 10^k that is at least `x` (x > 0). */
export function bucketStepFor(x: number): number {
  const size = Math.max(x, 1e-9);
  const power = 10 ** Math.floor(Math.log10(size));
  for (const m of [1, 2, 5, 10]) if (m * power >= size * (1 - 1e-9)) return m * power;
  return 10 * power;
}

/** The next width up the 1-2-5 ladder. */
export function nextStep(step: number): number {
  return bucketStepFor(step * 1.5);
}
