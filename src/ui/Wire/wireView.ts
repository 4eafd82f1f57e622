/**
 * Which segments the wire draws as buttons, and which as dots: a person can follow a dozen
 * chips, not two thousand. Segments between the simulated hosts are chips while there are few
 * of them; a flood's spoofed traffic, and everything once there are too many, go to the canvas.
 */
import { DROP_LINGER, type SegmentLife, type SimStoreState } from '../../store';

export const MAX_CHIPS = 12;
export const LANES = 4;

export interface WireItem {
  life: SegmentLife;
  lost: boolean;
}

export interface WireView {
  chips: WireItem[];
  /** Drawn on the canvas (including the ones just lost, drawn as crosses). */
  dots: SegmentLife[];
  /** Of the dots, how many are still travelling: spoofed, and the rest. */
  spoofed: number;
  others: number;
}

export function isReal(life: SegmentLife): boolean {
  return life.fromHost !== null && life.toHost !== null;
}

export function isLost(life: SegmentLife, t: number): boolean {
  return life.end === 'drop' && life.endAt !== null && t >= life.endAt - 1e-7;
}

let last: { index: unknown; time: number; view: WireView } | null = null;

/** The wire at the store's time; the chips and the canvas ask in the same frame, so it is kept. */
export function wireView(s: Pick<SimStoreState, 'index' | 'time'>): WireView {
  if (last && last.index === s.index && last.time === s.time) return last.view;
  const view = computeWireView(s);
  last = { index: s.index, time: s.time, view };
  return view;
}

function computeWireView(s: Pick<SimStoreState, 'index' | 'time'>): WireView {
  const all = s.index.segmentsAt(s.time, DROP_LINGER);
  const real = all.filter(isReal);
  // Past a dozen, chips would come and go every frame faster than anyone can read them.
  const chipped = real.length <= MAX_CHIPS ? real : [];
  const chosen = new Set(chipped);
  const dots = all.filter((life) => !chosen.has(life));
  let spoofed = 0;
  let others = 0;
  for (const life of dots) {
    if (isLost(life, s.time)) continue;
    if (life.send.spoofed) spoofed++;
    else others++;
  }
  return {
    chips: chipped.map((life) => ({ life, lost: isLost(life, s.time) })),
    dots,
    spoofed,
    others,
  };
}

/** Same chips, same lost marks, same counts: nothing for React to redraw. */
export function sameWireView(a: WireView, b: WireView): boolean {
  if (a.chips.length !== b.chips.length || a.dots.length !== b.dots.length) return false;
  if (a.spoofed !== b.spoofed || a.others !== b.others) return false;
  return a.chips.every((c, i) => c.life === b.chips[i]!.life && c.lost === b.chips[i]!.lost);
}

export function laneOf(life: SegmentLife): number {
  return life.send.id % LANES;
}
