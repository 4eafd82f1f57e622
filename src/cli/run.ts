/**
 * npm run sim -- <built-in name | path.json> [--json] [--until S] [--netstat T,…] [--ss] [--pcap FILE]
 * The core run from the command line. A bad scenario prints its issues and exits 2; no stack traces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { ladder } from './ladder';
import { formatNetstat, formatSs } from '../sim/netstat';
import { traceToPcap } from '../sim/pcap';
import { BUILTIN_IDS, BUILTIN_SCENARIOS, isBuiltinId } from '../sim/scenario/builtins';
import type { Scenario } from '../sim/scenario/types';
import { formatIssues, parseScenarioText, ScenarioError } from '../sim/scenario/validate';
import { createSimulation } from '../sim/simulation';

function loadScenario(ref: string): Scenario {
  if (isBuiltinId(ref)) return BUILTIN_SCENARIOS[ref];
  let text: string;
  try {
    text = readFileSync(ref, 'utf8');
  } catch {
    throw new UsageError(
      `"${ref}" is neither a built-in scenario nor a readable file. Built-ins: ${BUILTIN_IDS.join(', ')}`,
    );
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  return parsed.scenario;
}

function execute(o: CliOptions, out: (line: string) => void): void {
  if (o.scenario === '--list') {
    for (const id of BUILTIN_IDS) out(`${id.padEnd(22)} ${BUILTIN_SCENARIOS[id].title ?? ''}`);
    return;
  }
  const scenario = loadScenario(o.scenario);
  const sim = createSimulation(o.until === null ? scenario : { ...scenario, until: o.until });
  const times = [...o.netstat].sort((a, b) => a - b);
  const tables: { t: number; host: string; text: string }[] = [];
  let printed = 0;
  const flush = () => {
    if (!o.json) return;
    for (; printed < sim.log.length; printed++) out(JSON.stringify(sim.log.at(printed)));
  };
  for (const t of times) {
    sim.runUntil(t);
    flush();
    for (const host of sim.hostNames) {
      const rows = o.ss ? sim.ss(host) : sim.netstat(host);
      if (o.json) out(JSON.stringify({ t, type: 'netstat', host, rows }));
      else tables.push({ t, host, text: o.ss ? formatSs(rows) : formatNetstat(rows) });
    }
  }
  sim.run();
  flush();
  if (!o.json) {
    const title = scenario.title ? `${scenario.title}\n` : '';
    out(`${title}${ladder(sim.trace, scenario.hosts)}`);
    for (const table of tables) {
      out(`\n[t=${table.t} s] ${table.host}$ ${o.ss ? 'ss -tan' : 'netstat -ant'}\n${table.text}`);
    }
  }
  if (o.pcap) writeFileSync(o.pcap, traceToPcap(sim.log));
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The whole command, with its output sent to io: the tests run it in-process. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const lines: string[] = [];
  const out = (line: string) => {
    lines.push(line);
    if (lines.length >= 4096) io.stdout(lines.splice(0).join('\n') + '\n');
  };
  try {
    const o = parseArgs(argv);
    if (o.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    execute(o, out);
    if (lines.length) io.stdout(lines.join('\n') + '\n');
    return 0;
  } catch (err) {
    if (lines.length) io.stdout(lines.join('\n') + '\n');
    if (err instanceof ScenarioError) {
      io.stderr(`The scenario is not valid:\n${formatIssues(err.issues)}\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`Internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
