/**
 * A user's action re-runs from a checkpoint (Simulation.withActions): for every built-in and
 * seeded random actions (kinds, times on and between the run's instants, checkpoints before
 * them, earlier actions kept or forgotten), the re-run writes the very trace a run from t = 0
 * with the same actions writes, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Simulation } from './api';
import { BUILTIN_IDS, BUILTIN_SCENARIOS, type BuiltinId } from './scenario/builtins';
import type { Step } from './scenario/types';
import { createSimulation } from './simulation';
import type { World } from './world';

type Host = 'client' | 'server';

/** Every kind of action the page offers, and the others a scenario may record. */
function actionsAt(at: number, host: Host, segment: number): Step[] {
  return [
    { at, do: 'drop', match: { id: segment } },
    { at, do: 'drop', match: { flags: 'ACK' }, count: 2 },
    { at, do: 'drop', match: { from: host, nth: 2 } },
    { at, do: 'close', host, socket: '*' },
    { at, do: 'abort', host, socket: '*' },
    { at, do: 'shutdown', host, socket: '*' },
    { at, do: 'send', host, socket: '*', bytes: 3000 },
    { at, do: 'app', host: 'server', accept: false, read: false },
    { at, do: 'app', host: 'server', closeOnEof: true, read: true, accept: true },
    { at, do: 'firewall', host: 'server', port: 80, action: 'reject' },
    { at, do: 'firewall', host: 'server', port: 80, action: 'off' },
    { at, do: 'flood', to: 'server:80', count: 40, rate: 500 },
    { at, do: 'vanish', host },
    { at, do: 'set', settings: { lossRate: 0.25 } },
    { at, do: 'connect', host: 'client', to: 'server:80', closeAfter: 0.5 },
    { at, do: 'listen', host: 'server', port: 8080 },
  ];
}
const KINDS = actionsAt(0, 'client', 1).length;

