/**
 * buildLadder: what the ladder draws for a time window, in time units (the view turns times into
 * pixels). Arrows for segments, state labels beside the lifelines, and, where a window holds more
 * than a person can read, bands that count segments or state changes per time bucket, so the
 * number of drawn elements stays bounded whatever the size of the trace.
 */
import type { TraceView } from '../../sim/traceLog';
import {
  ladderIndex,
  lowerBound,
  segLabel,
  upperBound,
  type HostLane,
  type LadderHost,
  type SegList,
  type SegRecord,
  type StateRecord,
} from './ladderIndex';
import { bucketStepFor, nextStep } from './buckets';
import { groupsWithin, reachOf, stateBands } from './grouping';
import type {
  LadderArrow,
  LadderBand,
  LadderModel,
  LadderOptions,
  LadderStateBand,
  LadderStateLabel,
} from './ladderTypes';

export type {
  LadderArrow,
  LadderBand,
  LadderModel,
  LadderOptions,
  LadderStateBand,
  LadderStateLabel,
} from './ladderTypes';

export const LADDER_LIMITS = { maxArrows: 36, maxBands: 30, maxStates: 24 } as const;
const DEFAULT_DELAY = 0.05;

function toArrow(rec: SegRecord, limit: number, delay: number): LadderArrow {
  const pending = Number.isNaN(rec.tEnd);
  const tSend = rec.send.t;
  const tEnd = pending ? tSend + delay : rec.tEnd;
  const progress = tEnd <= limit ? 1 : Math.max(0, (limit - tSend) / (tEnd - tSend));
  return {
    id: rec.send.id,
    kind: rec.kind,
    from: rec.from,
    to: rec.to,
    tSend,
    tEnd,
    end: pending ? 'pending' : rec.drop ? 'drop' : 'deliver',
    reach: reachOf(rec.drop),
    progress,
    dropReason: rec.drop,
    retransmitOf: rec.send.retransmit ? (rec.send.of ?? null) : null,
    spoofed: rec.send.spoofed === true,
    label: segLabel(rec.send),
    send: rec.send,
  };
}

function isStory(rec: SegRecord): boolean {
  return (rec.from === 'left' || rec.from === 'right') && (rec.to === 'left' || rec.to === 'right');
}

function visibleSegments(
  segs: SegList,
  from: number,
  limit: number,
  maxDuration: number,
  delay: number,
): SegRecord[] {
  const start = lowerBound(segs.sends, from - maxDuration - delay, (e) => e.t);
  const end = upperBound(segs.sends, limit, (e) => e.t);
  const out: SegRecord[] = [];
  for (let i = start; i < end; i++) {
    const sent = segs.sentAt(i);
    const tEnd = Number.isNaN(segs.tEnd(i)) ? sent + delay : segs.tEnd(i);
    if (Math.min(tEnd, limit) >= from) out.push(segs.at(i));
  }
  return out;
}

function segmentLayer(
  visible: SegRecord[],
  opts: Required<Pick<LadderOptions, 'maxArrows' | 'maxBands'>> & LadderOptions,
  limit: number,
  delay: number,
): { arrows: LadderArrow[]; bands: LadderBand[] } {
  if (visible.length <= opts.maxArrows) {
    return { arrows: visible.map((r) => toArrow(r, limit, delay)), bands: [] };
  }
  // The selected segment stays an arrow; then the exchange between the two hosts (the story)
  // stays as arrows while it fits, and the traffic with other hosts (a flood) is grouped first.
  const single: SegRecord[] = [];
  let rest = visible;
  const selected = visible.find((r) => r.send.id === opts.selected);
  if (selected) {
    single.push(selected);
    rest = visible.filter((r) => r !== selected);
  }
  const story = rest.filter(isStory);
  if (story.length + single.length <= opts.maxArrows) {
    single.push(...story);
    rest = rest.filter((r) => !isStory(r));
  }
  const span = Math.max(limit - opts.from, 1e-6);
  const groups = groupsWithin(rest, span, Math.max(6, opts.maxBands));
  // A group of one or two says less than the arrows would: draw those while the budget allows.
  const bands: LadderBand[] = [];
  for (const group of groups.sort((a, b) => a.members.length - b.members.length)) {
    if (group.members.length <= 2 && single.length + group.members.length <= opts.maxArrows) {
      single.push(...group.members);
    } else {
      bands.push(group.band);
    }
  }
  const arrows = single.map((r) => toArrow(r, limit, delay));
  arrows.sort((a, b) => a.tSend - b.tSend || a.id - b.id);
  return { arrows, bands: bands.sort((a, b) => a.t0 - b.t0) };
}

function stateLayer(
  records: readonly StateRecord[],
  lane: HostLane,
  span: number,
  budget: number,
): { states: LadderStateLabel[]; bands: LadderStateBand[] } {
  const mine = records.filter((r) => r.lane === lane);
  if (mine.length <= budget) {
    const states = mine.map(({ ev }) => ({
      t: ev.t,
      lane,
      from: ev.from,
      state: ev.to,
      socket: ev.socket,
      ...(ev.name === undefined ? {} : { name: ev.name }),
    }));
    return { states, bands: [] };
  }
  for (let step = bucketStepFor(span / 12); step <= span * 4; step = nextStep(step)) {
    const bands = stateBands(mine, step);
    if (bands.length <= budget) return { states: [], bands };
  }
  return { states: [], bands: stateBands(mine, Infinity) };
}

/** The ladder for the window [from, to], drawn as it stands at `time`. */
export function buildLadder(
  trace: TraceView,
  hosts: readonly LadderHost[],
  options: LadderOptions,
): LadderModel {
  const opts = {
    ...options,
    maxArrows: options.maxArrows ?? LADDER_LIMITS.maxArrows,
    maxBands: options.maxBands ?? LADDER_LIMITS.maxBands,
    maxStates: options.maxStates ?? LADDER_LIMITS.maxStates,
  };
  const index = ladderIndex(trace, hosts);
  const delay = index.delay ?? DEFAULT_DELAY;
  const limit = Math.min(opts.to, opts.time ?? Infinity);
  const span = Math.max(limit - opts.from, 1e-6);

  const visible =
    limit < opts.from
      ? []
      : visibleSegments(index.segs, opts.from, limit, index.maxDuration, delay);
  const { arrows, bands } = segmentLayer(visible, opts, limit, delay);

  const s0 = lowerBound(index.states, opts.from, (e) => e.t);
  const s1 = upperBound(index.states, limit, (e) => e.t);
  const inWindow: StateRecord[] = [];
  for (let i = s0; i < s1; i++) {
    const ev = index.states[i]!;
    inWindow.push({ lane: ev.host === index.leftHost ? 'left' : 'right', ev });
  }
  const perLane = Math.max(1, Math.floor(opts.maxStates / 2));
  const left = stateLayer(inWindow, 'left', span, perLane);
  const right = stateLayer(inWindow, 'right', span, perLane);

  return {
    arrows,
    bands,
    states: [...left.states, ...right.states],
    stateBands: [...left.bands, ...right.bands],
    outLeft: index.outLeft,
    outRight: index.outRight,
    delay: index.delay,
  };
}
