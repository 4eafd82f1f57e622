/**
 * The ladder as rows for export: one row per segment sent in the time range, in trace order, with
 * the sender's state as it leaves and the receiver's state once it arrived (as the RFC 793
 * figures draw it). Pure: the SVG, PNG and Mermaid exports and the capture view all read it.
 */
import type { TcpState } from '../../sim/state';
import type { SendEvent, TraceEvent } from '../../sim/trace';

export interface LadderRow {
  id: number;
  t: number;
  /** Whether the segment goes from the left host to the right side. */
  toRight: boolean;
  flags: string;
  seq: number;
  ack: number | null;
  len: number;
  retransmit: boolean;
  lost: boolean;
  leftState: TcpState | null;
  rightState: TcpState | null;
  /** A moment the capture point did not see (imported captures only). */
  estimated: boolean;
  from: string;
  to: string;
}

export interface LadderModel {
  leftName: string;
  leftIp: string;
  rightName: string;
  rightIp: string;
  rows: LadderRow[];
  /** Rows in the range beyond the export's cap. */
  leftOut: number;
  from: number;
  to: number;
}

/** More arrows than this make an unreadable slide and a huge file; the rest are counted. */
export const MAX_ROWS = 400;

function ipOf(addr: string): string {
  const ip = addr.slice(0, addr.lastIndexOf(':'));
  return ip.replace(/^\[|\]$/g, '');
}

export function ladderModel(
  trace: Iterable<TraceEvent>,
  hosts: Record<string, string>,
  range: { from: number; to: number },
  maxRows = MAX_ROWS,
): LadderModel {
  const names = Object.keys(hosts);
  const leftName = names[0] ?? 'left';
  const leftIp = hosts[leftName] ?? '';
  const rightNames = names.slice(1);
  const rightName = rightNames.length === 1 ? rightNames[0]! : rightNames.join(', ');
  const rightIp = rightNames.length === 1 ? hosts[rightNames[0]!]! : '';
  const stateOf = new Map<string, TcpState>();
  const rowOf = new Map<number, LadderRow>();
  const rows: LadderRow[] = [];
  let leftOut = 0;
  const inRange = (t: number) => t >= range.from - 1e-9 && t <= range.to + 1e-9;
  for (const e of trace) {
    if (e.type === 'state') {
      stateOf.set(e.socket, e.to);
      const row = e.seg !== undefined ? rowOf.get(e.seg) : undefined;
      if (row) {
        const receiverIsLeft = !row.toRight;
        const socketIsLeft = ipOf(e.socket.slice(0, e.socket.indexOf('>'))) === leftIp;
        if (socketIsLeft === receiverIsLeft) {
          if (row.toRight) row.rightState = e.to;
          else row.leftState = e.to;
        }
      }
    } else if (e.type === 'send') {
      if (!inRange(e.t)) continue;
      if (rows.length >= maxRows) {
        leftOut++;
        continue;
      }
      const s = e as SendEvent & { estimated?: boolean };
      const toRight = ipOf(s.from) === leftIp;
      const mine = stateOf.get(`${s.from}>${s.to}`) ?? null;
      const row: LadderRow = {
        id: s.id,
        t: s.t,
        toRight,
        flags: s.flags,
        seq: s.seq,
        ack: s.ack,
        len: s.len,
        retransmit: s.retransmit,
        lost: false,
        leftState: toRight ? mine : null,
        rightState: toRight ? null : mine,
        estimated: s.estimated === true,
        from: s.from,
        to: s.to,
      };
      if (!toRight || ipOf(s.to) !== leftIp) {
        rows.push(row);
        rowOf.set(s.id, row);
      }
    } else if (e.type === 'deliver') {
      const row = rowOf.get(e.id);
      if (row) {
        const theirs = stateOf.get(`${row.to}>${row.from}`) ?? null;
        if (row.toRight) row.rightState = theirs;
        else row.leftState = theirs;
      }
    } else if (e.type === 'drop') {
      const row = rowOf.get(e.id);
      if (row) row.lost = true;
    }
  }
  return { leftName, leftIp, rightName, rightIp, rows, leftOut, from: range.from, to: range.to };
}

/** `SYN,ACK seq=300 ack=101 len=0`, relative to the ISNs when `isn` is given. */
export function rowLabel(row: LadderRow, isn?: Record<string, number>): string {
  const base = (addr: string) => (isn ? (isn[addr] ?? 0) : 0);
  const seq = (row.seq - base(row.from)) >>> 0;
  const ack = row.ack === null ? null : (row.ack - base(row.to)) >>> 0;
  return `${row.flags} seq=${seq}${ack === null ? '' : ` ack=${ack}`}${row.len ? ` len=${row.len}` : ''}`;
}
