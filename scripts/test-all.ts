/**
 * npm test: every check, in parallel where one does not need another's result.
 *
 *   lint, typecheck, the unit tests and the production build start first; the browser tests
 *   (Playwright in Chromium), the user walks in Chromium, Firefox ESR and WebKitGTK, and the embed
 *   size check start when the build is there.
 *
 * At most MAX_PARALLEL tasks run at once (TEST_PARALLEL overrides it): most steps are single
 * threaded (ESLint, tsc) or wait on browsers, so a 2-core machine is kept busy rather than
 * oversubscribed. Each task's output is printed whole when it ends, so logs do not interleave.
 * A failed task does not stop the others (a run reports every failure), but what needs it does
 * not start. Ctrl-C ends every task's whole process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Task {
  name: string;
  command: string;
  args: string[];
  needs: string[];
}

const MAX_PARALLEL = Number(process.env.TEST_PARALLEL ?? 3);

// In the order they are started when a slot is free: the longest chain (the build, then the
// browser tests) first, so that a free slot goes to Playwright as soon as the build is there.
const TASKS: Task[] = [
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build:dist'], needs: [] },
  { name: 'e2e', command: 'npx', args: ['playwright', 'test'], needs: ['build'] },
  { name: 'unit', command: 'npm', args: ['run', '--silent', 'test:unit'], needs: [] },
  { name: 'engines', command: 'npx', args: ['tsx', 'e2e/engines/run.ts'], needs: ['build'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'], needs: [] },
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'], needs: [] },
  { name: 'size', command: 'npm', args: ['run', '--silent', 'size'], needs: ['build'] },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const running = new Map<string, ChildProcess>();
const done = new Map<string, boolean>();
const started = Date.now();

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

function run(task: Task): Promise<boolean> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(task.command, task.args, {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    running.set(task.name, child);
    const output: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => output.push(b));
    child.stderr!.on('data', (b: Buffer) => output.push(b));
    const finish = (ok: boolean, why = '') => {
      running.delete(task.name);
      const mark = ok ? 'passed' : `FAILED${why}`;
      console.log(`\n── ${task.name}: ${mark} in ${seconds(Date.now() - t0)} ──`);
      process.stdout.write(Buffer.concat(output));
      resolve(ok);
    };
    child.once('error', (e) => finish(false, ` (${e.message})`));
    child.once('close', (code, signal) =>
      finish(code === 0, signal ? ` (${signal})` : code === 0 ? '' : ` (exit ${code})`),
    );
  });
}

function stopAll(): void {
  for (const child of running.values()) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

async function main(): Promise<number> {
  const waiting = [...TASKS];
  const active = new Set<Promise<void>>();
  console.log(`npm test: ${TASKS.map((t) => t.name).join(', ')} (up to ${MAX_PARALLEL} at once)`);
  while (waiting.length > 0 || active.size > 0) {
    for (let i = 0; i < waiting.length && active.size < MAX_PARALLEL;) {
      const task = waiting[i]!;
      if (task.needs.some((n) => done.get(n) === false)) {
        waiting.splice(i, 1);
        done.set(task.name, false);
        console.log(`\n── ${task.name}: not run, ${task.needs.join(', ')} failed ──`);
        continue;
      }
      if (!task.needs.every((n) => done.get(n) === true)) {
        i++;
        continue;
      }
      waiting.splice(i, 1);
      const p: Promise<void> = run(task).then((ok) => {
        done.set(task.name, ok);
        active.delete(p);
      });
      active.add(p);
    }
    if (active.size > 0) await Promise.race(active);
  }
  const failed = TASKS.filter((t) => !done.get(t.name)).map((t) => t.name);
  console.log(
    `\nnpm test: ${failed.length === 0 ? 'everything passed' : `failed: ${failed.join(', ')}`} in ${seconds(Date.now() - started)}`,
  );
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
