/**
 * The cursor: a run computed a piece at a time, with checkpoints, and a simulation positioned at
 * the playback time (docs/architecture.md, rule 4: time travel is re-running).
 *
 * Two simulations: the recorder runs ahead through the scenario in bounded pieces (`compute`),
 * writing the trace and taking checkpoints (clones) on the way; the view is positioned wherever
 * playback is. A seek runs the view on when it is close behind, or restores the nearest checkpoint
 * at or before the time (a clone) and runs on from there. It lives in the Web Worker
 * (src/worker/), where the whole of this work happens off the page's main thread.
 */
import type { Simulation } from '../sim/api';
import type { Scenario, Step } from '../sim/scenario/types';
import { createSimulation } from '../sim/simulation';
import type { TraceMark } from '../sim/traceLog';
import type { TraceWriter } from '../sim/traceWriter';
import { DEFAULT_CHECKPOINTS, type CheckpointPolicy } from './checkpointPolicy';
import { countedState } from './countedState';

interface Checkpoint {
  t: number;
  events: number;
  sim: Simulation;
  /**
   * A checkpoint of an earlier run (before an action changed the future) is restored with this
   * run's actions (Simulation.withActions); null for the run's own.
   */
  actions: readonly Step[] | null;
  /** The progress counters at this point (countLines). */
  connects: number;
  liveSockets: number;
}

/** A cursor resumed from an earlier run's checkpoint (SimCursor.rebase). */
interface Resume {
  recorder: Simulation;
  checkpoints: Checkpoint[];
  minEvents: number;
  /** The lines the counters below were counted from. */
  scanned: number;
  connects: number;
  liveSockets: number;
}

function micros(t: number): number {
  return Math.round(t * 1e6);
}

/** How many connections a scenario asks for (its connect steps' counts): the progress's total. */
export function connectionsAsked(steps: readonly Step[]): number {
  let n = 0;
  for (const s of steps) if (s.do === 'connect') n += s.count ?? 1;
  return n;
}

interface Counts {
  connects: number;
  liveSockets: number;
}

/** The counters after lines [from, to) of a log, from what they were before them. */
function countLines(log: TraceWriter, from: number, to: number, before: Counts): Counts {
  let { connects, liveSockets } = before;
  for (let i = from; i < to; i++) {
    const type = log.typeAt(i);
    if (type !== 'state' && type !== 'call') continue;
    const e = log.at(i)!;
    if (e.type === 'call') {
      if (e.call === 'connect') connects++;
      continue;
    }
    if (e.type !== 'state') continue;
    if (countedState(e.from, e.socket) === 'CLOSED') liveSockets++;
    if (countedState(e.to, e.socket) === 'CLOSED') liveSockets--;
  }
  return { connects, liveSockets };
}

export class SimCursor {
  /** The scenario as the core parsed it (a fresh, validated copy). */
  readonly scenario: Scenario;
  readonly actions: readonly Step[];
  readonly endTime: number;
  private recorder: Simulation;
  private view: Simulation;
  private readonly checkpoints: Checkpoint[] = [];
  private minEvents: number;
  private liveSockets = 0;
  private scanned = 0;
  private connects = 0;
  private revision = 0;
  private stopped = false;
  /** Seeks go no further than this (set when stopped: where the page's copy of the trace ends). */
  private cap = Number.POSITIVE_INFINITY;

  /** Throws ScenarioError when the scenario or an action is invalid. Computes nothing yet. */
  constructor(
    scenario: unknown,
    actions: readonly Step[],
    private readonly policy: CheckpointPolicy = DEFAULT_CHECKPOINTS,
    resume?: Resume,
  ) {
    this.minEvents = resume?.minEvents ?? policy.minEvents;
    const sim = resume?.recorder ?? createSimulation(scenario, { actions });
    this.actions = actions;
    if (resume) {
      this.checkpoints.push(...resume.checkpoints);
      this.connects = resume.connects;
      this.liveSockets = resume.liveSockets;
      this.scanned = resume.scanned;
    } else {
      this.checkpoints.push(this.checkpointOf(sim));
    }
    this.recorder = sim;
    this.view = sim.clone();
    this.scenario = sim.scenario;
    this.endTime = sim.endTime();
  }

  /**
   * A cursor for the same scenario with other recorded actions that starts from this run's latest
   * checkpoint the change leaves as it was, among the first `upTo` lines of the trace (what the
   * page holds): the lines before it are kept, not computed again. Null when no checkpoint past
   * the start will do (the run then starts over). This cursor is spent afterwards: its trace is
   * cut back to that checkpoint, which the new cursor's trace continues.
   */
  rebase(actions: readonly Step[], upTo: number): SimCursor | null {
    // The view stands where the page's playback was when the user acted: usually the nearest.
    const view = this.view;
    const viewAt = view.log.length;
    const fromView = viewAt > 0 && viewAt <= upTo ? view.withActions(actions) : null;
    for (let i = this.checkpoints.length - 1; i >= 0; i--) {
      const cp = this.checkpoints[i]!;
      if (cp.events > upTo) continue;
      if (fromView && viewAt >= cp.events) return this.resume(actions, fromView, i, view);
      if (cp.events === 0) break;
      const recorder = cp.sim.withActions(actions);
      if (recorder) return this.resume(actions, recorder, i, null);
    }
    return null;
  }

