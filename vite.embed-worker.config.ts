/**
 * The custom element's simulation worker, as one classic script next to the element's:
 * dist/embed/tcp-handshake-sim.worker.js. The element starts it from a URL relative to its own
 * script (src/embed/workerUrl.ts): a same-origin file is what a strict CSP allows (no blob: or
 * data: workers). Classic rather than a module worker: it runs wherever the element does. Run
 * after vite.embed.config.ts, which empties dist/embed first.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    lib: {
      entry: path.join(root, 'src/worker/sim.worker.ts'),
      formats: ['iife'],
      name: 'TcpHandshakeSimWorker',
      fileName: () => 'tcp-handshake-sim.worker.js',
    },
  },
});
