/**
 * npm run bench:act: how long a user's action takes to give the page its new run. The page's
 * store (createSimStore) on the main thread and the worker's handler (createSimHost) in a
 * worker thread, both from a bundle of src/ as the browser runs them, talking by postMessage with
 * transferred buffers, as in the app. Rendering is not included: "the page has the new run" is
 * the store's run.status turning `complete`.
 *
 * For port exhaustion: the whole run is computed first, playback goes to a late time, then the
 * action; timed from act() until the store has the whole new run. Prints figures, asserts nothing.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type * as Entry from './bench-act-entry';
import type { StepInput } from '../src/store/createSimStore';

type Bundle = typeof Entry;

async function bundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tcpsim-act-'));
  const out = join(dir, 'entry.mjs');
  await build({
    entryPoints: [resolve(import.meta.dirname, 'bench-act-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    outfile: out,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return out;
}

/**
 * The worker thread: the simulation handler, answering the page as sim.worker.ts does. Plain
 * JavaScript run by `eval` (a worker thread cannot load this TypeScript file itself).
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.bundle).then((core) => {
  const host = core.createSimHost({
    post: (message, transfer) => parentPort.postMessage(message, transfer),
    later: (fn) => setTimeout(fn, 0),
    now: () => performance.now(),
  });
  parentPort.on('message', (m) => host.handle(m));
});
`;

interface Case {
  name: string;
  at: number;
  action: StepInput;
}

const CASES: Case[] = [
  {
    name: 'close() on the client at 80 s',
    at: 80,
    action: { do: 'close', host: 'client', socket: '*' },
  },
  {
    name: 'a 1,000-SYN flood at 85 s',
    at: 85,
    action: { do: 'flood', to: 'server:80', count: 1000, rate: 1000 },
  },
  { name: 'the server vanishes at 40 s', at: 40, action: { do: 'vanish', host: 'server' } },
];

async function main(): Promise<void> {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const loadBefore = load();
  const file = await bundle();
  const core = (await import(pathToFileURL(file).href)) as Bundle;
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { bundle: pathToFileURL(file).href },
  });
  const store = core.createSimStore({
    builtinId: 'port-exhaustion',
    runner: (listen) => {
      worker.on('message', listen);
      return {
        kind: 'worker',
        send: (m) => worker.postMessage(m),
        dispose: () => void worker.terminate(),
      };
    },
  });
  const complete = () =>
    new Promise<void>((done) => {
      if (store.getState().run.status === 'complete') return done();
      const off = store.subscribe((s) => {
        if (s.run.status !== 'complete') return;
        off();
        done();
      });
    });
  const t0 = performance.now();
  await complete();
  const first = performance.now() - t0;
  const rows: string[] = [];
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  for (const c of CASES) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      store.getState().reset();
      await complete();
      store.getState().seek(c.at);
      const start = performance.now();
      store.getState().act(c.action);
      await complete();
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const lines = store.getState().trace.length.toLocaleString('en');
    rows.push(
      `${c.name.padEnd(32)} ${samples[samples.length >> 1]!.toFixed(0).padStart(6)} ms  ` +
        `(runs: ${samples.map((s) => s.toFixed(0)).join(', ')}; ${lines} lines)`,
    );
  }
  console.log(`action benchmark: port exhaustion, store + worker thread (Node ${process.version})`);
  console.log(
    `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadBefore} before, ${load()} after`,
  );
  console.log(`the whole run at load: ${first.toFixed(0)} ms`);
  console.log('from act() to the store having the whole new run (median):');
  for (const r of rows) console.log(`  ${r}`);
  await worker.terminate();
}

await main();
