/**
 * One store per simulator on the page (never a module singleton: a page may embed several).
 * It owns the scenario, the user's recorded actions, the full trace, and the playback time with
 * the core's snapshot at that time. Time only moves when told to (seek, step, advance): the wall
 * clock lives in the UI's playback hook, so tests drive time directly.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProfileName } from '../sim/profile';
import { BUILTIN_SCENARIOS, type BuiltinId } from '../sim/scenario/builtins/index';
import type { Scenario, Step } from '../sim/scenario/types';
import { ScenarioError } from '../sim/scenario/validate';
import type { Snapshot } from '../sim/snapshot';
import type { TraceEvent } from '../sim/trace';
import { DEFAULT_CHECKPOINTS, SimCursor, type CheckpointPolicy } from './cursor';
import {
  addSkipped,
  clampSpeed,
  DEFAULT_SPEED,
  END_TAIL,
  IDLE_GAP,
  IDLE_LEAD,
  MIN_DURATION,
  type SkippedInterval,
} from './playbackRules';
import {
  createTeachSlice,
  followTeach,
  predictAdvance,
  predictStepTarget,
  teachOnLoad,
  type TeachActions,
  type TeachData,
} from './teachSlice';
import { buildTraceIndex, TIME_EPSILON, type HostRef, type TraceIndex } from './traceIndex';

type WithoutAt<S> = S extends Step ? Omit<S, 'at'> : never;
/** A user action as the controls describe it: `at` defaults to the playback time. */
export type StepInput = WithoutAt<Step> & { at?: number };

export interface StoreMessage {
  kind: 'invalid-scenario' | 'invalid-action';
  /** The core's own description of what is wrong (a path and a reason per issue). */
  detail: string;
}

export interface SimStoreData {
  scenario: Scenario;
  builtinId: BuiltinId | null;
  actions: readonly Step[];
  trace: readonly TraceEvent[];
  index: TraceIndex;
  hosts: readonly HostRef[];
  /** The timeline's length: a little past the last event, at most the scenario's end. */
  duration: number;
  time: number;
  playing: boolean;
  speed: number;
  /**
   * The core's snapshot at `time`. Exact whenever playback is paused; while playing a host with
   * thousands of sockets, it is refreshed every few frames (its `t` says when it was taken).
   */
  snapshot: Snapshot;
  skipped: readonly SkippedInterval[];
  selectedSegment: number | null;
  message: StoreMessage | null;
}

export interface SimStoreActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  seek(t: number): void;
  /** Moves playback on by dt simulated seconds, skipping idle stretches; the clock calls this. */
  advance(dt: number): void;
  stepForward(): void;
  stepBack(): void;
  loadScenario(scenario: Scenario, builtinId?: BuiltinId | null): boolean;
  loadBuiltin(id: BuiltinId): boolean;
  setProfile(profile: ProfileName): boolean;
  /** Back to the loaded scenario at t = 0 with no recorded actions. */
  reset(): void;
  /** Records a user action at the playback time, forking a new future; false when invalid. */
  act(step: StepInput): boolean;
  /** Loses one segment already on the wire (a press on it): `{do:'drop', match:{id}}`. */
  dropSegment(id: number): boolean;
  selectSegment(id: number | null): void;
  dismissMessage(): void;
}

export type SimStoreState = SimStoreData & SimStoreActions & TeachData & TeachActions;
export type SimStore = StoreApi<SimStoreState>;

export interface SimStoreOptions {
  builtinId?: BuiltinId;
  /**
   * A scenario of one's own (wins over builtinId), checked by the core: a broken one gives the
   * default scenario and a message saying what is wrong.
   */
  scenario?: unknown;
  actions?: readonly Step[];
  speed?: number;
  checkpoints?: CheckpointPolicy;
}

export const DEFAULT_BUILTIN: BuiltinId = 'handshake-and-close';

