/**
 * One store per simulator on the page (never a module singleton: a page may embed several).
 * It owns the scenario, the user's recorded actions, the full trace, and the playback time with
 * the core's snapshot at that time. Time only moves when told to (seek, step, advance): the wall
 * clock lives in the UI's playback hook, so tests drive time directly.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CapturePlayback } from '../capture/play';
import type { ProfileName } from '../sim/profile';
import { BUILTIN_SCENARIOS, type BuiltinId } from '../sim/scenario/builtins/index';
import type { Scenario, Step } from '../sim/scenario/types';
import { ScenarioError } from '../sim/scenario/validate';
import type { Snapshot } from '../sim/snapshot';
import { parseScenario } from '../sim/scenario/validate';
import { TraceLog, type TraceMark, type TraceView } from '../sim/traceLog';
import type { FromWorker } from '../worker/protocol';
import { defaultRunner, type RunnerFactory } from '../worker/runner';
import { unpackSnapshot } from '../worker/snapshotCodec';
import { DEFAULT_CHECKPOINTS, type CheckpointPolicy } from './checkpointPolicy';
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
import {
  buildTraceIndex,
  createTraceIndexBuilder,
  TIME_EPSILON,
  type HostRef,
  type TraceIndex,
  type TraceIndexBuilder,
} from './traceIndex';

type WithoutAt<S> = S extends Step ? Omit<S, 'at'> : never;
/** A user action as the controls describe it: `at` defaults to the playback time. */
export type StepInput = WithoutAt<Step> & { at?: number };

export interface StoreMessage {
  kind: 'invalid-scenario' | 'invalid-action';
  /** The core's own description of what is wrong (a path and a reason per issue). */
  detail: string;
}

/** How the run is being computed (in the worker): for the progress indicator and Cancel. */
export interface RunProgress {
  /**
   * `computing` while the worker computes the run (what is computed is already playable);
   * `complete` once it is all there; `cancelled` when stopped early (what was computed stays).
   */
  status: 'computing' | 'complete' | 'cancelled';
  /** Connections attempted so far, of how many the scenario asks for (0 when it asks none). */
  done: number;
  total: number;
  /** Simulated seconds computed so far, of the run's length. */
  until: number;
  end: number;
}

/** A capture played instead of a scenario run, and the scenario to go back to. */
export interface CaptureSource extends CapturePlayback {
  back: { scenario: Scenario; builtinId: BuiltinId | null };
}

/**
 * Where the trace comes from: the core running the scenario (in the worker), or a capture whose
 * trace and inferred states are replayed as they are (nothing can be changed in it).
 */
export type TraceSource = { kind: 'scenario' } | CaptureSource;

export interface SimStoreData {
  source: TraceSource;
  /** While a capture plays: its name and hosts, no steps (`source.back` is the real one). */
  scenario: Scenario;
  builtinId: BuiltinId | null;
  actions: readonly Step[];
  /**
   * The trace computed so far (all of it once `run.status` is `complete`): a new view object each
   * time more arrives, over one growing log per run (`traceSource(trace)` keys caches that extend).
   * Read lines with `at(i)`, `length` and `for…of`.
   */
  trace: TraceView;
  index: TraceIndex;
  hosts: readonly HostRef[];
  /**
   * The timeline's length: a little past the last event, at most the scenario's end. While the
   * run is computed, what is computed so far.
   */
  duration: number;
  time: number;
  playing: boolean;
  speed: number;
  /**
   * The core's snapshot at `time`, from the worker: it follows `time` a moment later (its `t`
   * says when it was taken; while playing a heavy run it may lag a few frames). Exact whenever
   * playback is paused and the worker has answered.
   */
  snapshot: Snapshot;
  /**
   * Until when (exclusive) the snapshot stays exact: the core's next event after it. Up to then
   * nothing in it changes, so playing on asks the worker for nothing.
   */
  snapshotUntil: number;
  run: RunProgress;
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
  /** Stops computing the run: what was computed stays playable. */
  cancelRun(): void;
  /**
   * Plays a capture instead of the scenario, at `time`: its trace, hosts and inferred states.
   * Until a scenario is loaded again, actions and profile changes are refused and reset goes to 0.
   */
  loadCapture(capture: CapturePlayback, time?: number): void;
  /** From a capture back to the scenario that was loaded before it. */
  backToScenario(): void;
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
  /**
   * Where the simulation runs: by default what `setDefaultRunner` set at start-up (the app and
   * the element set a Web Worker), else synchronously on the spot (tests).
   */
  runner?: RunnerFactory;
}

