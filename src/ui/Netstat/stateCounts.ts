/**
 * `netstat -nat | awk '{print $6}' | sort | uniq -c | sort -rn`, as it prints under LC_ALL=C.
 * awk's sixth field of the two header lines is counted too: "established)" from "Active Internet
 * connections (servers and established)" and "Foreign" from "Foreign Address" — the familiar
 * oddity of this one-liner. uniq -c writes the count right-aligned in 7 columns and a space;
 * sort -rn breaks ties by comparing whole lines, reversed, bytewise in the C locale.
 */
import type { NetstatRow } from '../../sim/api';

const HEADER_FIELDS = ['established)', 'Foreign'];

export function uniqCountLines(rows: readonly NetstatRow[]): string[] {
  const counts = new Map<string, number>();
  for (const field of [...HEADER_FIELDS, ...rows.map((r) => r.state)]) {
    counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  const lines = [...counts].map(([field, n]) => ({ n, line: `${String(n).padStart(7)} ${field}` }));
  lines.sort((a, b) => b.n - a.n || (a.line < b.line ? 1 : a.line > b.line ? -1 : 0));
  return lines.map((l) => l.line);
}
