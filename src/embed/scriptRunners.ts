/**
 * The element's twin of src/worker/localRunners.ts (swapped in by vite.embed.config.ts): when no
 * worker can be made, the element loads the worker's own script onto the page (a same-origin or
 * already-trusted file, as the CSP allows) and runs its handler there, a slice at a time. The
 * element's script then does not carry the whole core a second time: it stays within its budget.
 */
import { hostSlicedRunner, type CreateHost, type RunnerFactory } from '../worker/runner';
import { loadSiblingScript } from './siblingScript';
import { WORKER_URL } from './workerUrl';

const HOST_GLOBAL = '__tcpHandshakeSimHost';
let loading: Promise<CreateHost> | null = null;

function loadHost(): Promise<CreateHost> {
  loading ??= loadSiblingScript<CreateHost>(WORKER_URL, HOST_GLOBAL, 'the simulator');
  return loading;
}

export const slicedRunner: RunnerFactory = (listen) => hostSlicedRunner(loadHost(), listen);
/** There is no synchronous way here: the element always has a worker or the sliced fallback. */
export const syncRunner: RunnerFactory = slicedRunner;
