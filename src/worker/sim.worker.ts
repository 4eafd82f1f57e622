/**
 * The simulation worker's entry: the whole run, its checkpoints and every seek happen here, off
 * the page's main thread (docs/simulator-ui.md, "Heavy work in the worker"). Vite builds it for
 * the app; vite.embed-worker.config.ts builds it as a classic script next to the element's.
 *
 * Loaded as a plain <script> on a page instead (the element's fallback when no worker can be
 * made, src/embed/scriptRunners.ts), it only hands the handler to that page.
 */
import type { ToWorker } from './protocol';
import { createSimHost } from './simHost';

/** Where the script, loaded on a page, leaves the handler for the element. */
export const HOST_GLOBAL = '__tcpHandshakeSimHost';

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope & Record<string, unknown>;
const inWorker =
  typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined' &&
  typeof (globalThis as { document?: unknown }).document === 'undefined';

if (inWorker) {
  const host = createSimHost({
    post: (message, transfer) => scope.postMessage(message, transfer),
    later: (fn) => setTimeout(fn, 0),
    now: () => performance.now(),
  });
  scope.onmessage = (event) => host.handle(event.data);
} else {
  scope[HOST_GLOBAL] = createSimHost;
}
