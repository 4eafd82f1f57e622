/**
 * The command's output as a table, virtualised: only the rows in view (plus a few) are in the
 * DOM, between two spacer rows that keep the scroll height of the whole list. aria-rowcount and
 * aria-rowindex tell a screen reader where it is in the full list.
 */
import { useMemo, useState, type UIEvent } from 'react';
import type { NetstatRow } from '../../sim/api';
import { COMMANDS, type Flavour } from './commands';
import { netstatText } from './netstatText';
import type { NetstatT } from './strings';

export const ROW_H = 18;
const OVERSCAN = 6;

interface Props {
  flavour: Flavour;
  rows: readonly NetstatRow[];
  host: string;
  tr: NetstatT;
  /** How many rows fit in the scroll area. */
  visibleRows?: number;
}

export function NetstatTable({ flavour, rows, host, tr, visibleRows = 14 }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const viewH = visibleRows * ROW_H;
  const first = Math.min(rows.length, Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN));
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewH) / ROW_H) + OVERSCAN);
  const text = useMemo(() => netstatText(flavour, rows, first, last), [flavour, rows, first, last]);
  const columns = text.header.length;
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop);
  const command = COMMANDS[flavour];

  return (
    <div
      className="tcpsim-netstat__scroll"
      style={{ maxHeight: viewH + ROW_H }}
      onScroll={onScroll}
      role="region"
      aria-label={tr('netstat.tableRegion', { command })}
      tabIndex={0}
    >
      <table className="tcpsim-netstat__table" aria-rowcount={rows.length + 1}>
        <caption className="tcpsim-visually-hidden">
          {tr('netstat.table', { command, host, count: rows.length })}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {text.header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && (
            <tr
              aria-hidden="true"
              className="tcpsim-netstat__spacer"
              style={{ height: first * ROW_H }}
            >
              <td colSpan={columns} />
            </tr>
          )}
          {text.rows.map((r, i) => (
            <tr key={first + i} aria-rowindex={first + i + 2}>
              {r.cells ? (
                r.cells.map((c, j) => <td key={j}>{c}</td>)
              ) : (
                <td colSpan={columns}>{r.line}</td>
              )}
            </tr>
          ))}
          {last < rows.length && (
            <tr
              aria-hidden="true"
              className="tcpsim-netstat__spacer"
              style={{ height: (rows.length - last) * ROW_H }}
            >
              <td colSpan={columns} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
