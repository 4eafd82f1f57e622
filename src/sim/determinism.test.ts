import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS, BUILTIN_SCENARIOS } from './scenario/builtins';
import { createSimulation } from './simulation';

const LIGHT = BUILTIN_IDS.filter((id) => id !== 'port-exhaustion');

describe('determinism', () => {
  it.each(LIGHT)('gives a byte-identical trace for the same scenario and seed (%s)', (id) => {
    const run = () => {
      const sim = createSimulation(BUILTIN_SCENARIOS[id]);
      sim.run();
      return sim.trace.map((e) => JSON.stringify(e)).join('\n');
    };
    expect(run()).toBe(run());
  });

  it('gives a different trace for a different seed where the seed matters', () => {
    const base = BUILTIN_SCENARIOS['syn-flood-cookies'];
    const run = (seed: number) => {
      const sim = createSimulation({ ...base, seed });
      sim.runUntil(2);
      return JSON.stringify(sim.trace);
    };
    expect(run(1)).not.toBe(run(2));
  });

  it('continues a clone exactly as the original would have gone on', () => {
    const sim = createSimulation(BUILTIN_SCENARIOS['lost-final-ack']);
    sim.runUntil(2.07);
    const copy = sim.clone();
    sim.run();
    copy.run();
    expect(JSON.stringify(copy.trace)).toBe(JSON.stringify(sim.trace));
  });

  it('leaves the original untouched when a clone runs on', () => {
    const sim = createSimulation(BUILTIN_SCENARIOS['handshake-and-close']);
    sim.runUntil(1);
    const before = JSON.stringify(sim.snapshot());
    sim.clone().run();
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it('replays recorded actions at their times (time travel forks a new future)', () => {
    const scenario = BUILTIN_SCENARIOS['close-wait-leak'];
    const release = { at: 5, do: 'app' as const, host: 'server', closeOnEof: true };
    const sim = createSimulation(scenario, { actions: [release] });
    sim.runUntil(6);
    const counts = sim.snapshot().hosts[1]!.counts;
    expect(counts.CLOSE_WAIT ?? 0).toBe(0);
  });
});

describe('dropping a segment in flight', () => {
  it('loses it where it is at the action time, and the sender retransmits', () => {
    const sim = createSimulation(BUILTIN_SCENARIOS['handshake-and-close'], {
      actions: [{ at: 0.12, do: 'drop', match: { id: 1 } }],
    });
    sim.run();
    const about1 = sim.trace.filter((e) => 'id' in e && e.id === 1 && e.type !== 'send');
    expect(about1).toEqual([{ t: 0.12, type: 'drop', id: 1, reason: 'rule' }]);
    expect(sim.trace).toContainEqual(
      expect.objectContaining({ t: 1.1, type: 'send', flags: 'SYN', retransmit: true, of: 1 }),
    );
  });
});
