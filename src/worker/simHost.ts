/**
 * The worker's side: runs jobs (a scenario with its recorded actions) a slice at a time, posting
 * the trace as it grows and answering seeks with snapshots. Plain code with its environment passed
 * in, so the same handler runs in the Web Worker (sim.worker.ts), on the main thread when no worker
 * can be made (runner.ts), and in unit tests, in-process.
 */
import { ScenarioError } from '../sim/scenario/validate';
import { chunkBuffers, EMPTY_MARK, type TraceMark } from '../sim/traceLog';
import { SimCursor } from '../store/cursor';
import type { FromWorker, Progress, ToWorker } from './protocol';
import { packSnapshot } from './snapshotCodec';

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
  /**
   * At most this many trace lines per chunk: the page digests each chunk in one short task, and
   * acknowledges it before the next is sent.
   */
  chunkLines?: number;
}

interface Job {
  id: number;
  /** The scenario as the page sent it, to tell whether a later run is of the same one. */
  scenario: string;
  /** Lines kept from the run before (the page's trace starts with them). */
  keep: number;
  cursor: SimCursor;
  sent: TraceMark;
  /** The latest seek not answered yet. */
  seek: number | null;
  lastStamp: string;
  done: boolean;
  /** A chunk was posted and the page has not acknowledged it yet. */
  inFlight: boolean;
}

/** Trace lines between two looks at the clock: small enough to stay close to the slice. */
const STEP_LINES = 2000;

export function createSimHost(env: HostEnv, options: HostOptions = {}) {
  const sliceMs = options.sliceMs ?? 30;
  const chunkLines = options.chunkLines ?? 6_000;
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

  /** Posts the next piece of the trace, at most chunkLines long; the last one says finished. */
  function postChunk(j: Job): void {
    const log = j.cursor.log;
    const to = log.markAt(j.sent.events + chunkLines, j.sent);
    const chunk = log.exportChunk(j.sent, to);
    j.sent = to;
    j.inFlight = true;
    const finished = j.cursor.finished && to.events === log.length;
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
    const packed = stamp === j.lastStamp ? null : packSnapshot(sim.snapshot());
    j.lastStamp = stamp;
    env.post(
      {
        type: 'snapshot',
        job: j.id,
        t: sim.now(),
        until: sim.nextEventTime(),
        snapshot: packed?.packed ?? null,
      },
      packed?.transfer ?? [],
    );
  }

  function pump(): void {
    scheduled = false;
    const j = job;
    if (!j) return;
    // Seeks first: the page is waiting for them, the rest of the run is not urgent.
    answerSeek(j);
    if (j.done) return;
    const start = env.now();
    while (!j.cursor.finished && env.now() - start < sliceMs) j.cursor.compute(STEP_LINES);
    const pending = j.cursor.log.length > j.sent.events;
    if (!j.inFlight && (pending || j.cursor.finished)) postChunk(j);
    // Computing goes on while the page digests a chunk; once finished, only acks wake it.
    if (!j.cursor.finished) schedule();
  }

  /**
   * Stops at once: what the page has (plus the rest of the instant it ends in) is the run; what
   * was computed beyond it is let go rather than streamed after the user said stop.
   */
  function cancel(j: Job): void {
    const log = j.cursor.log;
    let end = j.sent.events;
    if (end > 0) {
      const last = log.timeAt(end - 1);
      while (end < log.length && log.timeAt(end) === last) end++;
    }
    j.cursor.stop(end > 0 ? log.timeAt(end - 1) : 0);
    const to = log.markAt(end, j.sent);
    const chunk = log.exportChunk(j.sent, to);
    j.sent = to;
    j.done = true;
    env.post(
      { type: 'chunk', job: j.id, chunk, progress: progressOf(j), finished: true, cancelled: true },
      chunkBuffers(chunk),
    );
    if (j.seek !== null) schedule();
  }

  /**
   * The run a message asks for: from the current job's nearest usable checkpoint when the page
   * says it holds that job's trace and the scenario is the same (a recorded action), otherwise
   * from the start. Throws ScenarioError for an invalid scenario or action.
   */
  function cursorFor(msg: Extract<ToWorker, { type: 'run' }>, scenario: string) {
    const from = msg.from;
    if (from && job?.id === from.job && job.scenario === scenario) {
      const holds = from.started ? from.mark.events : Math.min(from.mark.events, job.keep);
      const cursor = job.cursor.rebase(msg.actions, holds);
      if (cursor) {
        const keep = cursor.log.length;
        // The page's words and texts, not ours: the first chunk brings whatever it lacks.
        const sent = { ...cursor.log.markAt(keep), words: from.mark.words, texts: from.mark.texts };
        return { cursor, keep, sent };
      }
    }
    const cursor = new SimCursor(msg.scenario, msg.actions, msg.checkpoints);
    return { cursor, keep: 0, sent: EMPTY_MARK };
  }

  function start(msg: Extract<ToWorker, { type: 'run' }>): void {
    const scenario = JSON.stringify(msg.scenario);
    let run: ReturnType<typeof cursorFor>;
    try {
      run = cursorFor(msg, scenario);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      env.post({ type: 'error', job: msg.job, detail: error.message }, []);
      return;
    }
    const { cursor, keep, sent } = run;
    job = {
      id: msg.job,
      scenario,
      keep,
      cursor,
      sent,
      seek: msg.seek,
      lastStamp: '',
      done: false,
      inFlight: false,
    };
    env.post(
      { type: 'started', job: msg.job, scenario: cursor.scenario, endTime: cursor.endTime, keep },
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
        return cancel(job);
      case 'ack':
        if (job?.id !== msg.job) return;
        job.inFlight = false;
        return schedule();
    }
  }

  return { handle };
}

export type SimHost = ReturnType<typeof createSimHost>;
