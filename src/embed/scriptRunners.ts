/**
 * The element's twin of src/worker/localRunners.ts (swapped in by vite.embed.config.ts): when no
 * worker can be made, the element loads the worker's own script onto the page (a same-origin or
 * already-trusted file, as the CSP allows) and runs its handler there, a slice at a time. The
 * element's script then does not carry the whole core a second time: it stays within its budget.
 */
import { hostSlicedRunner, type CreateHost, type RunnerFactory } from '../worker/runner';
import { WORKER_URL } from './workerUrl';

const HOST_GLOBAL = '__tcpHandshakeSimHost';
let loading: Promise<CreateHost> | null = null;

function loadHost(): Promise<CreateHost> {
  loading ??= new Promise<CreateHost>((resolve, reject) => {
    const ready = (globalThis as Record<string, unknown>)[HOST_GLOBAL] as CreateHost | undefined;
    if (ready) return resolve(ready);
    if (!WORKER_URL) return reject(new Error('the simulator script URL is unknown'));
    const script = document.createElement('script');
    script.src = WORKER_URL;
    script.onload = () => {
      const host = (globalThis as Record<string, unknown>)[HOST_GLOBAL] as CreateHost | undefined;
      if (host) resolve(host);
      else reject(new Error(`${WORKER_URL} did not define the simulator`));
    };
    script.onerror = () => reject(new Error(`${WORKER_URL} could not be loaded`));
    document.head.append(script);
  });
  return loading;
}

export const slicedRunner: RunnerFactory = (listen) => hostSlicedRunner(loadHost(), listen);
/** There is no synchronous way here: the element always has a worker or the sliced fallback. */
export const syncRunner: RunnerFactory = slicedRunner;
