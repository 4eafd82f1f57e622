/**
 * tcp-handshake-sim [options] <built-in name | file.json | ->: the core run from the command line.
 * Output is streamed: the run advances in slices and each slice's output is written (waiting for
 * a slow reader) before the next, so memory holds the core's trace but never the whole output.
 * Bad input prints what is wrong and exits 2; no stack traces.
 */
import { isAbsolute, resolve } from 'node:path';
import { parseArgs, usage, UsageError, wantsLadder, type CliOptions } from './args';
import { runDiagnose } from './diagnose';
import { runImport } from './importCapture';
import { InputError } from './inputError';
import { formatLine, LadderBuilder, measure, type Widths } from './ladder';
import { loadScenario, ScenarioInputError, type ScenarioSource } from './load';
import { Output, type Writer } from './output';
import { terminalText } from './terminalText';
import type { Simulation } from '../sim/api';
import { formatNetstat, formatSs } from '../sim/netstat';
import { createPcapEncoder } from '../sim/pcap';
import { BUILTIN_IDS, BUILTIN_SCENARIOS } from '../sim/scenario/builtins';
import type { Scenario } from '../sim/scenario/types';
import { formatIssues, ScenarioError } from '../sim/scenario/validate';
import { createSimulation } from '../sim/simulation';
import type { CallEvent, TraceEvent } from '../sim/trace';
import type { TraceLog } from '../sim/traceLog';

export interface CliIo extends ScenarioSource {
  stdout: Writer;
  stderr: (text: string) => void;
  /** Opens a file for writing (--pcap): relative paths are already resolved against cwd. */
  openFile: (path: string) => { write: Writer; close: () => Promise<void> };
  version: string;
}

/** Exit statuses (documented in the usage text). */
export const EXIT = { ok: 0, callFailed: 1, badInput: 2, internal: 70 } as const;

/** Events handed to the outputs at a time: small enough to bound memory, large enough to be fast. */
const SLICE = 8192;

/** Runs the simulation in slices up to `limit`, handing each slice's new events to `take`. */
async function advance(
  sim: Simulation,
  limit: number,
  cursor: { done: number },
  take: (events: TraceLog, from: number, to: number) => void | Promise<void>,
): Promise<void> {
  const hand = async () => {
    // The core's columns, read a line at a time: no object per event outlives its slice.
    const to = sim.log.length;
    if (to > cursor.done) await take(sim.log, cursor.done, to);
    cursor.done = to;
  };
  for (;;) {
    const at = sim.nextEventTime();
    if (at === null || at > limit) break;
    sim.runUntil(at);
    if (sim.log.length - cursor.done >= SLICE) await hand();
  }
  await hand();
}

interface Pass {
  /** Called with every event in order. */
  event?: (e: TraceEvent) => void | Promise<void>;
  /** Called at each --netstat time once every event up to it has been handed over. */
  netstat?: (t: number) => void | Promise<void>;
}

async function runPass(sim: Simulation, o: CliOptions, pass: Pass): Promise<void> {
  const end = o.until ?? Infinity;
  const cursor = { done: 0 };
  const take = async (events: TraceLog, from: number, to: number) => {
    if (!pass.event) return;
    for (let i = from; i < to; i++) {
      const pending = pass.event(events.at(i)!);
      if (pending) await pending;
    }
  };
  for (const t of [...o.netstat].sort((a, b) => a - b)) {
    await advance(sim, Math.min(t, end), cursor, take);
    if (t <= sim.endTime()) sim.runUntil(Math.min(t, end));
    await pass.netstat?.(t);
  }
  await advance(sim, end, cursor, take);
}

function netstatText(sim: Simulation, o: CliOptions, t: number): string[] {
  return sim.hostNames.map((host) => {
    const rows = o.ss ? sim.ss(host) : sim.netstat(host);
    const text = o.ss ? formatSs(rows) : formatNetstat(rows);
    return `[t=${t} s] ${host}$ ${o.ss ? 'ss -tan' : 'netstat -ant'}\n${text}`;
  });
}

/** --import and --diagnose read a file the user has, not a scenario: see their modules. */
async function readReal(o: CliOptions, io: CliIo, out: Output): Promise<number> {
  const here = (path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));
  const lines: string[] = [];
  if (o.importFile) {
    const scenarioOut = o.toScenario === null ? null : here(o.toScenario);
    const f = { file: here(o.importFile), json: o.json, connections: o.connections, scenarioOut };
    runImport(
      f,
      (line) => lines.push(line),
      (line) => io.stderr(`${line}\n`),
    );
  } else if (o.diagnose) {
    runDiagnose(o.diagnose === '-' ? '-' : here(o.diagnose), (line) => lines.push(line));
  }
  for (const line of lines) await out.line(line);
  return EXIT.ok;
}

