/**
 * npx tsx scripts/bench-bytes.ts: the core's cost per byte sent, at mss 88 with a 1 GB receive
 * buffer (so the whole send is in flight at once and the retransmission queue is as long as it
 * gets). Linear means the µs per KB stays flat as the bytes grow. Prints figures; asserts nothing.
 */
import { runScenario } from '../src/sim/simulation';

function scenario(bytes: number) {
  return {
    version: 1,
    settings: { mss: 88, rcvBuf: 2 ** 30, windowScale: 14 },
    hosts: { client: '10.0.0.1', server: '10.0.0.2' },
    steps: [
      { at: 0, do: 'listen', host: 'server', port: 80 },
      { at: 0.1, do: 'connect', host: 'client', to: 'server:80', as: 'c' },
      { at: 1, do: 'send', host: 'client', socket: 'c', bytes },
    ],
  };
}

console.log(`core cost per byte (mss 88, 1 GB window, Node ${process.version}, best of 3)`);
runScenario(scenario(1_000_000)); // warm-up
for (const mb of [1, 2, 4, 8, 16]) {
  let best = Infinity;
  let events = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    events = runScenario(scenario(mb * 1_000_000)).length;
    best = Math.min(best, performance.now() - t0);
  }
  const perKb = (best * 1000) / (mb * 1000);
  console.log(
    `${String(mb).padStart(3)} MB  ${best.toFixed(0).padStart(6)} ms  ${perKb.toFixed(1).padStart(6)} µs per KB  ${events.toLocaleString('en-US')} events`,
  );
}