/** The pending events, in the order they will run, with their times and insertion numbers. */
function queueOf(sim: Simulation): string[] {
  const q = (sim as unknown as { w: World }).w.queue;
  return q.heap
    .map((e, i) => ({ at: q.at[i]!, order: q.order[i]!, e }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((x) => JSON.stringify(x));
}

function jsonLines(sim: Simulation): string[] {
  const out: string[] = [];
  for (const e of sim.log) out.push(JSON.stringify(e));
  return out;
}

/** The first line where two runs' JSON Lines differ, or null; a line at a time (762,000 lines). */
function firstDifferentLine(a: Simulation, b: Simulation): string | null {
  for (let i = 0; i < Math.max(a.log.length, b.log.length); i++) {
    const x = JSON.stringify(a.log.at(i)) ?? '(none)';
    const y = JSON.stringify(b.log.at(i)) ?? '(none)';
    if (x !== y) return `line ${i}: ${x} ≠ ${y}`;
  }
  return null;
}

/** The first line where two traces differ, or null: a readable failure, not a 100 MB diff. */
function firstDifference(a: readonly string[], b: readonly string[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i}: ${a[i] ?? '(none)'} ≠ ${b[i] ?? '(none)'}`;
  }
  return null;
}

/** The distinct instants of a run without actions: action and checkpoint times are drawn near them. */
function instantsOf(id: BuiltinId): number[] {
  const sim = createSimulation(BUILTIN_SCENARIOS[id]);
  sim.run();
  const times = new Set<number>([0]);
  for (let i = 0; i < sim.log.length; i++) times.add(sim.log.timeAt(i));
  return [...times].sort((a, b) => a - b);
}

interface Case {
  /** Index of the instant the action is at, plus an offset (0: on it; 1e-7: the same microsecond). */
  actionInstant: number;
  offset: number;
  /** How far back the checkpoint is, in instants (at least one: strictly before the action). */
  back: number;
  kind: number;
  host: Host;
  segment: number;
  /** An earlier action the base run had: kept (before the checkpoint) or forgotten (after). */
  earlier: 'none' | 'kept' | 'forgotten';
  earlierKind: number;
}

function caseArb(instants: number): fc.Arbitrary<Case> {
  return fc.record({
    actionInstant: fc.integer({ min: 1, max: instants - 1 }),
    offset: fc.constantFrom(0, 0, 1e-7, 0.0004, 0.3),
    back: fc.integer({ min: 1, max: 40 }),
    kind: fc.integer({ min: 0, max: KINDS - 1 }),
    host: fc.constantFrom<Host>('client', 'server'),
    segment: fc.integer({ min: 1, max: 60 }),
    earlier: fc.constantFrom<Case['earlier']>('none', 'kept', 'forgotten'),
    earlierKind: fc.integer({ min: 0, max: KINDS - 1 }),
  });
}

/** Runs one case; returns what differs, or null when the re-run equals the run from t = 0. */
function check(id: BuiltinId, instants: readonly number[], c: Case): string | null {
  const scenario = BUILTIN_SCENARIOS[id];
  const at = instants[c.actionInstant]! + c.offset;
  const checkpointAt = instants[Math.max(0, c.actionInstant - c.back)]!;
  const action = actionsAt(at, c.host, c.segment)[c.kind]!;
  const base: Step[] = [];
  const kept: Step[] = [];
  if (c.earlier === 'kept' && checkpointAt > 0) {
    const step = actionsAt(checkpointAt / 2, c.host, c.segment)[c.earlierKind]!;
    base.push(step);
    kept.push(step);
  }
  if (c.earlier === 'forgotten') base.push(actionsAt(at + 0.5, c.host, c.segment)[c.earlierKind]!);

  // The run the page had: recorded up to the checkpoint (a clone, as the cursor keeps them).
  const run = createSimulation(scenario, { actions: base });
  if (checkpointAt > 0) run.runUntil(checkpointAt);
  const checkpoint = run.clone();
  const rerun = checkpoint.withActions([...kept, action]);
  if (!rerun) return `no re-run from ${checkpointAt} for an action at ${at}`;
  const scratch = createSimulation(scenario, { actions: [...kept, action] });
  if (checkpointAt > 0) scratch.runUntil(checkpointAt);
  const queues = firstDifference(queueOf(rerun), queueOf(scratch));
  if (queues) return `queue at ${checkpointAt}: ${queues}`;
  rerun.run();
  scratch.run();
  return firstDifferentLine(rerun, scratch);
}

/** Cases per built-in: many for the short runs, a few for the long ones. */
const RUNS: Partial<Record<BuiltinId, number>> = {
  'port-exhaustion': 2,
  'syn-flood': 6,
  'syn-flood-cookies': 20,
};

describe('re-running from a checkpoint with a new action', () => {
  it.each(BUILTIN_IDS)('writes the trace of a run from t = 0 (%s)', { timeout: 300_000 }, (id) => {
    const instants = instantsOf(id);
    fc.assert(
      fc.property(caseArb(instants.length), (c) => {
        expect(check(id, instants, c)).toBeNull();
      }),
      { seed: 20_251_206, numRuns: RUNS[id] ?? 100 },
    );
  });

  it('runs an action before the events of its instant, as a run from t = 0 does', () => {
    // A 5 s wire: the SYN sent at 0.1 s, the first event the run scheduled itself, is still on its
    // way at the checkpoint and arrives at the very instant of the action, which sorts after
    // every step. From t = 0 the action goes first and the firewall answers the SYN.
    const scenario = {
      version: 1,
      settings: { delayMs: 5000 },
      hosts: { client: '192.168.123.10', server: '10.0.0.80' },
      steps: [
        { at: 0, do: 'listen', host: 'server', port: 80 },
        { at: 0.1, do: 'connect', host: 'client', to: 'server:80', as: 'c1' },
      ],
    } as const;
    const action: Step = { at: 5.1, do: 'firewall', host: 'server', port: 80, action: 'reject' };
    const run = createSimulation(scenario);
    run.runUntil(0.1);
    const rerun = run.withActions([action])!;
    const scratch = createSimulation(scenario, { actions: [action] });
    scratch.runUntil(0.1);
    // Same events at the same times with the same insertion numbers (the tie-break).
    expect(queueOf(rerun)).toEqual(queueOf(scratch));
    rerun.run();
    scratch.run();
    expect(jsonLines(rerun)).toEqual(jsonLines(scratch));
    expect(scratch.trace).toContainEqual(expect.objectContaining({ t: 5.1, reason: 'firewall' }));
  });

  it('is refused when the action falls at or before what has already run', () => {
    const sim = createSimulation(BUILTIN_SCENARIOS['handshake-and-close']);
    sim.runUntil(1);
    const close = (at: number): Step => ({ at, do: 'close', host: 'client', socket: 'c1' });
    // The last event carried out was the data segment's send at 1 s.
    expect(sim.withActions([close(1)])).toBeNull();
    expect(sim.withActions([close(0.5)])).toBeNull();
    expect(sim.withActions([close(1.000001)])).not.toBeNull();
    // An action already carried out cannot be taken back; one still to come can.
    const other = (at: number) => {
      const run = createSimulation(BUILTIN_SCENARIOS['handshake-and-close'], {
        actions: [close(at)],
      });
      run.runUntil(1.5);
      return run.withActions([]);
    };
    expect(other(1.2)).toBeNull();
    expect(other(1.8)).not.toBeNull();
  });

  it('leaves the checkpoint as it was', () => {
    const sim = createSimulation(BUILTIN_SCENARIOS['lost-final-ack']);
    sim.runUntil(1.5);
    const before = JSON.stringify(sim.snapshot());
    sim.withActions([{ at: 1.6, do: 'vanish', host: 'server' }])!.run();
    expect(JSON.stringify(sim.snapshot())).toBe(before);
    sim.run();
    const fresh = createSimulation(BUILTIN_SCENARIOS['lost-final-ack']);
    fresh.run();
    expect(jsonLines(sim)).toEqual(jsonLines(fresh));
  });
});
