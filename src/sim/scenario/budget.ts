/**
 * How much work a scenario will cause, estimated from its steps before anything runs, and the
 * budget past which it is refused. A short valid scenario can otherwise ask for a billion
 * connections (9,999 connect steps × count 100,000) or millions of segments (a 100 MB send at
 * mss 88) and freeze the page or exhaust the CLI's memory. One pure function, so the app, share
 * links, embeds and the CLI give the same answer (docs/scenario-format.md, "How much a scenario
 * may ask for").
 *
 * The estimate is deliberately coarse and errs high: calibrated on the built-ins, port-exhaustion
 * (28,300 connections) runs 197,624 segments and 847,030 trace events, and is estimated at about
 * 1.02 million events.
 */
import { defaultSettings } from '../profile';
import type { Scenario, Step } from './types';

/** When a run without `until` ends, in seconds (the core's default end). */
export const DEFAULT_END_S = 3600;

/** The most trace events a scenario may be expected to cause (about 5× port-exhaustion's). */
export const MAX_EVENTS = 4_000_000;

/** A connection's segments: handshake, data-less close, and a few retransmissions. */
const SEGMENTS_PER_CONNECTION = 8;
/** A retransmission gives fewer events than a first send: a send and a drop or a delivery. */
const EVENTS_PER_RETRANSMISSION = 2;
/** A spoofed SYN: itself, its SYN-ACK and a SYN-ACK retransmission or two (measured: 2.3). */
const SEGMENTS_PER_FLOOD_SYN = 3;
/** A run's fixed allowance: drops and firewalls cause retransmissions a few steps cannot show. */
const BASE_SEGMENTS = 32;
/** Each segment gives a send, a delivery or drop, and often state changes and calls. */
const EVENTS_PER_SEGMENT = 4.5;

export interface WorkEstimate {
  connections: number;
  segments: number;
  events: number;
  /** The steps that cause the most work, largest first (at most three). */
  largest: { path: string; segments: number; what: string }[];
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${Math.round(n).toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The smallest MSS the run will use: a smaller MSS means more segments for the same bytes. */
function smallestMss(scenario: Scenario): number {
  let mss = scenario.settings?.mss ?? defaultSettings(scenario.profile ?? 'linux').mss;
  for (const step of scenario.steps) {
    if (step.do === 'set' && step.settings.mss !== undefined)
      mss = Math.min(mss, step.settings.mss);
  }
  return mss;
}

/** How many times each segment may be sent when segments are lost at random. */
function retryFactor(scenario: Scenario): { factor: number; retries: number } {
  const base = { ...defaultSettings(scenario.profile ?? 'linux'), ...scenario.settings };
  let loss = base.lossRate;
  let retries = Math.max(base.synRetries, base.synackRetries, base.retries2);
  for (const step of scenario.steps) {
    if (step.do !== 'set') continue;
    const s = step.settings;
    loss = Math.max(loss, s.lossRate ?? 0);
    retries = Math.max(retries, s.synRetries ?? 0, s.synackRetries ?? 0, s.retries2 ?? 0);
  }
  return { factor: 1 + loss * retries, retries };
}

/** Whether a step can make a peer stop answering, so a connection retransmits to its limit. */
const isFault = (step: Step) =>
  step.do === 'firewall' || step.do === 'vanish' || step.do === 'drop';

function connectionsOf(step: Step): number {
  if (step.do === 'connect') return step.count ?? 1;
  if (step.do === 'flood') return step.count;
  return 0;
}

/** The estimated work of a scenario whose fields are valid. Pure and fast: one pass over steps. */
export function estimateWork(scenario: Scenario): WorkEstimate {
  const mss = smallestMss(scenario);
  const { factor: retry, retries } = retryFactor(scenario);
  // With a fault, every connection may retransmit a segment to the retry limit (orphaned FINs to
  // a vanished host, SYNs into a firewall).
  const perConnectionRetransmits = scenario.steps.some(isFault) ? retries : 0;
  let connections = 0;
  for (const step of scenario.steps) connections += connectionsOf(step);
  const perStep: WorkEstimate['largest'] = [];
  let segments = BASE_SEGMENTS;
  let retransmits = 0;
  scenario.steps.forEach((step, i) => {
    let n = 0;
    let what = '';
    if (step.do === 'connect') {
      n = (step.count ?? 1) * SEGMENTS_PER_CONNECTION * retry;
      retransmits += (step.count ?? 1) * perConnectionRetransmits;
      what = plural(step.count ?? 1, 'connection');
    } else if (step.do === 'flood') {
      n = step.count * SEGMENTS_PER_FLOOD_SYN * retry;
      what = plural(step.count, 'spoofed SYN');
    } else if (step.do === 'send') {
      // "*" sends on every connection of the host: at most every connection of the run.
      const sockets = step.socket === '*' ? Math.max(1, connections) : 1;
      // A data segment and, at worst, an ACK for each.
      n = sockets * Math.ceil(step.bytes / mss) * 2 * retry;
      what = `${plural(step.bytes, 'byte')} in ${plural(mss, 'byte')} segments${sockets > 1 ? ` on ${plural(sockets, 'socket')}` : ''}`;
    }
    if (n > 0) perStep.push({ path: `steps[${i}]`, segments: n, what });
    segments += n;
  });
  perStep.sort((a, b) => b.segments - a.segments);
  return {
    connections,
    segments: Math.round(segments + retransmits),
    events: Math.round(segments * EVENTS_PER_SEGMENT + retransmits * EVENTS_PER_RETRANSMISSION),
    largest: perStep.slice(0, 3).map((s) => ({ ...s, segments: Math.round(s.segments) })),
  };
}

/** Why the scenario is refused, or null when its estimated work is within the budget. */
export function budgetProblem(scenario: Scenario): string | null {
  const work = estimateWork(scenario);
  if (work.events <= MAX_EVENTS) return null;
  const largest = work.largest.map((s) => `${s.path} (${s.what})`).join(', ');
  return (
    `this scenario asks for too much work: about ${plural(work.events, 'event')} ` +
    `(${plural(work.connections, 'connection')}, ${plural(work.segments, 'segment')}), ` +
    `more than the ${plural(MAX_EVENTS, 'event')} a run may cause. ` +
    `Reduce ${largest || 'the steps'}: fewer connections (count), fewer bytes, or a larger mss.`
  );
}
