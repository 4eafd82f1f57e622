/**
 * npm run bench: how long the core takes for the heavy runs, measured on a bundle of src/sim
 * (what the browser runs), one core, median of several runs after a warm-up. Prints figures;
 * it is not a test and asserts nothing.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type * as BenchEntry from './bench-entry';

type Core = typeof BenchEntry;

async function loadBundledCore(): Promise<Core> {
  const dir = mkdtempSync(join(tmpdir(), 'tcpsim-bench-'));
  const out = join(dir, 'core.mjs');
  await build({
    entryPoints: [resolve(import.meta.dirname, 'bench-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: out,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return (await import(pathToFileURL(out).href)) as Core;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up: let the JIT settle
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

// The machine is often shared: its load, before and after, says how far to trust the times.
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const loadBefore = load();
const core = await loadBundledCore();
const runs = Number(process.env.BENCH_RUNS ?? 5);
const rows: string[][] = [];

const exhaustion = core.BUILTIN_SCENARIOS['port-exhaustion'];

/** Timed in a function of its own: no simulation it made is still referenced afterwards. */
function timeExhaustion(): string[] {
  let last: ReturnType<Core['createSimulation']> | null = null;
  const ms = time(() => {
    last = core.createSimulation(exhaustion);
    last.run();
  }, runs);
  // Counted outside the timing: reading the trace is not the core's work.
  const log = (last as ReturnType<Core['createSimulation']> | null)?.log;
  let failures = 0;
  for (const e of log ?? []) {
    if (e.type === 'call' && e.result === 'EADDRNOTAVAIL') failures++;
  }
  return [
    'port exhaustion (28,232 connections through TIME_WAIT)',
    `${ms.toFixed(0)} ms`,
    `${(log?.length ?? 0).toLocaleString('en')} trace events, ${failures} EADDRNOTAVAIL`,
  ];
}
rows.push(timeExhaustion());
let events = 0;

const flood = core.floodScenario(10_000);
const floodMs = time(() => {
  const sim = core.createSimulation(flood);
  sim.run();
  events = sim.trace.length;
}, runs);
rows.push([
  'SYN flood, 10,000 spoofed SYNs',
  `${floodMs.toFixed(0)} ms`,
  `${events.toLocaleString('en')} trace events`,
]);

const base = 2823;
let first = 0;
for (const k of [1, 2, 5, 10]) {
  const n = base * k;
  const ms = time(
    () => core.createSimulation(core.connectionsScenario(n)).run(),
    Math.max(3, runs - 2),
  );
  if (k === 1) first = ms;
  rows.push([
    `${k}× connections (${n.toLocaleString('en')})`,
    `${ms.toFixed(0)} ms`,
    `${((ms * 1000) / n).toFixed(1)} µs per connection, ${(ms / first).toFixed(2)}× the 1× time`,
  ]);
}

// Memory: what the core's run holds, the way the 60 MB target means it. The JS heap in
// use plus the bytes of ArrayBuffers (the trace's columns live outside the heap), read after a
// full collection (garbage not yet collected is not counted), at every simulated second of the
// run, minus what the process held before the simulation was created. The run keeps its trace, as
// the worker's does; the peak is the largest reading, "at the end" the reading after the run.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/**
 * Heap and buffers in use after a full collection. The buffers of dead typed arrays are freed by
 * a background sweeper after the collection: a turn of the event loop lets it finish, else the
 * timed runs' traces could still be counted in the baseline.
 */
async function used(): Promise<number> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 20));
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
async function memoryOf(
  make: () => { step(): boolean; hold(): unknown },
): Promise<[number, number]> {
  const before = await used();
  let peak = 0;
  const run = make();
  while (run.step()) peak = Math.max(peak, (await used()) - before);
  const retained = (await used()) - before;
  run.hold();
  return [Math.max(peak, retained), retained];
}
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
{
  const [peak, retained] = await memoryOf(() => {
    const sim = core.createSimulation(exhaustion);
    let t = 0;
    return {
      step() {
        t += 1;
        sim.runUntil(t);
        return !sim.isFinished();
      },
      hold: () => sim,
    };
  });
  rows.push([
    'port exhaustion, memory (heap + buffers, after GC)',
    mb(peak),
    `the most the run held (each simulated second); ${mb(retained)} at the end (the whole trace)`,
  ]);
}

const width = Math.max(...rows.map((r) => r[0]!.length));
console.log(`core benchmark (bundled src/sim, Node ${process.version}, median of ${runs})`);
console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadBefore} before, ${load()} after`,
);
for (const [what, ms, note] of rows)
  console.log(`${what!.padEnd(width)}  ${ms!.padStart(8)}  ${note}`);
