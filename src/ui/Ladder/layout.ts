/**
 * The ladder's geometry: columns, lane x positions, and the label placement that keeps texts
 * from printing over each other (a label that cannot be placed near its arrow is left out of the
 * picture; the arrow keeps its accessible name).
 */
import type { Lane } from './ladderIndex';

export const HEADER_H = 52;
export const BOTTOM_PAD = 32;
/** Room above t = 0, so the first tick and state label are not under the header. */
export const TOP_PAD = 16;
const AXIS_W = 72;
const OUT_W = 76;
const STATE_W = 120;
/** Room between the lifelines: a SYN-ACK's label needs about 300 px; more helps crowded runs. */
const MIDDLE_MIN = 340;
const MIDDLE_MAX = 560;
export const DEFAULT_WIDTH = 640;
/**
 * Narrow columns (a phone, a documentation column) get tighter sides: the axis and the state
 * names shrink to what "SYN_RECEIVED" needs, and the middle takes whatever is left, so the
 * picture never needs more than the column gives it.
 */
const NARROW = { axis: 52, out: 36, state: 84, middleMin: 96 };

export interface LadderLayout {
  width: number;
  axisRight: number;
  lanes: Record<Lane, number>;
}

/**
 * Columns for an available width: the middle takes what is left, within its bounds. `fine`
 * times (microseconds) need the wide axis even when narrow: `0.096520 s` is that long.
 */
export function ladderLayout(
  outLeft: boolean,
  outRight: boolean,
  available = DEFAULT_WIDTH,
  fine = false,
): LadderLayout {
  const wide = { axis: AXIS_W, out: OUT_W, state: STATE_W, middleMin: MIDDLE_MIN };
  const sidesOf = (c: typeof wide) =>
    c.axis + 2 * c.state + (outLeft ? c.out : 0) + (outRight ? c.out : 0);
  const c =
    available >= sidesOf(wide) + MIDDLE_MIN ? wide : fine ? { ...NARROW, axis: AXIS_W } : NARROW;
  const middle = Math.min(MIDDLE_MAX, Math.max(c.middleMin, available - sidesOf(c)));
  const left = c.axis + (outLeft ? c.out : 0) + c.state;
  const right = left + middle;
  const width = right + c.state + (outRight ? c.out : 0);
  return {
    width,
    axisRight: c.axis - 8,
    lanes: { outLeft: c.axis + 10, left, right, outRight: width - 10 },
  };
}

/**
 * Pixels per second: a one-way delay about 60 px tall (down to the microseconds of a capture on
 * a LAN), the whole run under 8 million px.
 */
export function autoPxPerSecond(delay: number | null, duration: number): number {
  const wanted = 60 / (delay ?? 0.05);
  const ceiling = 8_000_000 / Math.max(duration, 1);
  return Math.max(1, Math.min(1e7, Math.max(40, wanted), ceiling));
}

export interface LabelSpot {
  /** Horizontal extent of the text. */
  x0: number;
  x1: number;
  /** Top of the text box at the middle of its extent. */
  y: number;
}

export interface LabelSlot extends LabelSpot {
  /** A label along a sloped arrow: its top at x is y + slope × (x − middle). */
  slope?: number;
  h: number;
  /** Placed first, and always placed (the selected segment). */
  keep?: boolean;
  /** Placed before the others (arrows before bands). */
  priority?: number;
  /** Other places the label may go when its own is taken (further along its arrow). */
  alternatives?: readonly LabelSpot[];
}

export interface Placement {
  y: number;
  /** 0 for the slot's own spot, k for alternatives[k − 1]. */
  choice: number;
}

function topAt(slot: LabelSlot, y: number, x: number): number {
  return y + (slot.slope ?? 0) * (x - (slot.x0 + slot.x1) / 2);
}

/** How far `c` at y must move down to clear `p` at py; 0 when they do not touch. */
function clearance(c: LabelSlot, y: number, p: LabelSlot, py: number): number {
  const a = Math.max(c.x0, p.x0);
  const b = Math.min(c.x1, p.x1);
  if (a >= b) return 0;
  // f(x) = c.top(x) − p.top(x) is linear: the boxes overlap where −c.h < f < p.h.
  const fa = topAt(c, y, a) - topAt(p, py, a);
  const fb = topAt(c, y, b) - topAt(p, py, b);
  const low = Math.min(fa, fb);
  const high = Math.max(fa, fb);
  return high > -c.h && low < p.h ? p.h - low : 0;
}

type Taken = { slot: LabelSlot; y: number }[];

/** The y at or below `slot.y` (within maxShift) where it overlaps nothing taken, or null. */
function fit(slot: LabelSlot, taken: Taken, maxShift: number): number | null {
  let y = slot.y;
  for (let round = 0; round <= taken.length && y - slot.y <= maxShift; round++) {
    const shift = Math.max(0, ...taken.map((p) => clearance(slot, y, p.slot, p.y)));
    if (shift === 0) return y;
    y += shift;
  }
  return null;
}

/**
 * Label placement: by priority, then top-down, each label at its own spot or one of its
 * alternatives, moved down until it overlaps nothing already placed, at most `maxShift` px;
 * beyond that it is left out (null). Results are in input order. Quadratic, for a bounded count.
 */
export function placeLabels(slots: readonly LabelSlot[], maxShift = 14): (Placement | null)[] {
  const rank = (s: LabelSlot) => (s.keep ? Infinity : (s.priority ?? 0));
  const order = slots
    .map((_, i) => i)
    .sort((a, b) => rank(slots[b]!) - rank(slots[a]!) || slots[a]!.y - slots[b]!.y);
  const taken: Taken = [];
  const placed: (Placement | null)[] = slots.map(() => null);
  for (const i of order) {
    const slot = slots[i]!;
    const spots = [slot, ...(slot.alternatives ?? [])].map((spot) => ({ ...slot, ...spot }));
    let result: Placement | null = null;
    for (let k = 0; k < spots.length && !result; k++) {
      const y = fit(spots[k]!, taken, maxShift);
      if (y !== null) result = { y, choice: k };
    }
    if (!result && slot.keep) result = { y: slot.y, choice: 0 };
    if (result) {
      placed[i] = result;
      taken.push({ slot: spots[result.choice]!, y: result.y });
    }
  }
  return placed;
}
