/** The core's public surface: the app, the CLI and the tests come in only through here. */
import type { Settings } from './profile';
import type { Scenario, Step } from './scenario/types';
import type { Snapshot } from './snapshot';
import type { TraceEvent } from './trace';
import type { TraceWriter } from './traceWriter';

export interface NetstatRow {
  recvQ: number;
  sendQ: number;
  local: string;
  foreign: string;
  /** netstat's spelling (SYN_RECV, FIN_WAIT1, …). */
  state: string;
}

export interface Simulation {
  readonly scenario: Scenario;
  /** The settings in force at the start (profile defaults merged with the scenario's). */
  readonly settings: Settings;
  readonly hostNames: readonly string[];
  /**
   * Append-only; grows as the simulation runs. The lines as objects, built when first read: what
   * tests and small tools want. Heavy readers use `log`.
   */
  readonly trace: readonly TraceEvent[];
  /** The same lines in columns (traceLog.ts): no object per line; what the store and CLI read. */
  readonly log: TraceWriter;
  /** Simulated time, seconds. */
  now(): number;
  /** The time of the next pending event, or null when nothing is left to happen. */
  nextEventTime(): number | null;
  /** Runs every event up to and including time t, then sets the clock to t. */
  runUntil(t: number): void;
  /** Runs every event at the next instant; false when nothing is left. */
  stepEvent(): boolean;
  /** Runs to the scenario's `until`, or until nothing is left to happen (at most 3600 s). */
  run(): void;
  /** True once nothing is left to happen before the end time. */
  isFinished(): boolean;
  /** The time run() stops at: the scenario's `until`, or 3600 s. */
  endTime(): number;
  snapshot(): Snapshot;
  /** `netstat -ant` rows of a host now (listeners first, then connections in creation order). */
  netstat(host: string): NetstatRow[];
  /** `ss -tan` rows of a host now. */
  ss(host: string): NetstatRow[];
  /** An independent copy at the same instant (for checkpoints). */
  clone(): Simulation;
  /**
   * This simulation as if it had been created with these recorded actions instead: an independent
   * copy at the same instant, with the same past and the new actions still to come, so that
   * running it on writes exactly the trace of `createSimulation(scenario, { actions })`. A user's
   * action re-runs from a checkpoint this way. Null when the past would differ: a step carried out
   * so far differs, or an action added or removed falls at or before the last event carried out.
   * Throws ScenarioError as createSimulation does for invalid actions.
   */
  withActions(actions: readonly Step[]): Simulation | null;
}

export interface SimulationOptions {
  /** Steps recorded from a user, replayed after the scenario's own steps at the same time. */
  actions?: readonly Step[];
}
