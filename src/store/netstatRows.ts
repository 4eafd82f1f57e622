/**
 * `netstat -ant` and `ss -tan` rows read off a snapshot's host, so the panels cost nothing extra
 * per frame. netstatRows.test.ts holds them to the core's own sim.netstat() and sim.ss().
 */
import type { NetstatRow } from '../sim/api';
import type { HostView } from '../sim/snapshot';
import { NETSTAT_NAMES, SS_NAMES } from '../sim/state';

export interface HostRows {
  netstat: NetstatRow[];
  ss: NetstatRow[];
}

const memo = new WeakMap<HostView, HostRows>();

export function hostRows(host: HostView): HostRows {
  const cached = memo.get(host);
  if (cached) return cached;
  const netstat: NetstatRow[] = [];
  const ss: NetstatRow[] = [];
  for (const s of host.sockets) {
    const base = { recvQ: s.recvQ, local: s.local, foreign: s.remote ?? '0.0.0.0:*' };
    netstat.push({ ...base, sendQ: s.sendQ, state: NETSTAT_NAMES[s.state] });
    // ss shows a listener's backlog as its Send-Q (inet_diag); netstat shows 0.
    ss.push({
      ...base,
      sendQ: s.listener ? s.listener.backlog : s.sendQ,
      state: SS_NAMES[s.state],
    });
  }
  const rows = { netstat, ss };
  memo.set(host, rows);
  return rows;
}
