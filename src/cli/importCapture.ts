/**
 * `npm run sim -- --import capture.pcap [--json] [--connection N,…] [--to-scenario FILE]`:
 * a tcpdump or Wireshark capture read through the same trace the simulator prints, as a ladder or
 * as JSON Lines, with what the inference could not see said on standard error.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CaptureParser, type ParsedCapture } from '../capture/capture';
import { CaptureError } from '../capture/errors';
import { inferRun } from '../capture/infer';
import { ENDING_TEXT, noteText } from '../capture/notes';
import { connectionToScenario } from '../capture/toScenario';
import { InputError } from './inputError';
import { ladder } from './ladder';

export class ImportError extends InputError {}

export interface ImportOptions {
  file: string;
  json: boolean;
  /** Connection numbers to show; empty for all. */
  connections: number[];
  /** Write a scenario replaying the first chosen connection here. */
  scenarioOut: string | null;
}

const CHUNK = 1 << 20;

export function readCaptureFile(file: string): ParsedCapture {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new ImportError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parser = new CaptureParser();
  try {
    const buffer = new Uint8Array(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      // The parser may keep a view of the chunk's tail, so each chunk gets its own bytes.
      parser.push(buffer.slice(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return parser.end();
}

export function runImport(
  o: ImportOptions,
  out: (line: string) => void,
  err: (line: string) => void,
): void {
  let parsed: ParsedCapture;
  try {
    parsed = readCaptureFile(o.file);
  } catch (e) {
    if (e instanceof CaptureError) throw new ImportError(`${o.file}: ${e.message}`);
    throw e;
  }
  const wanted = o.connections.length
    ? o.connections.map((id) => {
        const c = parsed.connections.find((x) => x.id === id);
        if (!c) {
          throw new ImportError(
            `${o.file} has no connection ${id} (it has 1 to ${parsed.connections.length})`,
          );
        }
        return c;
      })
    : parsed.connections;
  const source = basename(o.file);
  const run = inferRun(wanted, source);
  const notes = [...new Set(run.notes.map(noteText))];
  if (o.json) {
    for (const e of run.trace) out(JSON.stringify(e));
    for (const n of notes) err(`note: ${n}`);
  } else {
    out(
      `${source}: ${parsed.format}, ${parsed.linkTypes}, ${parsed.frames} packets, ${parsed.tcpSegments} TCP segments, ${parsed.connections.length} connection${parsed.connections.length === 1 ? '' : 's'}`,
    );
    for (const s of parsed.summaries) {
      const when = new Date(s.firstTime * 1000).toISOString();
      out(
        `  #${s.id}  ${s.a} -> ${s.b}  first ${when}  ${s.packets} packets  ${s.duration.toFixed(6)} s  ${ENDING_TEXT[s.ending]}`,
      );
    }
    out('');
    out(`time 0 = ${new Date(run.origin * 1000).toISOString()}`);
    out(ladder(run.trace, run.hosts));
    if (notes.length) out('');
    for (const n of notes) out(`note: ${n}`);
  }
  if (o.scenarioOut) {
    const scenario = connectionToScenario(wanted[0]!, run, source);
    writeFileSync(o.scenarioOut, `${JSON.stringify(scenario, null, 2)}\n`);
    err(`wrote ${o.scenarioOut}: a scenario replaying connection ${wanted[0]!.id}`);
  }
}
