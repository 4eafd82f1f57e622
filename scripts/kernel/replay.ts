/**
 * npm run kernel [-- scenario.json …]: replays each built-in scenario (or the files given) on the
 * real Linux kernel in network namespaces and compares it with the simulator's run of the same
 * file. Prints a table, writes docs/kernel-agreement.md (only when the built-ins were run), and
 * exits 1 on any disagreement. Needs root; without it, says so and exits 0.
 * How it works: docs/kernel-agreement.md's preamble and scripts/kernel/*.ts.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { release } from 'node:os';
import { basename } from 'node:path';
import { format } from 'prettier';
import { createSimulation } from '../../src/sim/simulation';
import type { Scenario } from '../../src/sim/scenario/types';
import { compare, type Comparison } from './compare';
import { runOnKernel, sysctlsFor } from './kernel-run';
import { observeKernel, observeSimulation, simNames, withoutVanished } from './observe';
import { builtinPlans, filePlan, unreplayable, type ReplayPlan } from './plans';
import { writeReport, type Row } from './report';
import { Cleanup } from './system';
import { startTracing } from './tracing';

const LOCK = '/run/tcp-sim-kernel-replay.lock';
/** Runs at once: each in its own namespaces and subnet; the machine has 2 cores. */
const PARALLEL = 3;

