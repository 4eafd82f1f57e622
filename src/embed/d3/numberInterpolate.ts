/**
 * d3-interpolate, numbers only, for the embed build (aliased in vite.embed.config.ts).
 *
 * d3-scale's linear scale imports the generic `interpolate`, which can blend colours, dates,
 * strings and objects, and so pulls in all of d3-color: about 5 KB gzip that the embed never uses,
 * because every range the views give a scale is numeric (pixel positions). The formulas are
 * d3-interpolate's own, so a number scale computes exactly what it computes in the app build
 * (numberInterpolate.test.ts compares the two); anything but a number is refused by name.
 */
export type NumberInterpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): NumberInterpolator {
  a = +a;
  b = +b;
  return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): NumberInterpolator {
  a = +a;
  b = +b;
  return (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a: unknown, b: unknown): NumberInterpolator {
  if (typeof b !== 'number') {
    throw new TypeError(
      `The embed build interpolates numbers only (src/embed/d3/numberInterpolate.ts); got ${typeof b}.`,
    );
  }
  return interpolateNumber(a as number, b);
}

type Pairwise = (a: number, b: number) => NumberInterpolator;

/** d3's piecewise: one interpolator per adjacent pair, t spread evenly across them. */
export function piecewise(
  pairwise: Pairwise | readonly number[],
  values?: readonly number[],
): NumberInterpolator {
  const between = typeof pairwise === 'function' ? pairwise : interpolate;
  const points = typeof pairwise === 'function' ? (values ?? []) : pairwise;
  const n = points.length - 1;
  const parts: NumberInterpolator[] = [];
  for (let i = 0; i < n; i++) parts.push(between(points[i]!, points[i + 1]!));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]!(t - i);
  };
}
