/**
 * The messages between the page and the simulation worker. The page asks for runs and for the
 * simulation at a time; the worker answers with the trace in columns (transferred, not cloned),
 * progress, and snapshots. Every answer carries the job it belongs to: answers for a job the page
 * has moved on from are ignored.
 */
import type { CheckpointPolicy } from '../store/checkpointPolicy';
import type { Scenario, Step } from '../sim/scenario/types';
import type { TraceChunk, TraceMark } from '../sim/traceLog';
import type { PackedSnapshot } from './snapshotCodec';

export type ToWorker =
  | {
      type: 'run';
      job: number;
      scenario: unknown;
      actions: readonly Step[];
      checkpoints?: CheckpointPolicy;
      /**
       * The page's current job and where its copy of that job's trace stands: the new run starts
       * from that job's latest checkpoint the new actions leave as it was, within what the page
       * holds (a recorded action changes only the future). The lines before it are neither
       * computed nor sent again; 'started' says how many the page keeps.
       */
      from?: {
        job: number;
        mark: TraceMark;
        /**
         * Whether the page had that job's 'started'. Until then its lines after that job's
         * `keep` are still those of the run before, so only the first `keep` may be kept.
         */
        started: boolean;
      };
      /** Where to put the view at once (the playback time). */
      seek: number;
    }
  /** The simulation at time t, please (the latest request wins). */
  | { type: 'seek'; job: number; t: number }
  /** Stop computing this job; what was computed stays usable. */
  | { type: 'cancel'; job: number }
  /**
   * The page has taken in the last chunk: the next may come. One chunk in flight at a time, so a
   * busy page is never flooded (the worker computes on meanwhile, and sends in bounded pieces).
   */
  | { type: 'ack'; job: number };

export interface Progress {
  /** Connections attempted so far, of how many the scenario asks for (0 when none). */
  done: number;
  total: number;
  /** Simulated seconds computed so far, of the run's length. */
  until: number;
  end: number;
}

export type FromWorker =
  | {
      type: 'started';
      job: number;
      scenario: Scenario;
      endTime: number;
      /**
       * Lines of the page's trace (as it stood when it asked, `from`) that this run keeps; the
       * first chunk follows them. 0 for a run from the start: the page starts a new trace.
       */
      keep: number;
    }
  | {
      type: 'chunk';
      job: number;
      chunk: TraceChunk;
      progress: Progress;
      /** Nothing more will come: the run ended, or it was cancelled (`cancelled`). */
      finished: boolean;
      cancelled: boolean;
    }
  /**
   * The simulation at t, its sockets packed (snapshotCodec.ts); null when nothing changed since
   * the last snapshot (only its time). It stays exact until `until`, the core's next event
   * (null: none), so the page asks again only once playback gets there.
   */
  | {
      type: 'snapshot';
      job: number;
      t: number;
      until: number | null;
      snapshot: PackedSnapshot | null;
    }
  | { type: 'error'; job: number; detail: string };
