/**
 * The panel's table is the formatter's text cut into columns: each cell holds exactly the
 * characters of its column (padding included), so in a monospace font with no cell padding the
 * table looks like the terminal output, and a screen reader still gets a real table.
 */
import type { NetstatRow } from '../../sim/api';
import { formatNetstat, formatSs } from '../../sim/netstat';
import type { Flavour } from './commands';

export interface NetstatText {
  /** Lines printed before the column header (netstat's "Active Internet connections …"). */
  preamble: string[];
  header: string[];
  /** One entry per requested row: its cells, or null when the line does not cut cleanly. */
  rows: { line: string; cells: string[] | null }[];
}

/** Where the columns start, read off the header line the formatter printed. */
function cutsOf(flavour: Flavour, header: string): number[] {
  if (flavour === 'netstat') {
    return ['Recv-Q', 'Send-Q', 'Local Address', 'Foreign Address', 'State'].map((h) =>
      header.indexOf(h),
    );
  }
  // ss right-aligns the local address, so its column starts where Send-Q's ends.
  const send = header.indexOf('Send-Q');
  return [
    header.indexOf('Recv-Q'),
    send,
    send + 7,
    header.indexOf('Peer Address:Port'),
    header.indexOf('Process'),
  ];
}

export function cut(line: string, cuts: readonly number[]): string[] | null {
  const cells: string[] = [];
  let start = 0;
  for (const at of cuts) {
    // A value running across a column start (a queue over a million bytes) would be split.
    if (at > 0 && at < line.length && line[at - 1] !== ' ' && line[at] !== ' ') return null;
    cells.push(line.slice(start, at));
    start = at;
  }
  cells.push(line.slice(start));
  return cells;
}

/** The rows that set ss's column widths: the longest state, local and peer address. */
function widest(all: readonly NetstatRow[]): NetstatRow[] {
  const pick = (len: (r: NetstatRow) => number) => {
    let best: NetstatRow | undefined;
    for (const r of all) if (!best || len(r) > len(best)) best = r;
    return best;
  };
  return [
    pick((r) => r.state.length),
    pick((r) => r.local.length),
    pick((r) => r.foreign.length),
  ].filter((r): r is NetstatRow => r !== undefined);
}

/**
 * The text of rows [from, to) of `all`, formatted as the whole list would be: netstat lines do
 * not depend on each other; ss widths come from the widest rows, found in one linear scan.
 */
export function netstatText(
  flavour: Flavour,
  all: readonly NetstatRow[],
  from: number,
  to: number,
): NetstatText {
  const slice = all.slice(from, to);
  let lines: string[];
  let preamble: string[];
  if (flavour === 'netstat') {
    lines = formatNetstat(slice).split('\n');
    preamble = lines.splice(0, 1);
  } else {
    const extra = widest(all);
    lines = formatSs([...extra, ...slice]).split('\n');
    lines.splice(1, extra.length);
    preamble = [];
  }
  const header = lines[0]!;
  const cuts = cutsOf(flavour, header);
  return {
    preamble,
    header: cut(header, cuts) ?? [header],
    rows: lines.slice(1).map((line) => ({ line, cells: cut(line, cuts) })),
  };
}

/** Exactly what the command prints, for the clipboard. */
export function fullText(flavour: Flavour, all: readonly NetstatRow[]): string {
  return flavour === 'netstat' ? formatNetstat(all) : formatSs(all);
}
