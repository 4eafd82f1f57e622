/**
 * The worker's side: runs jobs (a scenario with its recorded actions) a slice at a time, posting
 * the trace as it grows and answering seeks with snapshots. Plain code with its environment passed
 * in, so the same handler runs in the Web Worker (sim.worker.ts), on the main thread when no worker
 * can be made (runner.ts), and in unit tests, in-process.
 */
import { ScenarioError } from '../sim/scenario/validate';
import { chunkBuffers, type TraceMark } from '../sim/traceLog';
import { SimCursor } from '../store/cursor';
import type { FromWorker, Progress, ToWorker } from './protocol';

export interface HostEnv {
  post(message: FromWorker, transfer: Transferable[]): void;
  /** Runs fn after pending messages had their turn (setTimeout 0 in a worker). */
  later(fn: () => void): void;
  /** A clock for slicing the work (performance.now). */
  now(): number;
}

export interface HostOptions {
  /** Longest stretch of computing between two looks at the inbox, ms. */
  sliceMs?: number;
  /** At most this many trace lines per chunk: the page digests each chunk in one short task. */
  chunkLines?: number;
}

interface Job {
  id: number;
  cursor: SimCursor;
  sent: TraceMark;
  /** The latest seek not answered yet. */
  seek: number | null;
  lastStamp: string;
  done: boolean;
}

/** Trace lines between two looks at the clock: small enough to stay close to the slice. */
const STEP_LINES = 2000;

export function createSimHost(env: HostEnv, options: HostOptions = {}) {
  const sliceMs = options.sliceMs ?? 30;
  const chunkLines = options.chunkLines ?? 16_000;
  let job: Job | null = null;
  let scheduled = false;

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    env.later(pump);
  }

  function progressOf(j: Job): Progress {
    const { done, total } = j.cursor.progress;
    return { done, total, until: j.cursor.computedUntil, end: j.cursor.endTime };
  }

  function postChunk(j: Job): void {
    const chunk = j.cursor.log.exportChunk(j.sent);
    j.sent = j.cursor.mark;
    const finished = j.cursor.finished;
    j.done = finished;
    env.post(
      {
        type: 'chunk',
        job: j.id,
        chunk,
        progress: progressOf(j),
        finished,
        cancelled: j.cursor.cancelled,
      },
      chunkBuffers(chunk),
    );
  }

  function answerSeek(j: Job): void {
    if (j.seek === null) return;
    const t = j.seek;
    j.seek = null;
    j.cursor.seek(t);
    const stamp = j.cursor.stamp;
    const sim = j.cursor.current;
    const snapshot = stamp === j.lastStamp ? null : sim.snapshot();
    j.lastStamp = stamp;
    env.post({ type: 'snapshot', job: j.id, t: sim.now(), snapshot }, []);
  }

  function pump(): void {
    scheduled = false;
    const j = job;
    if (!j) return;
    // Seeks first: the page is waiting for them, the rest of the run is not urgent.
    answerSeek(j);
    if (j.done) return;
    const start = env.now();
    const from = j.cursor.log.length;
    while (!j.cursor.finished) {
      j.cursor.compute(STEP_LINES);
      if (env.now() - start >= sliceMs || j.cursor.log.length - from >= chunkLines) break;
    }
    postChunk(j);
    // A seek beyond what was computed was clamped: look again now that there is more.
    if (!j.done || j.seek !== null) schedule();
  }

  function start(msg: Extract<ToWorker, { type: 'run' }>): void {
    let cursor: SimCursor;
    try {
      cursor = new SimCursor(msg.scenario, msg.actions, msg.checkpoints);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      env.post({ type: 'error', job: msg.job, detail: error.message }, []);
      return;
    }
    job = {
      id: msg.job,
      cursor,
      sent: { events: 0, sends: 0, states: 0, calls: 0, strings: 0 },
      seek: msg.seek,
      lastStamp: '',
      done: false,
    };
    env.post(
      {
        type: 'started',
        job: msg.job,
        scenario: cursor.scenario,
        endTime: cursor.endTime,
        keep: 0,
      },
      [],
    );
    schedule();
  }

  function handle(msg: ToWorker): void {
    switch (msg.type) {
      case 'run':
        return start(msg);
      case 'seek':
        if (job?.id !== msg.job) return;
        job.seek = msg.t;
        return schedule();
      case 'cancel':
        if (job?.id !== msg.job || job.done) return;
        job.cursor.stop();
        return schedule();
    }
  }

  return { handle };
}

export type SimHost = ReturnType<typeof createSimHost>;
