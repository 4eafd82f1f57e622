/**
 * How long two views' models take on the 850,000-event port-exhaustion trace: the netstat chart's
 * state history (one pass over the trace per host) and the ladder's window queries (a frame's
 * worth each, not a rescan). Prints figures; it is not a test and asserts nothing (the unit tests
 * check what these compute, on any machine).
 *
 *   npx tsx scripts/bench-views.ts
 */
import { BUILTIN_SCENARIOS } from '../src/sim/scenario/builtins';
import { runScenario } from '../src/sim/simulation';
import { buildLadder } from '../src/ui/Ladder/ladderModel';
import { stateHistory } from '../src/ui/Netstat/stateHistory';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs = Number(process.env.BENCH_RUNS ?? 5)): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const scenario = BUILTIN_SCENARIOS['port-exhaustion'];
const trace = runScenario(scenario);
const hosts = Object.entries(scenario.hosts).map(([name, ip]) => ({ name, ip }));

const history = time(() => {
  stateHistory(trace, 'client');
  stateHistory(trace, 'server');
});
buildLadder(trace, hosts, { from: 0, to: 1 }); // the index, built once per trace
let queries = 0;
const ladder = time(() => {
  queries = 0;
  for (let t = 0; t < 88; t += 0.5, queries++) {
    buildLadder(trace, hosts, { from: t, to: t + 0.02, time: t + 0.01 });
  }
  buildLadder(trace, hosts, { from: 0, to: 100 });
  queries++;
});

console.log(
  `view models on port exhaustion (${trace.length.toLocaleString('en')} trace events), median`,
);
console.log(`state history, both hosts      ${history.toFixed(0).padStart(6)} ms`);
console.log(
  `ladder, ${queries} window queries   ${ladder.toFixed(0).padStart(6)} ms  (${(ladder / queries).toFixed(2)} ms each)`,
);
