/**
 * `netstat -ant` and `ss -tan` as Linux prints them (ref §2.8): the state spellings, and
 * Recv-Q/Send-Q as the kernel fills them in — a listener's Recv-Q is its accept-queue length;
 * its Send-Q is 0 for netstat (/proc/net/tcp) and the backlog for ss (inet_diag).
 */
import type { NetstatRow } from './api';
import { NETSTAT_NAMES, SS_NAMES } from './state';
import { seqSub } from './seq';
import type { Tcb } from './tcb';

export interface QueueView {
  recvQ: number;
  sendQ: number;
}

export function queues(sock: Tcb, backlog: number, flavour: 'netstat' | 'ss'): QueueView {
  if (sock.listener) {
    return { recvQ: sock.listener.acceptQueue.length, sendQ: flavour === 'ss' ? backlog : 0 };
  }
  if (sock.request || sock.state === 'TIME_WAIT') return { recvQ: 0, sendQ: 0 };
  return { recvQ: sock.unread, sendQ: Math.max(0, seqSub(sock.writeSeq, sock.sndUna)) };
}

/** Rows for the live sockets of a host, listeners first (/proc/net/tcp walks the listening hash first). */
export function rows(
  socks: Iterable<Tcb>,
  backlogOf: (l: Tcb) => number,
  flavour: 'netstat' | 'ss',
): NetstatRow[] {
  const listeners: NetstatRow[] = [];
  const others: NetstatRow[] = [];
  const names = flavour === 'netstat' ? NETSTAT_NAMES : SS_NAMES;
  for (const sock of socks) {
    if (sock.state === 'CLOSED') continue;
    const { recvQ, sendQ } = queues(sock, sock.listener ? backlogOf(sock) : 0, flavour);
    const row: NetstatRow = {
      recvQ,
      sendQ,
      local: `${sock.local.ip}:${sock.local.port}`,
      foreign: sock.remote ? `${sock.remote.ip}:${sock.remote.port}` : '0.0.0.0:*',
      state: names[sock.state],
    };
    (sock.listener ? listeners : others).push(row);
  }
  return [...listeners, ...others];
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

/** net-tools: printf("%-4s  %6ld %6ld %-*s %-*s %-11s", …) with address columns at least 23 wide. */
export function formatNetstat(list: readonly NetstatRow[]): string {
  const lines = [
    'Active Internet connections (servers and established)',
    'Proto Recv-Q Send-Q Local Address           Foreign Address         State      ',
  ];
  for (const r of list) {
    lines.push(
      `${pad('tcp', 4)}  ${padStart(String(r.recvQ), 6)} ${padStart(String(r.sendQ), 6)} ` +
        `${pad(r.local, 23)} ${pad(r.foreign, 23)} ${pad(r.state, 11)}`,
    );
  }
  return lines.join('\n');
}

/** iproute2 ss: columns sized to their content, addresses right-aligned to the colon as ss does. */
export function formatSs(list: readonly NetstatRow[]): string {
  const header = [
    'State',
    'Recv-Q',
    'Send-Q',
    'Local Address:Port',
    'Peer Address:Port',
    'Process',
  ];
  // Loops, not Math.max(...rows): a port-exhaustion table has 28,232 rows and more may come.
  let stateW = header[0]!.length;
  let localW = header[3]!.length;
  let peerW = header[4]!.length;
  for (const r of list) {
    stateW = Math.max(stateW, r.state.length);
    localW = Math.max(localW, r.local.length);
    peerW = Math.max(peerW, r.foreign.length);
  }
  stateW += 1;
  localW += 1;
  peerW += 1;
  const qW = 7;
  const lines = [
    `${pad(header[0]!, stateW)}${pad(header[1]!, qW)}${pad(header[2]!, qW)}` +
      `${padStart(header[3]!, localW)} ${pad(header[4]!, peerW)}${header[5]}`,
  ];
  for (const r of list) {
    lines.push(
      `${pad(r.state, stateW)}${pad(String(r.recvQ), qW)}${pad(String(r.sendQ), qW)}` +
        `${padStart(r.local, localW)} ${pad(r.foreign, peerW)}`.trimEnd(),
    );
  }
  return lines.join('\n');
}
