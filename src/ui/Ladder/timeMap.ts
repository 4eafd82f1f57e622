/**
 * Time → y for the ladder. Time runs down at a fixed number of pixels per second, except that a
 * quiet stretch (nothing sent, delivered or changed) is squeezed to a short break: the 60 s of
 * TIME_WAIT after a close would otherwise be 24,000 px of empty lifelines. d3's polylinear
 * scaleLinear does the mapping both ways.
 */
import { tickStep } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export interface TimeMapOptions {
  pxPerSecond: number;
  /** A stretch with nothing in it taller than this is squeezed. */
  quietPx?: number;
  /** How tall a squeezed stretch is drawn: at least gapPx, growing slowly with its length. */
  gapPx?: number;
  maxGapPx?: number;
}

export interface TimeGap {
  from: number;
  to: number;
  y0: number;
  y1: number;
}

export interface TimeMap {
  /** Seconds → pixels from the top of the content (t = 0 at y = 0). */
  readonly scale: ScaleLinear<number, number>;
  readonly pxPerSecond: number;
  /** The last time covered, and its y. */
  readonly end: number;
  readonly height: number;
  readonly gaps: readonly TimeGap[];
}

export const QUIET_PX = 100;

/** The quiet stretches between event times (ascending), starting from t = 0. Linear. */
export function quietStretches(times: readonly number[], quiet: number): [number, number][] {
  const out: [number, number][] = [];
  let previous = 0;
  for (const t of times) {
    if (t - previous > quiet) out.push([previous, t]);
    previous = t;
  }
  return out;
}

/** The map for the quiet stretches found in the events, extended to `end` (the playback time). */
export function buildTimeMap(
  stretches: readonly [number, number][],
  lastEvent: number,
  end: number,
  options: TimeMapOptions,
): TimeMap {
  const pps = options.pxPerSecond;
  const quiet = (options.quietPx ?? QUIET_PX) / pps;
  const gapPx = options.gapPx ?? 40;
  const maxGapPx = options.maxGapPx ?? 72;
  const squeezed = (d: number) => Math.min(maxGapPx, gapPx + 6 * Math.log2(d / quiet));
  const all = stretches.slice();
  const last = Math.max(lastEvent, stretches[stretches.length - 1]?.[1] ?? 0);
  const stop = Math.max(end, last, 1e-3);
  if (stop - last > quiet) all.push([last, stop]);

  const domain = [0];
  const range = [0];
  const gaps: TimeGap[] = [];
  let t = 0;
  let y = 0;
  for (const [a, b] of all) {
    if (a > t) {
      y += (a - t) * pps;
      domain.push(a);
      range.push(y);
    }
    const y0 = y;
    y += squeezed(b - a);
    domain.push(b);
    range.push(y);
    gaps.push({ from: a, to: b, y0, y1: y });
    t = b;
  }
  if (stop > t) {
    y += (stop - t) * pps;
    domain.push(stop);
    range.push(y);
  }
  return {
    scale: scaleLinear().domain(domain).range(range),
    pxPerSecond: pps,
    end: stop,
    height: y,
    gaps,
  };
}

/**
 * Axis ticks between two times: one nice step for the whole axis (about one per `spacingPx`),
 * only where time runs at the axis' pace (not inside squeezed stretches).
 */
export function timeTicks(map: TimeMap, from: number, to: number, spacingPx = 64): number[] {
  const step = tickStep(0, 1, map.pxPerSecond / spacingPx);
  const out: number[] = [];
  let start = Math.max(0, from);
  const pieces: [number, number][] = [];
  for (const g of map.gaps) {
    if (g.to <= start) continue;
    if (g.from >= to) break;
    if (g.from > start) pieces.push([start, g.from]);
    start = g.to;
  }
  if (to >= start) pieces.push([start, to]);
  for (const [a, b] of pieces) {
    for (let k = Math.ceil(a / step - 1e-9); k * step <= b + 1e-9 && out.length < 64; k++) {
      out.push(Math.round(k * step * 1e9) / 1e9 || 0); // never -0
    }
  }
  return out;
}

const stretchCache = new WeakMap<
  readonly number[],
  { length: number; quiet: number; value: [number, number][] }
>();

/**
 * quietStretches, remembered per times array: the array only grows (the trace is append-only),
 * so its length says whether the answer is still good.
 */
export function stretchesFor(times: readonly number[], quiet: number): [number, number][] {
  const hit = stretchCache.get(times);
  if (hit && hit.length === times.length && hit.quiet === quiet) return hit.value;
  const value = quietStretches(times, quiet);
  stretchCache.set(times, { length: times.length, quiet, value });
  return value;
}
