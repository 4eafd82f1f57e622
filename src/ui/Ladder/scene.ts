/**
 * From the model (times) to the picture (pixels): arrow and band shapes, and where their labels
 * go. Pure, so the layout rules are testable without a DOM.
 */
import type { HostLane, Lane } from './ladderIndex';
import type {
  LadderArrow,
  LadderBand,
  LadderModel,
  LadderStateBand,
  LadderStateLabel,
} from './ladderModel';
import { placeLabels, type LabelSlot } from './layout';

export interface TextSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Degrees, so a label runs along its arrow. */
  angle: number;
}

export interface ArrowShape {
  arrow: LadderArrow;
  x1: number;
  y1: number;
  /** Where the arrow is drawn to: its end once landed, else where it is at the playback time. */
  x2: number;
  y2: number;
  /** Where it lands (or dies): the tip of an arrow in flight moves from (x1, y1) towards it. */
  xEnd: number;
  yEnd: number;
  /** Pixels it is moved down to clear an arrow sent at the same instant. */
  nudge: number;
  landed: boolean;
  label: TextSpot | null;
  /** Where else the label may go when the middle of the arrow is crowded. */
  alternatives: TextSpot[];
  /** Why it died, beside the cross. */
  note: TextSpot | null;
}

export interface BandShape {
  band: LadderBand;
  points: string;
  label: TextSpot | null;
}

export interface StateShape {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  item: { kind: 'label'; label: LadderStateLabel } | { kind: 'band'; band: LadderStateBand };
}

export interface Scene {
  arrows: ArrowShape[];
  bands: BandShape[];
  states: StateShape[];
}

type YOf = (t: number) => number;
const LINE_H = 12;
/** From the top of a text box to its baseline. */
const BASELINE = 9;
/** Average advance of the 11 px monospace label font. */
const CHAR_W = 6.6;
/** Offset between arrows that would otherwise coincide. */
const NUDGE = 5;

function labelChars(a: LadderArrow): number {
  return String(a.id).length + 2 + a.label.length;
}

function hostSide(from: Lane, to: Lane): HostLane | null {
  const story = (l: Lane) => l === 'left' || l === 'right';
  if (story(from) && story(to)) return null;
  return story(from) ? (from as HostLane) : story(to) ? (to as HostLane) : null;
}

/** A label beside a host's lifeline, on the inner side, for arrows to or from other hosts. */
function besideHost(side: HostLane, lanes: Record<Lane, number>, y: number): TextSpot {
  return side === 'left'
    ? { x: lanes.left + 8, y, anchor: 'start', angle: 0 }
    : { x: lanes.right - 8, y, anchor: 'end', angle: 0 };
}

/**
 * Along the arrow at a share of its length, above it; below it for the second of two arrows
 * drawn side by side.
 */
function alongLine(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  below: boolean,
  share = 0.5,
): TextSpot {
  let angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return {
    x: x1 + (x2 - x1) * share,
    y: y1 + (y2 - y1) * share + (below ? 12 : -4),
    anchor: 'middle',
    angle,
  };
}

function arrowShape(a: LadderArrow, lanes: Record<Lane, number>, y: YOf, rank: number): ArrowShape {
  const nudge = rank * NUDGE;
  const x1 = lanes[a.from];
  const y1 = y(a.tSend) + nudge;
  const xEnd = x1 + (lanes[a.to] - x1) * a.reach;
  const yEnd = y(a.tEnd) + nudge;
  const tTip = a.tSend + a.progress * (a.tEnd - a.tSend);
  const x2 = x1 + (xEnd - x1) * a.progress;
  const y2 = y(tTip) + nudge;
  const side = hostSide(a.from, a.to);
  const label = side
    ? besideHost(side, lanes, (side === a.from ? y1 : yEnd) - 4)
    : alongLine(x1, y1, xEnd, yEnd, rank % 2 === 1);
  // Crossing arrows (a simultaneous open) would put both labels in the middle: try further
  // along, then on the other side of the line.
  const below = rank % 2 === 1;
  const alternatives = side
    ? []
    : [
        ...[0.3, 0.7].map((share) => alongLine(x1, y1, xEnd, yEnd, below, share)),
        ...[0.5, 0.3, 0.7].map((share) => alongLine(x1, y1, xEnd, yEnd, !below, share)),
      ];
  const landed = a.progress >= 1;
  // Past the cross when it died mid-wire; back on the inner side when it died at the far end.
  const rightward = x2 >= x1;
  const outward = a.reach < 1;
  const note: TextSpot | null =
    landed && a.end === 'drop'
      ? {
          x: x2 + (outward === rightward ? 9 : -9),
          y: y2 + 14,
          anchor: outward === rightward ? 'start' : 'end',
          angle: 0,
        }
      : null;
  return { arrow: a, x1, y1, x2, y2, xEnd, yEnd, nudge, landed, label, alternatives, note };
}

function bandShape(b: LadderBand, lanes: Record<Lane, number>, y: YOf, limit: number): BandShape {
  const xs = lanes[b.from];
  const xd = lanes[b.to];
  const corner = (t: number) => {
    const end = Math.min(t + b.duration, limit);
    const share = b.duration > 0 ? ((end - t) / b.duration) * b.reach : 0;
    return `${xs + (xd - xs) * share},${y(end)}`;
  };
  const points = [`${xs},${y(b.t0)}`, corner(b.t0), corner(b.t1), `${xs},${y(b.t1)}`].join(' ');
  const side = hostSide(b.from, b.to);
  const mid = (y(b.t0) + y(Math.min(b.t1 + b.duration, limit))) / 2 + 4;
  const label = side
    ? besideHost(side, lanes, mid)
    : { x: (xs + xd) / 2, y: mid, anchor: 'middle' as const, angle: 0 };
  return { band: b, points, label };
}

