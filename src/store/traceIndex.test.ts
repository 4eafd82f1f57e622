import { describe, expect, it } from 'vitest';
import type { Scenario } from '../sim/scenario/types';
import { BUILTIN_SCENARIOS, BUILTIN_IDS } from '../sim/scenario/builtins/index';
import { createSimulation } from '../sim/simulation';
import { buildTraceIndex, createTraceIndexBuilder, segmentProgress } from './traceIndex';

const LIGHT = BUILTIN_IDS.filter((id) => id !== 'port-exhaustion');

function indexed(scenario: Scenario) {
  const sim = createSimulation(scenario);
  sim.run();
  const hosts = Object.entries(scenario.hosts).map(([name, ip]) => ({ name, ip }));
  return { trace: sim.trace, index: buildTraceIndex(sim.trace, hosts) };
}

function probeTimes(lastTime: number): number[] {
  const times = [0, 0.1, 0.15, 0.2, 0.25, 1.05, 2.1, 2.125, 3.15, 4.05, 30.3, 62.5];
  for (let i = 1; i <= 12; i++) times.push((lastTime * i) / 12);
  return times.sort((a, b) => a - b);
}

describe('buildTraceIndex', () => {
  it.each(LIGHT)('counts sockets per state as the snapshot does in %s', (id) => {
    const scenario = BUILTIN_SCENARIOS[id];
    const { index } = indexed(scenario);
    const cursor = createSimulation(scenario);
    for (const t of probeTimes(index.lastTime)) {
      cursor.runUntil(t);
      for (const host of cursor.snapshot().hosts) {
        expect(index.countsAt(host.name, t), `${host.name} at ${t}`).toEqual(host.counts);
      }
    }
  });

  it.each(LIGHT)('finds the segments in flight that the snapshot has in %s', (id) => {
    const scenario = BUILTIN_SCENARIOS[id];
    const { index } = indexed(scenario);
    const cursor = createSimulation(scenario);
    for (const t of probeTimes(index.lastTime)) {
      cursor.runUntil(t);
      const expected = cursor
        .snapshot()
        .inFlight.map((f) => f.segment.id)
        .sort((a, b) => a - b);
      expect(
        index.segmentsAt(t).map((s) => s.send.id),
        `at ${t}`,
      ).toEqual(expected);
      expect(index.inFlightCount(t)).toBe(expected.length);
    }
  });

  it('places a segment along the wire by its one-way delay', () => {
    const { index } = indexed(BUILTIN_SCENARIOS['handshake-and-close']);
    const syn = index.segmentById(1)!;
    expect(syn.leftToRight).toBe(true);
    expect(segmentProgress(syn, 0.1)).toBe(0);
    expect(segmentProgress(syn, 0.125)).toBeCloseTo(0.5);
    const synAck = index.segmentById(2)!;
    expect(synAck.leftToRight).toBe(false);
  });

  it('stops a segment lost by a drop rule halfway and keeps it drawn for a while', () => {
    // With ACKs at once (four-segment close) segment 9 is the lost final ACK.
    const { index } = indexed({
      ...BUILTIN_SCENARIOS['lost-final-ack'],
      settings: {
        ...BUILTIN_SCENARIOS['lost-final-ack'].settings,
        delayedAck: false,
        tailLossProbe: false,
      },
    });
    const lost = index.segmentById(9)!;
    expect(lost.end).toBe('drop');
    expect(lost.stopAt).toBe(0.5);
    expect(segmentProgress(lost, 2.2)).toBe(0.5);
    expect(index.segmentsAt(2.3).map((s) => s.send.id)).not.toContain(9);
    expect(index.segmentsAt(2.3, 0.6).map((s) => s.send.id)).toContain(9);
  });

  it('steps between distinct event times', () => {
    const { index } = indexed(BUILTIN_SCENARIOS['handshake-and-close']);
    expect(index.nextEventAfter(0)).toBe(0.1);
    expect(index.nextEventAfter(0.1)).toBe(0.15);
    expect(index.prevEventBefore(0.15)).toBe(0.1);
    expect(index.prevEventBefore(0)).toBeNull();
    expect(index.nextEventAfter(index.lastTime)).toBeNull();
  });

  it('lists the recent calls of a host and the state changes between two times', () => {
    const { index } = indexed(BUILTIN_SCENARIOS['handshake-and-close']);
    expect(index.callsBefore('client', 0.2, 5).map((c) => c.call)).toEqual(['connect']);
    expect(index.callsBefore('server', 3, 2).map((c) => c.call)).toEqual(['recv', 'close']);
    const changes = index.stateEventsBetween(0.1, 0.25).map((e) => `${e.host}:${e.to}`);
    expect(changes).toEqual(['server:SYN_RECEIVED', 'client:ESTABLISHED', 'server:ESTABLISHED']);
  });
});

describe('a trace index cut back to an instant (an action re-runs what follows)', () => {
  it.each(LIGHT)('is the index of the lines up to there in %s', (id) => {
    const scenario = BUILTIN_SCENARIOS[id];
    const { trace, index: whole } = indexed(scenario);
    const hosts = Object.entries(scenario.hosts).map(([name, ip]) => ({ name, ip }));
    for (const t of [null, ...probeTimes(whole.lastTime)]) {
      const builder = createTraceIndexBuilder(hosts);
      builder.append(trace, 0, trace.length);
      builder.truncateAfter(t);
      const kept = trace.filter((e) => t !== null && e.t <= t + 1e-9);
      const cut = builder.index();
      const fresh = buildTraceIndex(kept, hosts);
      expect([...cut.times]).toEqual([...fresh.times]);
      // Segments still on the wire at the cut are on the wire again, not where they ended.
      expect(cut.segments, `at ${t}`).toEqual(fresh.segments);
      expect(cut.stateEvents).toEqual(fresh.stateEvents);
      for (const at of probeTimes(whole.lastTime)) {
        expect(cut.segmentsAt(at, 0.3)).toEqual(fresh.segmentsAt(at, 0.3));
        expect(cut.inFlightCount(at)).toBe(fresh.inFlightCount(at));
        for (const h of hosts) {
          expect(cut.countsAt(h.name, at)).toEqual(fresh.countsAt(h.name, at));
          expect(cut.callsBefore(h.name, at, 4)).toEqual(fresh.callsBefore(h.name, at, 4));
        }
      }
      // And it grows again from there as the re-run's lines come.
      builder.append(trace, kept.length, trace.length);
      expect(builder.index().segments).toEqual(whole.segments);
    }
  });
});