async function execute(o: CliOptions, io: CliIo, out: Output): Promise<number> {
  if (o.importFile || o.diagnose) return readReal(o, io, out);
  if (o.list) {
    for (const id of BUILTIN_IDS) {
      await out.line(`${id.padEnd(22)} ${terminalText(BUILTIN_SCENARIOS[id].title ?? '')}`);
    }
    return EXIT.ok;
  }
  const scenario: Scenario = await loadScenario(o.scenario, io);
  const sim = createSimulation(scenario);
  const ladder = wantsLadder(o);

  const pcapPath = o.pcap === null ? null : isAbsolute(o.pcap) ? o.pcap : resolve(io.cwd, o.pcap);
  let pcapFile: ReturnType<CliIo['openFile']> | null = null;
  try {
    if (pcapPath !== null) pcapFile = io.openFile(pcapPath);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ScenarioInputError(`cannot write --pcap ${o.pcap}: ${why}`);
  }
  const pcap = pcapFile ? new Output(pcapFile.write) : null;
  const encoder = pcap ? createPcapEncoder() : null;
  // The ladder's columns are as wide as its widest line: measured on a first run of the same
  // deterministic scenario, so the printed run can stream its lines.
  let widths: Widths | null = null;
  if (ladder) {
    const m = measure();
    const first = new LadderBuilder(scenario.hosts, m.take);
    await runPass(sim.clone(), o, { event: (e) => first.feed(e) });
    first.end();
    widths = m.widths;
  }

  if (pcap && encoder) await pcap.bytes(encoder.header);

  const failed: CallEvent[] = [];
  const builder = widths
    ? new LadderBuilder(scenario.hosts, (l) => out.push(formatLine(l, widths)))
    : null;
  const tables: string[] = [];
  if (builder && scenario.title) await out.line(terminalText(scenario.title));

  await runPass(sim, o, {
    event(e) {
      // A call failed when it returned an errno; recv() = EOF is the peer's FIN, not a failure.
      if (e.type === 'call' && e.result !== 'ok' && e.result !== 'EOF') failed.push(e);
      builder?.feed(e);
      const waits: (void | Promise<void>)[] = [];
      if (o.json) waits.push(out.line(JSON.stringify(e)));
      if (encoder && pcap && e.type === 'send') waits.push(pcap.bytes(encoder.record(e)));
      // A ladder line is written by the builder; its chunk is flushed below.
      if (builder) waits.push(out.flushIfFull());
      const pending = waits.filter((w): w is Promise<void> => w instanceof Promise);
      if (pending.length > 0) return Promise.all(pending).then(() => undefined);
    },
    async netstat(t) {
      const text = netstatText(sim, o, t);
      if (o.json) {
        for (const host of sim.hostNames) {
          const rows = o.ss ? sim.ss(host) : sim.netstat(host);
          await out.line(JSON.stringify({ t, type: 'netstat', host, rows }));
        }
      } else if (ladder) {
        tables.push(...text); // after the ladder, as they were always printed
      } else {
        for (const table of text) await out.line(`${table}\n`);
      }
    },
  });
  builder?.end();
  for (const table of tables) await out.line(`\n${table}`);
  if (pcap && pcapFile) {
    await pcap.flush();
    await pcapFile.close();
  }
  if (o.strict && failed.length > 0) {
    await out.flush();
    const first = failed[0]!;
    io.stderr(
      `${failed.length} call${failed.length === 1 ? '' : 's'} failed; the first: at ${first.t} s ${first.host} ${first.call}() = ${first.result}\n`,
    );
    return EXIT.callFailed;
  }
  return EXIT.ok;
}

/** The whole command, its output sent to io: the tests run it in-process. Returns the status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const out = new Output(io.stdout);
  try {
    const o = parseArgs(argv);
    if (o.help) {
      await out.line(usage());
      await out.flush();
      return EXIT.ok;
    }
    if (o.version) {
      await out.line(io.version);
      await out.flush();
      return EXIT.ok;
    }
    const status = await execute(o, io, out);
    await out.flush();
    return status;
  } catch (err) {
    await out.flush();
    if (err instanceof ScenarioError) {
      io.stderr(`The scenario is not valid:\n${formatIssues(err.issues)}\n`);
      return EXIT.badInput;
    }
    if (err instanceof ScenarioInputError || err instanceof InputError) {
      io.stderr(`${err.message}\n`);
      return EXIT.badInput;
    }
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n\n${usage()}\n`);
      return EXIT.badInput;
    }
    io.stderr(`Internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.internal;
  }
}
