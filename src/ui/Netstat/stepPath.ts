/**
 * SVG paths of a count that holds its value until the next change (a step-after curve, as
 * d3-shape's curveStepAfter draws it): the line, and the area under it down to a baseline.
 * Written here rather than imported: two loops, where d3-shape and d3-path cost the embed script
 * about 2.5 KB of its gzip budget.
 */
export interface StepPoint {
  x: number;
  y: number;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** M x0,y0 H x1 V y1 H x2 V y2 …: flat until each change, then straight up or down. */
export function stepLine(points: readonly StepPoint[]): string {
  if (points.length === 0) return '';
  let d = `M${fmt(points[0]!.x)},${fmt(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    d += `H${fmt(points[i]!.x)}V${fmt(points[i]!.y)}`;
  }
  return d;
}

/** The same line closed along the baseline: the area a count covers. */
export function stepArea(points: readonly StepPoint[], baseline: number): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  return `${stepLine(points)}V${fmt(baseline)}H${fmt(first.x)}Z`;
}