/** A host with more sockets than this is snapshotted less often while playing. */
const HEAVY_SOCKETS = 400;
/** …once every (sockets / this) frames, at most every 120 frames. */
const SOCKETS_PER_FRAME = 150;

function hostsOf(scenario: Scenario): HostRef[] {
  return Object.entries(scenario.hosts).map(([name, ip]) => ({ name, ip }));
}

function durationOf(index: TraceIndex, endTime: number): number {
  return Math.min(endTime, Math.max(MIN_DURATION, index.lastTime + END_TAIL));
}

function socketCount(snapshot: Snapshot): number {
  let n = 0;
  for (const h of snapshot.hosts) n += h.sockets.length;
  return n;
}

export function createSimStore(options: SimStoreOptions = {}): SimStore {
  const policy = options.checkpoints ?? DEFAULT_CHECKPOINTS;
  let cursor: SimCursor;
  let lastStamp = '';
  let lastSockets = 0;
  let framesSinceSnapshot = 0;

  function snapshotAt(time: number, prev: Snapshot | null, playing: boolean): Snapshot {
    const stamp = cursor.stamp;
    if (prev && stamp === lastStamp) return prev.t === time ? prev : { ...prev, t: time };
    if (playing && prev && lastSockets > HEAVY_SOCKETS) {
      framesSinceSnapshot++;
      const every = Math.min(120, Math.ceil(lastSockets / SOCKETS_PER_FRAME));
      if (framesSinceSnapshot < every) return prev;
    }
    framesSinceSnapshot = 0;
    lastStamp = stamp;
    const snapshot = cursor.current.snapshot();
    lastSockets = socketCount(snapshot);
    return snapshot;
  }

  /** Everything that follows from a (scenario, actions) pair; the cursor left at `time`. */
  function install(
    next: SimCursor,
    actions: readonly Step[],
    time: number,
  ): Pick<
    SimStoreData,
    'scenario' | 'actions' | 'trace' | 'index' | 'hosts' | 'duration' | 'time' | 'snapshot'
  > {
    cursor = next;
    lastStamp = '';
    const scenario = next.scenario;
    const hosts = hostsOf(scenario);
    const index = buildTraceIndex(next.trace, hosts, (scenario.settings?.delayMs ?? 50) / 1000);
    const duration = durationOf(index, next.endTime);
    const t = Math.min(Math.max(0, time), duration);
    next.seek(t);
    return {
      scenario,
      actions,
      trace: next.trace,
      index,
      hosts,
      duration,
      time: t,
      snapshot: snapshotAt(t, null, false),
    };
  }

  function invalid(kind: StoreMessage['kind'], error: unknown): StoreMessage {
    if (error instanceof ScenarioError) return { kind, detail: error.message };
    throw error;
  }

  function initialState(): Pick<SimStoreData, keyof ReturnType<typeof install>> & {
    builtinId: BuiltinId | null;
    message: StoreMessage | null;
  } {
    const own = options.scenario !== undefined;
    const builtinId = own ? null : (options.builtinId ?? DEFAULT_BUILTIN);
    const scenario = own ? options.scenario : BUILTIN_SCENARIOS[builtinId ?? DEFAULT_BUILTIN];
    const actions = options.actions ?? [];
    try {
      const state = install(new SimCursor(scenario, actions, policy), actions, 0);
      return { ...state, builtinId, message: null };
    } catch (error) {
      // A broken scenario (say, from a share link) still gets a working simulator and the reason.
      const message = invalid('invalid-scenario', error);
      const state = install(new SimCursor(BUILTIN_SCENARIOS[DEFAULT_BUILTIN], [], policy), [], 0);
      return { ...state, builtinId: DEFAULT_BUILTIN, message };
    }
  }

  const store = createStore<SimStoreState>()((set, get) => {
    function seekTo(t: number, playing: boolean): Pick<SimStoreData, 'time' | 'snapshot'> {
      const s = get();
      const time = Math.min(Math.max(0, t), s.duration);
      cursor.seek(time);
      return { time, snapshot: snapshotAt(time, s.snapshot, playing) };
    }

    function load(scenario: Scenario, builtinId: BuiltinId | null): boolean {
      let next: SimCursor;
      try {
        next = new SimCursor(scenario, [], policy);
      } catch (error) {
        set({ message: invalid('invalid-scenario', error) });
        return false;
      }
      const installed = install(next, [], 0);
      set({
        ...installed,
        builtinId,
        playing: false,
        skipped: [],
        selectedSegment: null,
        message: null,
        ...teachOnLoad(get(), installed),
      });
      return true;
    }

    return {
      ...initialState(),
      playing: false,
      speed: clampSpeed(options.speed ?? DEFAULT_SPEED),
      skipped: [],
      selectedSegment: null,
      ...createTeachSlice(set, get),

      play() {
        const s = get();
        if (s.time >= s.duration - TIME_EPSILON) set({ ...seekTo(0, false), playing: true });
        else set({ playing: true });
      },
      pause() {
        const s = get();
        if (!s.playing) return;
        // While playing, a big host's snapshot may lag a few frames: pausing makes it exact.
        set({ playing: false, ...seekTo(s.time, false) });
      },
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      setSpeed(speed) {
        set({ speed: clampSpeed(speed) });
      },
      seek(t) {
        set(seekTo(t, false));
      },
      advance(dt) {
        const s = get();
        if (!(dt > 0)) return;
        let target = s.time + dt;
        let skipped = s.skipped;
        const next = s.index.nextEventAfter(s.time);
        if (next !== null && next - s.time > IDLE_GAP && s.index.inFlightCount(s.time) === 0) {
          const landing = next - IDLE_LEAD;
          if (landing > target) {
            skipped = addSkipped(skipped, { from: s.time, to: landing });
            target = landing;
          }
        }
        // Predict mode stops just before a segment arrives: the store decides, not a timer.
        const predict = predictAdvance(s, target);
        target = predict.target;
        const ended = target >= s.duration - TIME_EPSILON || predict.stop;
        set({
          ...seekTo(target, !ended),
          skipped,
          playing: s.playing && !ended,
          ...(predict.predict && { predict: predict.predict }),
        });
      },
      stepForward() {
        const s = get();
        const next = predictStepTarget(s, s.index.nextEventAfter(s.time) ?? s.duration);
        set({ playing: false, ...seekTo(next, false) });
      },
      stepBack() {
        const s = get();
        set({ playing: false, ...seekTo(s.index.prevEventBefore(s.time) ?? 0, false) });
      },
      loadScenario(scenario, builtinId = null) {
        return load(scenario, builtinId);
      },
      loadBuiltin(id) {
        return load(BUILTIN_SCENARIOS[id], id);
      },
      setProfile(profile) {
        const s = get();
        return load({ ...s.scenario, profile }, s.builtinId);
      },
      reset() {
        const s = get();
        load(s.scenario, s.builtinId);
      },
      act(input) {
        const s = get();
        const step = { ...input, at: input.at ?? s.time } as Step;
        // The future after the playback time is forgotten: the new action forks it.
        const actions = [...s.actions.filter((a) => a.at <= s.time + TIME_EPSILON), step];
        let next: SimCursor;
        try {
          next = new SimCursor(s.scenario, actions, policy);
        } catch (error) {
          set({ message: invalid('invalid-action', error) });
          return false;
        }
        set({
          ...install(next, actions, s.time),
          skipped: s.skipped.filter((k) => k.to <= s.time + TIME_EPSILON),
          message: null,
        });
        return true;
      },
      dropSegment(id) {
        const life = get().index.segmentById(id);
        if (!life) return false;
        // The core loses a segment that is in flight at the action's time right where it is.
        return get().act({ do: 'drop', match: { id } });
      },
      selectSegment(id) {
        set({ selectedSegment: id });
      },
      dismissMessage() {
        set({ message: null });
      },
    };
  });
  followTeach(store);
  return store;
}