export const DEFAULT_BUILTIN: BuiltinId = 'handshake-and-close';
const SCENARIO_SOURCE: TraceSource = { kind: 'scenario' };

/**
 * While playing, the worker's next chunk is asked for once what is computed is less than this far
 * ahead of the playback time: this many simulated seconds at least, or this many seconds of play
 * at the current speed.
 */
const AHEAD_MIN_S = 5;
const AHEAD_WALL_S = 2;

/** A snapshot with more sockets than this is asked for less often while playing… */
const HEAVY_SOCKETS = 400;
/** …once every (sockets / this) frames, at most every 120 frames: each one re-renders big lists. */
const SOCKETS_PER_FRAME = 150;

/** The page's log: every index reading it keeps the same line objects (TraceLog.shareLines). */
function sharedLog(): TraceLog {
  const log = new TraceLog();
  log.shareLines();
  return log;
}

function socketCount(snapshot: Snapshot): number {
  let n = 0;
  for (const h of snapshot.hosts) n += h.sockets.length;
  return n;
}

function hostsOf(scenario: Scenario): HostRef[] {
  return Object.entries(scenario.hosts).map(([name, ip]) => ({ name, ip }));
}

function durationOf(index: TraceIndex, endTime: number): number {
  return Math.min(endTime, Math.max(MIN_DURATION, index.lastTime + END_TAIL));
}

/** Checks a scenario with its actions as the core will (the worker then cannot refuse it). */
function validated(scenario: unknown, actions: readonly Step[]): Scenario {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  if (actions.length > 0) {
    const all = parseScenario({
      ...parsed.scenario,
      steps: [...parsed.scenario.steps, ...actions],
    });
    if (!all.ok) throw new ScenarioError(all.issues);
  }
  return parsed.scenario;
}

/** The world before anything ran: what a snapshot at t = 0 shows until the worker answers. */
function emptySnapshot(scenario: Scenario): Snapshot {
  return {
    t: 0,
    hosts: hostsOf(scenario).map((h) => ({
      name: h.name,
      ip: h.ip,
      vanished: false,
      app: { accept: true, read: true, closeOnEof: true },
      firewall: {},
      sockets: [],
      counts: {},
    })),
    inFlight: [],
  };
}

type RunFields = Pick<
  SimStoreData,
  | 'scenario'
  | 'actions'
  | 'trace'
  | 'index'
  | 'hosts'
  | 'duration'
  | 'time'
  | 'snapshot'
  | 'snapshotUntil'
  | 'run'
>;

