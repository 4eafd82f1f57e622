/**
 * How often the worker's cursor (cursor.ts) takes checkpoints. A module of its own: the store
 * passes the policy to the worker, and importing it from cursor.ts would bring the core's
 * modules into the page's script.
 */
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
