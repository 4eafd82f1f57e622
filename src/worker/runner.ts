/**
 * The page's side of the simulation worker: how a store sends it jobs and hears back. The same
 * handler (simHost.ts) runs three ways:
 *
 * - in a Web Worker, the normal case. The app gets its worker from Vite; the custom element from
 *   a file next to its own script (src/embed/workerUrl.ts);
 * - `sliced`, on the main thread a slice at a time, only when no worker can be made (a script
 *   served from another origin cannot start a worker from its own URL; a CSP may forbid workers).
 *   The page stays usable between slices, but a seek in a big run takes the main thread's time;
 * - `sync`, all at once on the spot: tests, and any store made without a worker configured.
 *
 * The two local ways live in localRunners.ts, which brings the whole core along; the element's
 * build swaps it for a twin that loads the worker's own script instead (src/embed/scriptRunners.ts),
 * so the core is not in the element's script twice.
 */
import type { FromWorker, ToWorker } from './protocol';
import type { createSimHost } from './simHost';
import { syncRunner } from './localRunners';

export interface SimRunner {
  readonly kind: 'worker' | 'sliced' | 'sync';
  send(message: ToWorker): void;
  dispose(): void;
}

export type Listener = (message: FromWorker) => void;
export type RunnerFactory = (listen: Listener) => SimRunner;
export type CreateHost = typeof createSimHost;

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

/** The handler on the spot: every answer is given before send() returns. */
export function hostSyncRunner(createHost: CreateHost, listen: Listener): SimRunner {
  const queue: (() => void)[] = [];
  let draining = false;
  const host = createHost({
    post: (message) => listen(message),
    later: (fn) => queue.push(fn),
    now,
  });
  return {
    kind: 'sync',
    send(message) {
      host.handle(message);
      if (draining) return;
      draining = true;
      try {
        while (queue.length > 0) queue.shift()!();
      } finally {
        draining = false;
      }
    },
    dispose() {
      queue.length = 0;
    },
  };
}

/**
 * The handler on the main thread, a slice at a time, answering asynchronously like a worker.
 * `createHost` may still be loading: messages wait for it.
 */
export function hostSlicedRunner(
  createHost: CreateHost | Promise<CreateHost>,
  listen: Listener,
): SimRunner {
  let disposed = false;
  let host: ReturnType<CreateHost> | null = null;
  const waiting: ToWorker[] = [];
  const start = (make: CreateHost) => {
    host = make({
      post: (message) =>
        queueMicrotask(() => {
          if (!disposed) listen(message);
        }),
      later: (fn) =>
        setTimeout(() => {
          if (!disposed) fn();
        }, 0),
      now,
    });
    for (const m of waiting.splice(0)) host.handle(m);
  };
  if (typeof createHost === 'function') start(createHost);
  else void createHost.then(start);
  return {
    kind: 'sliced',
    send(message) {
      if (host) host.handle(message);
      else waiting.push(message);
    },
    dispose() {
      disposed = true;
    },
  };
}

export function workerRunner(worker: Worker, listen: Listener): SimRunner {
  worker.onmessage = (event: MessageEvent<FromWorker>) => listen(event.data);
  return {
    kind: 'worker',
    send: (message) => worker.postMessage(message),
    dispose: () => worker.terminate(),
  };
}

/**
 * A factory that runs in the worker `makeWorker` makes, and on the main thread (`fallback`) when
 * it returns null or throws (a SecurityError for a cross-origin script URL, a CSP refusing it),
 * or when the worker's script fails to load (then what was sent is replayed there).
 */
export function workerOr(makeWorker: () => Worker | null, fallback: RunnerFactory): RunnerFactory {
  return (listen) => {
    let worker: Worker | null;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (!worker) return fallback(listen);
    const live = worker;
    let fellBack: SimRunner | null = null;
    let heard = false;
    const sent: ToWorker[] = [];
    live.onerror = (event) => {
      if (heard || fellBack) return;
      event.preventDefault();
      live.terminate();
      fellBack = fallback(listen);
      for (const m of sent.splice(0)) fellBack.send(m);
    };
    live.onmessage = (event: MessageEvent<FromWorker>) => {
      heard = true;
      sent.length = 0;
      listen(event.data);
    };
    return {
      get kind() {
        return fellBack ? fellBack.kind : 'worker';
      },
      send(message) {
        if (fellBack) return fellBack.send(message);
        // Kept until the worker has answered once: only a worker that never started replays.
        if (!heard) sent.push(message);
        live.postMessage(message);
      },
      dispose() {
        if (fellBack) fellBack.dispose();
        else live.terminate();
      },
    };
  };
}

// Null until set: read lazily, so that importing localRunners first (a cycle) is harmless.
let defaultFactory: RunnerFactory | null = null;

/** Where stores made without their own runner run their simulations (set once at start-up). */
export function setDefaultRunner(factory: RunnerFactory): void {
  defaultFactory = factory;
}

export function defaultRunner(): RunnerFactory {
  return defaultFactory ?? syncRunner;
}
