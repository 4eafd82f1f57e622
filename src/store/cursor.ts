/**
 * The cursor: one simulation positioned at the playback time. Forward seeks run it on; a backward
 * seek restores the nearest earlier checkpoint (a clone) and runs on from there
 * (docs/architecture.md, rule 4: time travel is re-running).
 *
 * The first pass runs the whole scenario, which gives the full trace and the checkpoints at once.
 */
import type { Simulation } from '../sim/api';
import type { Scenario, Step } from '../sim/scenario/types';
import { createSimulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace';
import { countedState } from './traceIndex';

export interface CheckpointPolicy {
  /** Fewest trace events between two checkpoints. */
  minEvents: number;
  /**
   * More events per live socket: cloning a big world costs as much as re-running a few events
   * per socket, so checkpoints thin out when thousands of sockets are alive.
   */
  eventsPerSocket: number;
  /** Beyond this many, every other checkpoint is forgotten (memory stays bounded). */
  max: number;
}

export const DEFAULT_CHECKPOINTS: CheckpointPolicy = {
  minEvents: 1000,
  eventsPerSocket: 12,
  max: 48,
};

interface Checkpoint {
  t: number;
  events: number;
  sim: Simulation;
}

function micros(t: number): number {
  return Math.round(t * 1e6);
}

export class SimCursor {
  /** The scenario as the core parsed it (a fresh, validated copy). */
  readonly scenario: Scenario;
  readonly trace: readonly TraceEvent[];
  readonly endTime: number;
  private sim: Simulation;
  private readonly checkpoints: Checkpoint[] = [];
  private minEvents: number;
  private liveSockets = 0;
  private scanned = 0;
  private revision = 0;
  /** Only the first pass records checkpoints: it covers the whole run. */
  private recording = true;

  /** Throws ScenarioError when the scenario or an action is invalid. */
  constructor(
    scenario: unknown,
    actions: readonly Step[],
    private readonly policy: CheckpointPolicy = DEFAULT_CHECKPOINTS,
  ) {
    this.minEvents = policy.minEvents;
    const sim = createSimulation(scenario, { actions });
    this.checkpoints.push({ t: 0, events: 0, sim: sim.clone() });
    this.sim = sim;
    this.scenario = sim.scenario;
    this.runOn(Number.POSITIVE_INFINITY);
    this.recording = false;
    this.trace = sim.trace;
    this.endTime = sim.endTime();
  }

  /** The simulation at the last seek's time. Read it; never advance it from outside. */
  get current(): Simulation {
    return this.sim;
  }

  /** Changes whenever the simulation at the cursor may differ from before (for memoising). */
  get stamp(): string {
    return `${this.revision}:${this.sim.trace.length}:${this.sim.nextEventTime()}`;
  }

  get checkpointCount(): number {
    return this.checkpoints.length;
  }

  seek(t: number): void {
    if (micros(t) < micros(this.sim.now())) {
      let cp = this.checkpoints[0]!;
      for (const c of this.checkpoints) if (micros(c.t) <= micros(t)) cp = c;
      this.sim = cp.sim.clone();
      this.revision++;
    }
    this.runOn(t);
  }

  /** Runs instant by instant up to t, taking checkpoints beyond the last one on the way. */
  private runOn(t: number): void {
    const sim = this.sim;
    const limit = Number.isFinite(t) ? micros(t) : Number.POSITIVE_INFINITY;
    for (;;) {
      const next = sim.nextEventTime();
      if (next === null || micros(next) > limit) break;
      sim.runUntil(next);
      if (this.recording) this.maybeCheckpoint();
    }
    if (Number.isFinite(t)) sim.runUntil(t);
  }

  private maybeCheckpoint(): void {
    const last = this.checkpoints[this.checkpoints.length - 1]!;
    const sim = this.sim;
    if (sim.now() <= last.t) return;
    this.countLiveSockets();
    const since = sim.trace.length - last.events;
    if (since < Math.max(this.minEvents, this.policy.eventsPerSocket * this.liveSockets)) return;
    this.checkpoints.push({ t: sim.now(), events: sim.trace.length, sim: sim.clone() });
    if (this.checkpoints.length > this.policy.max) this.thin();
  }

  /** Live sockets from the state changes since the last look (a cheap stand-in for the world's size). */
  private countLiveSockets(): void {
    const trace = this.sim.trace;
    for (let i = this.scanned; i < trace.length; i++) {
      const e = trace[i]!;
      if (e.type !== 'state') continue;
      if (countedState(e.from, e.socket) === 'CLOSED') this.liveSockets++;
      if (countedState(e.to, e.socket) === 'CLOSED') this.liveSockets--;
    }
    this.scanned = trace.length;
  }

  private thin(): void {
    const kept = this.checkpoints.filter((_, i) => i === 0 || i % 2 === 1);
    this.checkpoints.splice(0, this.checkpoints.length, ...kept);
    this.minEvents *= 2;
  }
}