  /**
   * The new cursor: its recorder starts where `recorder` stands (checkpoint i, or the view past
   * it), with this run's checkpoints up to there, restored with the new actions.
   */
  private resume(
    actions: readonly Step[],
    recorder: Simulation,
    i: number,
    view: Simulation | null,
  ): SimCursor {
    const cp = this.checkpoints[i]!;
    const at = recorder.log.length;
    // Counted at the checkpoint; the lines from there to the view (if past it) now.
    const counts = countLines(recorder.log, cp.events, at, cp);
    this.log.truncate(at);
    const earlier = this.checkpoints.slice(0, i + 1).map((c) => ({ ...c, actions }));
    if (view) earlier.push({ t: view.now(), events: at, sim: view, actions, ...counts });
    return new SimCursor(this.scenario, actions, this.policy, {
      recorder,
      checkpoints: earlier,
      minEvents: this.minEvents,
      scanned: at,
      ...counts,
    });
  }

  private checkpointOf(sim: Simulation): Checkpoint {
    return {
      t: sim.now(),
      events: sim.log.length,
      sim: sim.clone(),
      actions: null,
      connects: this.connects,
      liveSockets: this.liveSockets,
    };
  }

  /** A simulation at a checkpoint, independent of it. */
  private restore(cp: Checkpoint): Simulation {
    if (!cp.actions) return cp.sim.clone();
    // Earlier than the checkpoint this run was resumed from, which took these actions: so can it.
    const sim = cp.sim.withActions(cp.actions);
    if (!sim) throw new Error(`checkpoint at ${cp.t} s cannot take this run's actions`);
    return sim;
  }

  /** A cursor that has computed the whole run (tests, and the store without a worker). */
  static complete(
    scenario: unknown,
    actions: readonly Step[],
    policy?: CheckpointPolicy,
  ): SimCursor {
    const cursor = new SimCursor(scenario, actions, policy);
    while (!cursor.finished) cursor.compute(Number.POSITIVE_INFINITY);
    return cursor;
  }

  /** The full trace so far: the recorder's, which only ever grows. */
  get log(): TraceWriter {
    return this.recorder.log;
  }

  get mark(): TraceMark {
    return this.recorder.log.mark();
  }

  /** Nothing left to compute: the run reached its end, or it was stopped. */
  get finished(): boolean {
    return this.stopped || this.recorder.isFinished();
  }

  /** True when the run was stopped before its end (cancelled). */
  get cancelled(): boolean {
    return this.stopped && !this.recorder.isFinished();
  }

  /** Simulated time the trace is complete up to. */
  get computedUntil(): number {
    return Math.min(this.cap, this.recorder.isFinished() ? this.endTime : this.recorder.now());
  }

  /** Connections opened so far, and how many the scenario asks for. */
  get progress(): { done: number; total: number } {
    return { done: this.connects, total: connectionsAsked(this.recorder.scenario.steps) };
  }

  get checkpointCount(): number {
    return this.checkpoints.length;
  }

  /** The simulation at the last seek's time. Read it; never advance it from outside. */
  get current(): Simulation {
    return this.view;
  }

  /** Changes whenever the simulation at the cursor may differ from before (for memoising). */
  get stamp(): string {
    return `${this.revision}:${this.view.log.length}:${this.view.nextEventTime()}`;
  }

  /**
   * Stops computing: the trace so far stays, and seeks stay within it, or within `upTo` seconds
   * when the trace is only kept that far.
   */
  stop(upTo = Number.POSITIVE_INFINITY): void {
    this.stopped = true;
    this.cap = upTo;
  }

  /**
   * Runs the recorder on, instant by instant, until at least `maxEvents` trace lines were written
   * or the run ends; takes checkpoints on the way.
   */
  compute(maxEvents: number): void {
    if (this.finished) return;
    const sim = this.recorder;
    const start = sim.log.length;
    for (;;) {
      const next = sim.nextEventTime();
      if (next === null) break;
      sim.runUntil(next);
      this.maybeCheckpoint();
      if (sim.log.length - start >= maxEvents) break;
    }
  }

  /** Positions the view at t (clamped to what has been computed). */
  seek(t: number): void {
    const until = this.computedUntil;
    const target = Math.min(t, until);
    const at = micros(target);
    const view = this.view;
    let cp: Checkpoint = this.checkpoints[0]!;
    for (const c of this.checkpoints) if (micros(c.t) <= at) cp = c;
    const behind = micros(view.now()) > at;
    // Far behind a later checkpoint: restoring it is cheaper than re-running everything between.
    const farBehind = micros(cp.t) > micros(view.now()) && cp.events > view.log.length;
    if (behind || farBehind) {
      this.view = this.restore(cp);
      this.revision++;
    }
    this.runOn(target);
  }

  private runOn(t: number): void {
    const sim = this.view;
    const limit = micros(t);
    for (;;) {
      const next = sim.nextEventTime();
      if (next === null || micros(next) > limit) break;
      sim.runUntil(next);
    }
    sim.runUntil(t);
  }

  private maybeCheckpoint(): void {
    const last = this.checkpoints[this.checkpoints.length - 1]!;
    const sim = this.recorder;
    this.countLines();
    if (sim.now() <= last.t) return;
    const since = sim.log.length - last.events;
    if (since < Math.max(this.minEvents, this.policy.eventsPerSocket * this.liveSockets)) return;
    this.checkpoints.push(this.checkpointOf(sim));
    if (this.checkpoints.length > this.policy.max) this.thin();
  }

  /**
   * Live sockets from the state changes since the last look (a cheap stand-in for the world's
   * size), and connections opened (connect() calls), for the progress.
   */
  private countLines(): void {
    const log = this.recorder.log;
    const counts = countLines(log, this.scanned, log.length, {
      connects: this.connects,
      liveSockets: this.liveSockets,
    });
    this.connects = counts.connects;
    this.liveSockets = counts.liveSockets;
    this.scanned = log.length;
  }

  private thin(): void {
    const kept = this.checkpoints.filter((_, i) => i === 0 || i % 2 === 1);
    this.checkpoints.splice(0, this.checkpoints.length, ...kept);
    this.minEvents *= 2;
  }
}