function missingTools(): string[] {
  const need = ['ip', 'tcpdump', 'nft', 'python3', 'sysctl'];
  return need.filter((t) => {
    try {
      execFileSync('sh', ['-c', `command -v ${t}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

async function replay(
  plan: ReplayPlan,
  slot: number,
  tracing: Awaited<ReturnType<typeof startTracing>>,
): Promise<Row> {
  const why = unreplayable(plan);
  if (why) return { plan, status: 'not replayed', reason: why };
  const scenario: Scenario = {
    ...plan.scenario,
    settings: { ...plan.scenario.settings, ...plan.overrides },
  };
  const sim = createSimulation(scenario);
  const settings = { ...sim.settings };
  const simObs = observeSimulation(sim, plan.horizon);
  const names = simNames(sim);
  const forged = sim.trace.flatMap((e) =>
    e.type === 'send' && e.spoofed && e.t <= plan.horizon
      ? [{ at: e.t, from: e.from, to: e.to, seq: e.seq, window: e.win }]
      : [],
  );
  const cleanup = new Cleanup();
  let comparison: Comparison;
  try {
    const run = await runOnKernel(
      { scenario, settings, horizon: plan.horizon, slot, forged },
      cleanup,
      tracing,
    );
    // KERNEL_DUMP=<dir>: what the kernel run recorded, one JSON per scenario, to look into.
    const simSide = withoutVanished(simObs, scenario);
    const kernelSide = withoutVanished(observeKernel(run, scenario, names, plan.horizon), scenario);
    if (process.env.KERNEL_DUMP) {
      const dump = { run, simulator: simSide, kernel: kernelSide };
      writeFileSync(`${process.env.KERNEL_DUMP}/${plan.id}.json`, JSON.stringify(dump, null, 1));
    }
    comparison = compare(simSide, kernelSide, plan.horizon);
    return {
      plan,
      status: comparison.differences.length ? 'differs' : 'agrees',
      comparison,
      sysctls: run.sysctls,
    };
  } catch (e) {
    return { plan, status: 'failed', reason: (e as Error).message, sysctls: sysctlsFor(settings) };
  } finally {
    const left = await cleanup.run();
    if (left.length) console.error(`cleanup of ${plan.id}: ${left.join('; ')}`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? (args.splice(onlyAt, 2)[1] ?? '').split(',') : null;
  const files = args;
  if (process.getuid?.() !== 0) {
    console.log(
      'npm run kernel: skipped — replaying on the kernel needs root (network namespaces, tcpdump, tracefs).',
    );
    return 0;
  }
  const missing = missingTools();
  if (missing.length) {
    console.error(
      `npm run kernel: missing ${missing.join(', ')} (Debian: iproute2 tcpdump nftables procps python3)`,
    );
    return 1;
  }
  const plans = files.length
    ? files.map((f) =>
        filePlan(basename(f, '.json'), JSON.parse(readFileSync(f, 'utf8')) as Scenario),
      )
    : builtinPlans().filter((p) => !only || only.includes(p.id));

  // One replay at a time on the machine: the tracepoint is global.
  let lock: number;
  try {
    lock = openSync(LOCK, 'wx');
  } catch {
    console.error(`npm run kernel: another replay holds ${LOCK} (remove it if no replay runs)`);
    return 1;
  }
  const cleanup = new Cleanup();
  cleanup.add(`rm ${LOCK}`, () => {
    closeSync(lock);
    rmSync(LOCK, { force: true });
  });
  const onSignal = () => void cleanup.run().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const rows: Row[] = [];
  const started = Date.now();
  try {
    const tracing = await startTracing(cleanup);
    const queue = plans.map((p, i) => ({ p, i }));
    const results: Row[] = new Array(plans.length);
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          let row = await replay(job.p, job.i + 1, tracing);
          if (row.status === 'differs' || row.status === 'failed') {
            // Once more, in case the first run lost a race on a busy machine (a timer tick
            // against an application's close()); the report keeps the first run's findings.
            const again = await replay(job.p, job.i + 1 + plans.length, tracing);
            const first = row.comparison?.differences.map((d) => `${d.where}: ${d.what}`) ?? [
              row.reason ?? '',
            ];
            row = { ...again, firstAttempt: first };
          }
          results[job.i] = row;
          const r = results[job.i]!;
          console.log(`  ${r.plan.id}: ${r.status}`);
        }
      }),
    );
    rows.push(...results);
  } finally {
    const left = await cleanup.run();
    if (left.length) console.error(`cleanup: ${left.join('; ')}`);
  }
  const seconds = (Date.now() - started) / 1000;
  printTable(rows);
  if (!files.length && !only) {
    const report = writeReport(rows, { kernel: release(), seconds, sysctl: readHz() });
    // Formatted as the repository's own check (prettier --check .) expects.
    writeFileSync('docs/kernel-agreement.md', await format(report, { parser: 'markdown' }));
    console.log('wrote docs/kernel-agreement.md');
  }
  const bad = rows.filter((r) => r.status === 'differs' || r.status === 'failed');
  console.log(
    `${rows.length} scenarios in ${seconds.toFixed(0)} s; ${bad.length} disagree or failed`,
  );
  return bad.length ? 1 : 0;
}

/** CONFIG_HZ when the kernel exposes its configuration; the report says which it is. */
function readHz(): string {
  for (const f of ['/proc/config.gz', `/boot/config-${release()}`]) {
    try {
      const text = f.endsWith('.gz')
        ? execFileSync('zcat', [f], { encoding: 'utf8' })
        : readFileSync(f, 'utf8');
      const m = /^CONFIG_HZ=(\d+)$/m.exec(text);
      if (m) return `CONFIG_HZ=${m[1]}`;
    } catch {
      // not exposed on this kernel
    }
  }
  return 'CONFIG_HZ not exposed (the tolerances assume 250)';
}

function printTable(rows: Row[]) {
  const lines = rows.map((r) => {
    const c = r.comparison;
    const detail =
      r.status === 'agrees' || r.status === 'differs'
        ? `${c!.segments} segments, ${c!.windows} windows, ${c!.states} states` +
          (c!.worstTiming
            ? `, worst timing ${(c!.worstTiming.late * 1000).toFixed(0)}/${(c!.worstTiming.tol * 1000).toFixed(0)} ms`
            : '')
        : (r.reason ?? '');
    return [r.plan.id, r.status, detail];
  });
  const w0 = Math.max(...lines.map((l) => l[0]!.length), 8);
  const w1 = 12;
  console.log(`${'scenario'.padEnd(w0)}  ${'result'.padEnd(w1)}  detail`);
  for (const l of lines) console.log(`${l[0]!.padEnd(w0)}  ${l[1]!.padEnd(w1)}  ${l[2]}`);
  for (const r of rows) {
    for (const d of r.comparison?.differences ?? [])
      console.log(`  ${r.plan.id}: ${d.where}: ${d.what}`);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