export function createSimStore(options: SimStoreOptions = {}): SimStore {
  const policy = options.checkpoints ?? DEFAULT_CHECKPOINTS;
  const makeRunner = options.runner ?? defaultRunner();
  let nextJob = 0;
  /** The job whose answers count; answers of older jobs are ignored. */
  let job = 0;
  let log = sharedLog();
  let builder: TraceIndexBuilder = createTraceIndexBuilder([]);
  let endTime = 0;
  /** One seek at a time in the worker; the latest wanted time waits for its answer. */
  let seekInFlight = false;
  let wanted: number | null = null;
  let store: SimStore | null = null;
  let lastSockets = 0;
  let framesSinceSnapshot = 0;
  /** Since when the snapshot has been what it is (its `snapshotUntil` is until when). */
  let snapshotFrom = 0;
  /**
   * While a run continues an earlier one (an action), where the page's trace stood when it asked
   * the worker (`from`): the worker's 'started' says how much of it to keep.
   */
  let continued: { job: number; mark: TraceMark; started: boolean } | null = null;
  /** The last job whose 'started' came: the page's trace is that job's from then on. */
  let startedJob = 0;

  const runner = makeRunner((message) => {
    if (message.job !== job || !store) return;
    receive(message);
  });

  /** The trace's index for a run of this scenario, empty. */
  function newBuilder(scenario: Scenario): TraceIndexBuilder {
    return createTraceIndexBuilder(hostsOf(scenario), (scenario.settings?.delayMs ?? 50) / 1000);
  }

  /**
   * Sets up a new run of (scenario, actions) with playback at `time`. With `changeAt`, a run of
   * the same scenario that is the current one before then (a recorded action): the trace's lines
   * before that instant stay, and the worker re-runs from a checkpoint among them instead of from
   * t = 0 (it says in 'started' how many it keeps).
   */
  function begin(
    scenario: Scenario,
    actions: readonly Step[],
    time: number,
    changeAt?: number,
  ): RunFields {
    const previous = job;
    job = ++nextJob;
    const prev = store?.getState();
    // The same hosts array when continuing: views' caches are kept for the hosts they were made for.
    const hosts = changeAt !== undefined && prev ? prev.hosts : hostsOf(scenario);
    if (changeAt === undefined) {
      log = sharedLog();
      builder = newBuilder(scenario);
      endTime = scenario.until ?? 3600;
    } else keepLines(linesBefore(changeAt), scenario);
    const kept = log.length;
    continued =
      kept > 0 ? { job: previous, mark: log.mark(), started: startedJob === previous } : null;
    seekInFlight = false;
    wanted = null;
    snapshotFrom = 0;
    return {
      scenario,
      actions,
      trace: log.view(),
      index: builder.index(),
      hosts,
      // While computing, the whole run's length: the time the user is at stays where it is.
      duration: Math.max(MIN_DURATION, endTime, time),
      time,
      snapshot:
        prev && time > 0 && sameHosts(prev.snapshot, hosts)
          ? prev.snapshot
          : emptySnapshot(scenario),
      // Nothing is known to hold until the worker answers.
      snapshotUntil: Number.NEGATIVE_INFINITY,
      run: {
        status: 'computing',
        done: kept && prev!.run.done,
        total: kept && prev!.run.total,
        until: kept && log.timeAt(kept - 1),
        end: endTime,
      },
    };
  }

  /** Lines of the trace before time t, in whole microseconds (the trace is in time order). */
  function linesBefore(t: number): number {
    const limit = Math.round(t * 1e6);
    let lo = 0;
    let hi = log.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (Math.round(log.timeAt(mid) * 1e6) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Keeps the trace's first n lines and forgets the rest (and what the index knew of it). */
  function keepLines(n: number, scenario: Scenario): void {
    if (n === 0) {
      log = sharedLog();
      builder = newBuilder(scenario);
      return;
    }
    log = log.prefix(n);
    builder.truncateAfter(log.timeAt(n - 1));
  }

  function sameHosts(snapshot: Snapshot, hosts: readonly HostRef[]): boolean {
    return (
      snapshot.hosts.length === hosts.length &&
      snapshot.hosts.every((h, i) => h.name === hosts[i]!.name)
    );
  }

  function send(state: SimStoreState): void {
    // Before sending: a runner on the spot answers within send().
    seekInFlight = true;
    wanted = null;
    runner.send({
      type: 'run',
      job,
      scenario: state.scenario,
      actions: state.actions,
      checkpoints: policy,
      ...(continued && { from: continued }),
      seek: state.time,
    });
  }

  /** A chunk taken in whose acknowledgement waits for playback to come closer (see held()). */
  let heldAck: number | null = null;

  /**
   * While playing, the run is taken in only as fast as playback needs it: once what is computed
   * reaches far enough ahead of the playback time, the next chunk waits. Each chunk costs the
   * page's thread its digestion, and taking in port exhaustion's 120 s as fast as the worker
   * computes them kept the page 85 % busy while playing. Paused, the run comes in at full speed.
   */
  function held(): boolean {
    const s = store?.getState();
    if (!s?.playing) return false;
    return s.run.until - s.time > Math.max(AHEAD_MIN_S, s.speed * AHEAD_WALL_S);
  }

  function releaseAck(): void {
    if (heldAck === null || held()) return;
    const of = heldAck;
    heldAck = null;
    if (of === job) runner.send({ type: 'ack', job: of });
  }

  function acknowledge(of: number): void {
    if (runner.kind === 'sync') return runner.send({ type: 'ack', job: of });
    setTimeout(() => {
      if (of !== job) return;
      if (held()) heldAck = of;
      else runner.send({ type: 'ack', job: of });
    }, 0);
  }

  /** The snapshot is exact at t: nothing happened in the core between it and t. */
  function covered(t: number): boolean {
    const until = store?.getState().snapshotUntil ?? Number.NEGATIVE_INFINITY;
    return t >= snapshotFrom - TIME_EPSILON && t < until - TIME_EPSILON;
  }

  function requestSnapshot(t: number): void {
    const source = store!.getState().source;
    if (source.kind === 'capture') {
      // Computed here, and the same until the capture's next segment or state change.
      const s = store!.getState();
      const snapshot = source.snapshotAt(t);
      const snapshotUntil = s.index.nextEventAfter(t) ?? Number.POSITIVE_INFINITY;
      snapshotFrom = t;
      if (snapshot !== s.snapshot || snapshotUntil !== s.snapshotUntil) {
        store!.setState({ snapshot, snapshotUntil });
      }
      return;
    }
    if (seekInFlight) {
      wanted = t;
      return;
    }
    seekInFlight = true;
    wanted = null;
    runner.send({ type: 'seek', job, t });
  }

  /**
   * Playing a big host: its snapshot is asked for by played() every few ticks, never straight
   * after a chunk or the last snapshot arrived (that would ask again and again while playing a
   * dense run, each answer tens of thousands of sockets to take in).
   */
  function paced(): boolean {
    return (store?.getState().playing ?? false) && lastSockets > HEAVY_SOCKETS;
  }

  function receive(message: FromWorker): void {
    const set = store!.setState;
    const get = store!.getState;
    switch (message.type) {
      case 'started': {
        endTime = message.endTime;
        startedJob = message.job;
        const kept = continued;
        continued = null;
        if (!kept || message.keep >= log.length) return;
        // The worker found no checkpoint that late: the page keeps less, or starts over.
        keepLines(message.keep, get().scenario);
        set({ trace: log.view(), index: builder.index() });
        return;
      }
      case 'error':
        // The store checks scenarios and actions first; this is a safety net.
        set({ message: { kind: 'invalid-scenario', detail: message.detail } });
        return;
      case 'chunk': {
        const before = log.length;
        log.appendChunk(message.chunk);
        builder.append(log, before, log.length);
        const index = builder.index();
        const s = get();
        const p = message.progress;
        const status = !message.finished
          ? 'computing'
          : message.cancelled
            ? 'cancelled'
            : 'complete';
        // While computing, the timeline spans the whole run (a seek waits for its part to be
        // computed); at the end, the part where something happens (to where it was stopped).
        const duration =
          status === 'computing'
            ? Math.max(MIN_DURATION, p.end)
            : status === 'complete'
              ? durationOf(index, endTime)
              : Math.max(MIN_DURATION, Math.min(p.until, durationOf(index, endTime)));
        set({
          trace: log.view(),
          index,
          duration,
          time: Math.min(s.time, duration),
          run: { status, done: p.done, total: p.total, until: p.until, end: p.end },
        });
        // The snapshot was taken where the computed run ended: now there is more. (Playing a big
        // host, the clock asks on its own schedule: see played().)
        if (!covered(s.time) && !paced()) requestSnapshot(s.time);
        // Ready for the next piece once the page had its turn (input, a frame) after this one.
        if (!message.finished) acknowledge(message.job);
        // Views have carried their caches over from the run this one kept lines of (entryFor):
        // that run's trace may go.
        else log.origin = null;
        return;
      }
      case 'snapshot': {
        seekInFlight = false;
        const s = get();
        const snapshotUntil = message.until ?? Number.POSITIVE_INFINITY;
        if (message.snapshot) {
          const snapshot = unpackSnapshot(message.snapshot);
          lastSockets = socketCount(snapshot);
          snapshotFrom = message.t;
          set({ snapshot, snapshotUntil });
        } else {
          // The same world as before: it held from the earlier time on, and holds longer.
          snapshotFrom = Math.min(snapshotFrom, message.t);
          if (s.snapshotUntil !== snapshotUntil) set({ snapshotUntil });
        }
        const next = wanted;
        wanted = null;
        if (next !== null && !covered(next)) requestSnapshot(next);
        else if (!covered(get().time) && get().run.until >= get().time && !paced()) {
          requestSnapshot(get().time);
        }
        return;
      }
    }
  }

  function invalid(kind: StoreMessage['kind'], error: unknown): StoreMessage {
    if (error instanceof ScenarioError) return { kind, detail: error.message };
    throw error;
  }

  function initialState(): RunFields & {
    builtinId: BuiltinId | null;
    message: StoreMessage | null;
  } {
    const own = options.scenario !== undefined;
    const builtinId = own ? null : (options.builtinId ?? DEFAULT_BUILTIN);
    const scenario = own ? options.scenario : BUILTIN_SCENARIOS[builtinId ?? DEFAULT_BUILTIN];
    const actions = options.actions ?? [];
    try {
      return { ...begin(validated(scenario, actions), actions, 0), builtinId, message: null };
    } catch (error) {
      // A broken scenario (say, from a share link) still gets a working simulator and the reason.
      const message = invalid('invalid-scenario', error);
      const fallback = validated(BUILTIN_SCENARIOS[DEFAULT_BUILTIN], []);
      return { ...begin(fallback, [], 0), builtinId: DEFAULT_BUILTIN, message };
    }
  }

  const created = createStore<SimStoreState>()((set, get) => {
    /** Where playback may go: the timeline (while computing, the whole run's length). */
    function seekTo(t: number): number {
      const s = get();
      return Math.min(Math.max(0, t), s.duration);
    }

    function moved(): void {
      framesSinceSnapshot = 0;
      if (covered(get().time)) return;
      requestSnapshot(get().time);
    }

    /** A tick of playback: a big host's snapshot is refreshed every few ticks only. */
    function played(): void {
      if (covered(get().time)) return;
      if (lastSockets > HEAVY_SOCKETS) {
        framesSinceSnapshot++;
        const every = Math.min(120, Math.ceil(lastSockets / SOCKETS_PER_FRAME));
        if (framesSinceSnapshot < every) return;
      }
      moved();
    }

    function load(scenario: Scenario, builtinId: BuiltinId | null): boolean {
      let parsed: Scenario;
      try {
        parsed = validated(scenario, []);
      } catch (error) {
        set({ message: invalid('invalid-scenario', error) });
        return false;
      }
      const fields = begin(parsed, [], 0);
      set({
        ...fields,
        source: SCENARIO_SOURCE,
        builtinId,
        playing: false,
        skipped: [],
        selectedSegment: null,
        message: null,
        ...teachOnLoad(get(), fields),
      });
      send(get());
      return true;
    }

    return {
      ...initialState(),
      source: SCENARIO_SOURCE,
      playing: false,
      speed: clampSpeed(options.speed ?? DEFAULT_SPEED),
      skipped: [],
      selectedSegment: null,
      ...createTeachSlice(set, get),

      play() {
        const s = get();
        if (s.run.status !== 'computing' && s.time >= s.duration - TIME_EPSILON) {
          set({ time: 0, playing: true });
          moved();
        } else set({ playing: true });
      },
      pause() {
        const s = get();
        if (!s.playing) return;
        set({ playing: false });
        moved();
      },
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      setSpeed(speed) {
        set({ speed: clampSpeed(speed) });
      },
      seek(t) {
        // Not computed that far yet (a share link's time, a drag): the view follows when it is.
        set({ time: seekTo(t) });
        moved();
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
        // While the run is computed, playback waits at the end of what is there (still playing).
        const computing = s.run.status === 'computing';
        if (computing) target = Math.min(target, Math.max(s.time, s.run.until));
        const ended = (!computing && target >= s.duration - TIME_EPSILON) || predict.stop;
        const time = seekTo(target);
        if (time === s.time && !ended) return;
        set({
          time,
          skipped,
          playing: s.playing && !ended,
          ...(predict.predict && { predict: predict.predict }),
        });
        if (s.playing && !ended) played();
        else moved();
      },
      stepForward() {
        const s = get();
        const next = predictStepTarget(s, s.index.nextEventAfter(s.time) ?? s.duration);
        set({ playing: false, time: seekTo(next) });
        moved();
      },
      stepBack() {
        const s = get();
        set({ playing: false, time: seekTo(s.index.prevEventBefore(s.time) ?? 0) });
        moved();
      },
      loadScenario(scenario, builtinId = null) {
        return load(scenario, builtinId);
      },
      loadBuiltin(id) {
        return load(BUILTIN_SCENARIOS[id], id);
      },
      setProfile(profile) {
        const s = get();
        if (s.source.kind === 'capture') return false;
        return load({ ...s.scenario, profile }, s.builtinId);
      },
      reset() {
        const s = get();
        if (s.source.kind === 'scenario') return void load(s.scenario, s.builtinId);
        set({ playing: false, time: 0 });
        moved();
      },
      act(input) {
        const s = get();
        // A capture is what happened: there is no run to fork.
        if (s.source.kind === 'capture') return false;
        const step = { ...input, at: input.at ?? s.time } as Step;
        // The future after the playback time is forgotten: the new action forks it.
        const actions = [...s.actions.filter((a) => a.at <= s.time + TIME_EPSILON), step];
        try {
          validated(s.scenario, actions);
        } catch (error) {
          set({ message: invalid('invalid-action', error) });
          return false;
        }
        // The run changes from the new action on, or from a forgotten one if that came first.
        let changeAt = step.at;
        for (const a of s.actions)
          if (a.at > s.time + TIME_EPSILON) changeAt = Math.min(changeAt, a.at);
        set({
          ...begin(s.scenario, actions, s.time, changeAt),
          skipped: s.skipped.filter((k) => k.to <= s.time + TIME_EPSILON),
          message: null,
        });
        send(get());
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
      cancelRun() {
        if (get().run.status !== 'computing') return;
        runner.send({ type: 'cancel', job });
      },
      loadCapture(capture, time = 0) {
        const s = get();
        get().cancelRun();
        // From now on the worker's answers about the scenario's run are ignored.
        job = ++nextJob;
        lastSockets = 0;
        const fields = { scenario: capture.scenario, trace: capture.trace, time: 0 };
        set({
          ...fields,
          source: {
            ...capture,
            back:
              s.source.kind === 'capture'
                ? s.source.back
                : { scenario: s.scenario, builtinId: s.builtinId },
          },
          builtinId: null,
          actions: [],
          index: buildTraceIndex(capture.trace, capture.hosts),
          hosts: capture.hosts,
          duration: capture.duration,
          snapshot: capture.snapshotAt(0),
          snapshotUntil: Number.NEGATIVE_INFINITY,
          run: {
            status: 'complete',
            done: 0,
            total: 0,
            until: capture.duration,
            end: capture.duration,
          },
          playing: false,
          skipped: [],
          selectedSegment: null,
          message: null,
          ...teachOnLoad(s, fields),
        });
        if (time) get().seek(time);
      },
      backToScenario() {
        const s = get().source;
        if (s.kind === 'capture') load(s.back.scenario, s.back.builtinId);
      },
    };
  });
  store = created;
  // Playback came closer to the end of what is computed, or stopped: the held chunk may come.
  created.subscribe((s, prev) => {
    if (heldAck === null) return;
    if (s.time !== prev.time || s.playing !== prev.playing || s.speed !== prev.speed) releaseAck();
  });
  followTeach(created);
  send(created.getState());
  return created;
}
