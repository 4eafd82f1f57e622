import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/simulation';
import type { SendEvent } from '../../sim/trace';
import { buildLadder, LADDER_LIMITS, type LadderModel } from './ladderModel';
import { ladderIndex } from './ladderIndex';
import { hostsOf, textbook, traceOf } from './testTraces';

const ALL = { from: 0, to: 10_000 };

function arrow(model: LadderModel, id: number) {
  const found = model.arrows.find((a) => a.id === id);
  if (!found) throw new Error(`no arrow #${id}`);
  return found;
}

describe('buildLadder', () => {
  const lost = traceOf('lost-final-ack');
  const hosts = hostsOf('lost-final-ack');

  it('labels segments in RFC 793 notation, with the payload length', () => {
    const model = buildLadder(lost, hosts, ALL);
    expect(arrow(model, 1).label).toBe('<SEQ=100><CTL=SYN>');
    expect(arrow(model, 2).label).toBe('<SEQ=300><ACK=101><CTL=SYN,ACK>');
    expect(arrow(model, 4).label).toBe('<SEQ=101><ACK=301><CTL=PSH,ACK><DATA=100>');
    expect(arrow(model, 1)).toMatchObject({ from: 'left', to: 'right', kind: 'syn' });
    expect(arrow(model, 2)).toMatchObject({ from: 'right', to: 'left', kind: 'synack' });
    expect(arrow(model, 4).kind).toBe('data');
    expect(arrow(model, 6).kind).toBe('fin');
  });

  it('draws the lost ACK stopping halfway, at the time it was dropped', () => {
    const ack = arrow(buildLadder(lost, hosts, ALL), 9);
    expect(ack).toMatchObject({ end: 'drop', dropReason: 'rule', reach: 0.5, progress: 1 });
    expect(ack.tSend).toBe(2.1);
    expect(ack.tEnd).toBe(2.125);
  });

  it('marks a retransmission with the segment it repeats', () => {
    const model = buildLadder(lost, hosts, ALL);
    expect(arrow(model, 10).retransmitOf).toBe(8);
    expect(arrow(model, 8).retransmitOf).toBeNull();
  });

  it('writes each endpoint’s state changes beside its own lifeline', () => {
    const model = buildLadder(lost, hosts, ALL);
    const left = model.states.filter((s) => s.lane === 'left').map((s) => s.state);
    const right = model.states.filter((s) => s.lane === 'right').map((s) => s.state);
    expect(left).toEqual([
      'SYN_SENT',
      'ESTABLISHED',
      'FIN_WAIT_1',
      'FIN_WAIT_2',
      'TIME_WAIT',
      'CLOSED',
    ]);
    expect(right).toEqual([
      'LISTEN',
      'SYN_RECEIVED',
      'ESTABLISHED',
      'CLOSE_WAIT',
      'LAST_ACK',
      'CLOSED',
    ]);
  });

  it('only draws events up to the playback time', () => {
    const model = buildLadder(lost, hosts, { ...ALL, time: 2.38 });
    expect(Math.max(...model.arrows.map((a) => a.tSend))).toBeLessThanOrEqual(2.38);
    expect(model.arrows.map((a) => a.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The retransmitted FIN left at 2.35 and lands at 2.40: 60 % of the way at 2.38.
    expect(arrow(model, 10).progress).toBeCloseTo(0.6, 6);
    expect(arrow(model, 9).progress).toBe(1);
    expect(model.states.every((s) => s.t <= 2.38)).toBe(true);
    expect(model.states.some((s) => s.state === 'CLOSED')).toBe(false);
  });

  it('draws nothing before the first event', () => {
    const model = buildLadder(lost, hosts, { ...ALL, time: 0.05 });
    expect(model.arrows).toEqual([]);
    expect(model.states.map((s) => s.state)).toEqual(['LISTEN']);
  });

  it('only returns what crosses the time window', () => {
    const model = buildLadder(lost, hosts, { from: 2, to: 2.2 });
    expect(model.arrows.map((a) => a.id)).toEqual([6, 7, 8, 9]);
    // An arrow that starts before the window and lands inside it is part of it.
    const late = buildLadder(lost, hosts, { from: 0.17, to: 0.18 });
    expect(late.arrows.map((a) => a.id)).toEqual([2]);
  });

  it('draws a segment still in flight at the end of a partial trace', () => {
    const sim = createSimulation(textbook('lost-final-ack'));
    sim.runUntil(0.12);
    const model = buildLadder(sim.trace, hosts, { ...ALL, time: 0.12 });
    expect(arrow(model, 1)).toMatchObject({ end: 'pending' });
    expect(arrow(model, 1).progress).toBeCloseTo(0.4, 6);
  });

  it('extends its index as a running simulation appends to the trace', () => {
    const sim = createSimulation(textbook('lost-final-ack'));
    sim.runUntil(0.5);
    expect(buildLadder(sim.trace, hosts, ALL).arrows.map((a) => a.id)).toEqual([1, 2, 3]);
    sim.runUntil(3);
    const grown = buildLadder(sim.trace, hosts, ALL);
    const fresh = buildLadder([...sim.trace], hosts, ALL);
    expect(grown).toEqual(fresh);
    expect(grown.arrows.map((a) => a.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('buildLadder on floods', () => {
  const flood = traceOf('syn-flood');
  const hosts = hostsOf('syn-flood');

  it('sends spoofed SYNs in from the other-hosts lane and their SYN-ACKs out to it', () => {
    const model = buildLadder(flood, hosts, { from: 0.1, to: 0.2, maxArrows: 1000 });
    expect(arrow(model, 1)).toMatchObject({ from: 'outRight', to: 'right', spoofed: true });
    expect(arrow(model, 6)).toMatchObject({
      from: 'right',
      to: 'outRight',
      end: 'drop',
      dropReason: 'unreachable',
      reach: 1,
    });
    expect(model.outRight).toBe(true);
    expect(model.outLeft).toBe(false);
  });

  it('keeps the client’s SYN as an arrow while the flood around it is grouped', () => {
    const model = buildLadder(flood, hosts, { from: 2.5, to: 3.5 });
    const client = flood.find(
      (e): e is SendEvent => e.type === 'send' && e.from.startsWith('192.168.123.10'),
    )!;
    expect(model.arrows.map((a) => a.id)).toEqual([client.id]);
    expect(arrow(model, client.id)).toMatchObject({ end: 'drop', dropReason: 'queue-full' });
    expect(model.bands.length).toBeGreaterThan(0);
    const spoofed = model.bands.filter((b) => b.from === 'outRight');
    expect(spoofed.every((b) => b.spoofed === b.count && b.flags === 'SYN')).toBe(true);
  });

  it('keeps the selected segment as an arrow inside a group', () => {
    const inside = flood.find(
      (e): e is SendEvent => e.type === 'send' && e.spoofed === true && e.t > 3,
    )!;
    const model = buildLadder(flood, hosts, { from: 2.5, to: 3.5, selected: inside.id });
    expect(model.arrows.map((a) => a.id)).toContain(inside.id);
    expect(model.arrows.length).toBe(2);
  });

  it('keeps rendered arrows bounded for a 2,000-SYN flood, losing no segment in the count', () => {
    for (const id of ['syn-flood', 'syn-flood-cookies'] as const) {
      const trace = traceOf(id);
      const end = trace[trace.length - 1]!.t;
      const index = ladderIndex(trace, hostsOf(id));
      for (const [from, to] of [
        [0, end],
        [0, 5],
        [1, 2],
        [3.05, 3.1],
        [60, 70],
      ] as const) {
        const model = buildLadder(trace, hostsOf(id), { from, to });
        expect(model.arrows.length).toBeLessThanOrEqual(LADDER_LIMITS.maxArrows);
        expect(model.bands.length).toBeLessThanOrEqual(LADDER_LIMITS.maxBands);
        expect(model.states.length + model.stateBands.length).toBeLessThanOrEqual(
          LADDER_LIMITS.maxStates,
        );
        const crossing = [...index.segs].filter(
          (s) => s.send.t <= to && (Number.isNaN(s.tEnd) ? s.send.t : s.tEnd) >= from,
        ).length;
        const drawn = model.arrows.length + model.bands.reduce((n, b) => n + b.count, 0);
        expect(drawn).toBe(crossing);
      }
    }
  });

  // How long the window queries take is measured by scripts/bench-views.ts, not asserted here.
  it('stays bounded on the 850,000-event port exhaustion', () => {
    const trace = traceOf('port-exhaustion');
    const hosts = hostsOf('port-exhaustion');
    expect(trace.length).toBeGreaterThan(800_000);
    for (let t = 0; t < 88; t += 0.5) {
      const model = buildLadder(trace, hosts, { from: t, to: t + 0.02, time: t + 0.01 });
      expect(model.arrows.length).toBeLessThanOrEqual(LADDER_LIMITS.maxArrows);
      expect(model.bands.length).toBeLessThanOrEqual(LADDER_LIMITS.maxBands);
    }
    const whole = buildLadder(trace, hosts, { from: 0, to: 100 });
    expect(whole.bands.length).toBeLessThanOrEqual(LADDER_LIMITS.maxBands);
    expect(whole.bands.reduce((n, b) => n + b.count, 0)).toBeGreaterThan(190_000);
  }, 60_000);
});