/** Arrows sent at the same instant in the same direction would coincide: rank them. */
function ranks(arrows: readonly LadderArrow[]): number[] {
  const seen = new Map<string, number>();
  return arrows.map((a) => {
    const key = `${a.tSend}|${a.from}|${a.to}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return rank;
  });
}

function within(slot: LabelSlot, left: number, right: number): boolean {
  return slot.x0 >= left + 4 && slot.x1 <= right - 4;
}

/** A text box for the placement pass, from where its text is anchored. */
function slotOf(spot: TextSpot, chars: number, lines: number): LabelSlot {
  const w = chars * CHAR_W;
  const x0 =
    spot.anchor === 'middle' ? spot.x - w / 2 : spot.anchor === 'start' ? spot.x : spot.x - w;
  return {
    x0,
    x1: x0 + w,
    y: spot.y - BASELINE,
    slope: Math.tan((spot.angle * Math.PI) / 180),
    h: LINE_H * lines,
  };
}

function placeStates(model: LadderModel, lanes: Record<Lane, number>, y: YOf): StateShape[] {
  const out: StateShape[] = [];
  for (const lane of ['left', 'right'] as const) {
    const items: StateShape[] = [
      ...model.states
        .filter((s) => s.lane === lane)
        .map((label, i) => ({
          key: `s-${lane}-${label.t}-${i}`,
          y: y(label.t) + 4,
          item: { kind: 'label' as const, label },
        })),
      ...model.stateBands
        .filter((b) => b.lane === lane)
        .map((band) => ({
          key: `sb-${lane}-${band.t0}`,
          y: (y(band.t0) + y(band.t1)) / 2 + 4,
          item: { kind: 'band' as const, band },
        })),
    ].map((s) => ({
      ...s,
      x: lane === 'left' ? lanes.left - 8 : lanes.right + 8,
      anchor: lane === 'left' ? ('end' as const) : ('start' as const),
    }));
    // States at one instant (CLOSE-WAIT then LAST-ACK) stack under each other.
    const placed = placeLabels(
      items.map((s) => ({ x0: 0, x1: 1, y: s.y - BASELINE, h: LINE_H })),
      3 * LINE_H,
    );
    items.forEach((s, i) => {
      const p = placed[i];
      if (p) out.push({ ...s, y: p.y + BASELINE });
    });
  }
  return out;
}

/**
 * The tip of an arrow in flight at time t: (x1, y1) at its send, (xEnd, yEnd) when it lands. The
 * view moves tips with this between renders, so the arrow grows without React.
 */
export function arrowTip(shape: ArrowShape, y: YOf, t: number): { x: number; y: number } {
  const a = shape.arrow;
  const span = a.tEnd - a.tSend;
  const progress = span > 0 ? Math.min(1, Math.max(0, (t - a.tSend) / span)) : 1;
  return {
    x: shape.x1 + (shape.xEnd - shape.x1) * progress,
    y: y(a.tSend + progress * span) + shape.nudge,
  };
}

export function buildScene(
  model: LadderModel,
  lanes: Record<Lane, number>,
  y: YOf,
  limit: number,
  selected: number | null,
  /** How long a band's text is, in characters (the text itself is the view's, translated). */
  bandChars: (band: LadderBand) => number = () => 48,
): Scene {
  const rankOf = ranks(model.arrows);
  const arrows = model.arrows.map((a, i) => arrowShape(a, lanes, y, rankOf[i] ?? 0));
  const bands = model.bands.map((b) => bandShape(b, lanes, y, limit));

  // One pass over every label of the middle of the picture, arrows and their notes first.
  const jobs: { slot: LabelSlot; spots: TextSpot[]; put: (spot: TextSpot | null) => void }[] = [];
  const job = (
    spots: TextSpot[],
    chars: number,
    lines: number,
    extra: Partial<LabelSlot>,
    put: (spot: TextSpot | null) => void,
  ) => {
    // Alternatives must stay between the lifelines, clear of the state labels beside them.
    const inside = spots.filter(
      (spot, i) => i === 0 || within(slotOf(spot, chars, lines), lanes.left, lanes.right),
    );
    const [first, ...rest] = inside.map((spot) => slotOf(spot, chars, lines));
    jobs.push({ slot: { ...first!, ...extra, alternatives: rest }, spots: inside, put });
  };
  for (const s of arrows) {
    const lines = s.arrow.retransmitOf !== null ? 2 : 1;
    job(
      [s.label!, ...s.alternatives],
      labelChars(s.arrow),
      lines,
      {
        keep: s.arrow.id === selected,
        // A lost or repeated segment is usually the point of the picture: its label goes first.
        priority: s.arrow.end === 'drop' || s.arrow.retransmitOf !== null ? 2 : 1,
      },
      (spot) => (s.label = spot),
    );
    if (s.note) job([s.note], 18, 1, { priority: 2 }, (spot) => (s.note = spot));
  }
  for (const s of bands) job([s.label!], bandChars(s.band), 1, {}, (spot) => (s.label = spot));
  const placed = placeLabels(jobs.map((j) => j.slot));
  jobs.forEach((j, k) => {
    const p = placed[k];
    j.put(p ? { ...j.spots[p.choice]!, y: p.y + BASELINE } : null);
  });
  return { arrows, bands, states: placeStates(model, lanes, y) };
}
