/** Running commands, and undoing everything a replay made, in reverse order, even on failure. */
import { execFile, type ChildProcess } from 'node:child_process';

export function sh(args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(args[0]!, args.slice(1), { timeout: 20_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${args.join(' ')}: ${stderr.trim() || err.message}`));
      else resolve(stdout);
    });
    if (input !== undefined) child.stdin!.end(input);
  });
}

interface Undo {
  what: string;
  run: () => unknown;
  proc?: ChildProcess;
}

export class Cleanup {
  private undo: Undo[] = [];

  add(what: string, run: () => unknown): void {
    this.undo.push({ what, run });
  }

  /** A process we started: ended by its own pid (never by name), waited for. */
  process(proc: ChildProcess, what: string): void {
    this.undo.push({ what, run: () => stopProcess(proc), proc });
  }

  /** Ends the processes whose description matches now (tcpdump, to flush its capture). */
  async stop(which: RegExp): Promise<void> {
    for (const u of this.undo.filter((x) => x.proc && which.test(x.what))) await u.run();
  }

  /** Undoes everything, newest first; reports what failed but carries on. */
  async run(): Promise<string[]> {
    const failures: string[] = [];
    for (const u of this.undo.reverse()) {
      try {
        await u.run();
      } catch (e) {
        failures.push(`${u.what}: ${(e as Error).message}`);
      }
    }
    this.undo = [];
    return failures;
  }
}

function stopProcess(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => proc.kill('SIGKILL'), 2000);
    proc.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    proc.kill('SIGINT');
  });
}
