/**
 * The custom element's simulation worker, as one classic script next to the element's:
 * dist/embed/tcp-handshake-sim.worker.js. The element starts it from a URL relative to its own
 * script (src/embed/workerUrl.ts): a same-origin file is what a strict CSP allows (no blob: or
 * data: workers). Classic rather than a module worker: it runs wherever the element does. Run
 * after vite.embed.config.ts, which empties dist/embed first.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classicScript } from './scripts/vite/classicScript.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

export default classicScript(
  path.join(root, 'src/worker/sim.worker.ts'),
  'TcpHandshakeSimWorker',
  'tcp-handshake-sim.worker.js',
);
