/**
 * What a listing shows: counts per state, per local port and per remote address, and the named
 * patterns of the operators' notes the project started from, each with its evidence and the
 * built-in scenario that reproduces it with numbers like the listing's.
 */
import { BUILTIN_SCENARIOS, type BuiltinId } from '../sim/scenario/builtins/index';
import type { Scenario, Step } from '../sim/scenario/types';
import type { TcpState } from '../sim/state';
import type { Listing, ListingRow } from './parseListing';

export type PatternId =
  | 'syn-recv'
  | 'close-wait'
  | 'time-wait-ports'
  | 'fin-wait-1'
  | 'fin-wait-2'
  | 'last-ack'
  | 'syn-sent-one'
  | 'syn-sent-many'
  | 'stale-established';

export interface Finding {
  id: PatternId;
  /** Sockets in the pattern. */
  count: number;
  /** The local port most of them are on (or the remote port, for client-side patterns). */
  port: number | null;
  /** Distinct remote addresses among them. */
  remotes: number;
  /** The remote address with the most of them, and how many. */
  topRemote: string | null;
  topRemoteCount: number;
  /** For time-wait-ports: the share of the default ephemeral range (28,232 ports) used, %. */
  percent: number;
  /** Commands to run next, with the listing's numbers filled in. */
  commands: string[];
  reproduce: { builtin: BuiltinId; scenario: Scenario };
}

export interface Diagnosis {
  total: number;
  byState: [string, number][];
  byLocalPort: [number, number][];
  byRemote: [string, number][];
  findings: Finding[];
}

/** Linux's default ip_local_port_range, 32768–60999 (what port-exhaustion runs out of). */
export const EPHEMERAL = { low: 32768, high: 60999, size: 28232 };

/** How many sockets in one state make a pile worth naming. */
export const THRESHOLDS = {
  synRecv: 20,
  closeWait: 10,
  timeWait: 1000,
  finWait: 10,
  lastAck: 10,
  synSentOne: 3,
  synSentMany: 20,
  staleEstablished: 5,
} as const;

/** Scenario runs stay interactive: counts above this are scaled down in "Reproduce this". */
const MAX_REPRO_SOCKETS = 2000;

function countBy<K>(rows: readonly ListingRow[], key: (r: ListingRow) => K | null): [K, number][] {
  const m = new Map<K, number>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

function isIpv4(ip: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(ip) && ip !== '0.0.0.0' && !ip.startsWith('127.');
}

interface Numbers {
  port: number | null;
  count: number;
  serverIp: string | null;
  clientIp: string | null;
}

/** A built-in scenario with the listing's port, count and addresses where they fit. */
export function withNumbers(id: BuiltinId, n: Numbers, title: string): Scenario {
  const base = structuredClone(BUILTIN_SCENARIOS[id]) as Scenario;
  const count = Math.max(
    1,
    Math.min(n.count, id === 'port-exhaustion' ? 28300 : MAX_REPRO_SOCKETS),
  );
  const hosts = { ...base.hosts };
  if (n.serverIp && isIpv4(n.serverIp) && n.serverIp !== n.clientIp) hosts.server = n.serverIp;
  if (n.clientIp && isIpv4(n.clientIp) && n.clientIp !== hosts.server) hosts.client = n.clientIp;
  const port = n.port && n.port > 0 ? n.port : null;
  const steps = base.steps.map((s): Step => {
    const step = { ...s } as Step & Record<string, unknown>;
    if (port && (step.do === 'listen' || step.do === 'firewall')) step.port = port;
    if (port && (step.do === 'connect' || step.do === 'flood') && typeof step.to === 'string') {
      step.to = step.to.replace(/:\d+$/, `:${port}`);
    }
    if (step.do === 'connect' && typeof step.count === 'number') step.count = count;
    if (step.do === 'flood') step.count = Math.max(count, 1);
    return step;
  });
  return { ...base, title, hosts, steps };
}

export function analyse(listing: Listing): Diagnosis {
  const rows = listing.rows;
  const inState = (s: TcpState) => rows.filter((r) => r.state === s);
  const findings: Finding[] = [];
  const local4 =
    countBy(
      rows.filter((r) => r.state !== 'LISTEN'),
      (r) => r.localIp,
    )[0]?.[0] ?? null;

  const add = (
    id: PatternId,
    group: readonly ListingRow[],
    builtin: BuiltinId,
    side: 'server' | 'client',
    commands: (n: { port: string; remote: string; count: number }) => string[],
    percent = 0,
  ) => {
    const ports = countBy(group, (r) => (side === 'server' ? r.localPort : r.remotePort));
    const remotes = countBy(group, (r) => r.remoteIp);
    const port = ports[0]?.[0] ?? null;
    const top = remotes[0] ?? null;
    const serverIp = side === 'server' ? local4 : (top?.[0] ?? null);
    const clientIp = side === 'server' ? (top?.[0] ?? null) : local4;
    findings.push({
      id,
      count: group.length,
      port,
      remotes: remotes.length,
      topRemote: top?.[0] ?? null,
      topRemoteCount: top?.[1] ?? 0,
      percent,
      commands: commands({
        port: port === null ? 'PORT' : String(port),
        remote: top?.[0] ?? 'ADDRESS',
        count: group.length,
      }),
      reproduce: {
        builtin,
        scenario: withNumbers(
          builtin,
          { port, count: group.length, serverIp, clientIp },
          `Reproduce: ${group.length} ${id}${port ? ` on port ${port}` : ''}`,
        ),
      },
    });
  };

  const synRecv = inState('SYN_RECEIVED');
  if (synRecv.length >= THRESHOLDS.synRecv) {
    add('syn-recv', synRecv, 'syn-flood', 'server', ({ port }) => [
      `ss -ltn 'sport = :${port}'`,
      'nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtSyncookiesSent',
      'sysctl net.ipv4.tcp_syncookies net.ipv4.tcp_max_syn_backlog net.core.somaxconn',
      `ss -tan state syn-recv 'sport = :${port}' | awk '{print $5}' | cut -d: -f1 | sort | uniq -c | sort -rn | head`,
    ]);
  }
  const closeWait = inState('CLOSE_WAIT');
  if (closeWait.length >= THRESHOLDS.closeWait) {
    add('close-wait', closeWait, 'close-wait-leak', 'server', ({ port }) => [
      `ss -tanp state close-wait 'sport = :${port}'`,
      `lsof -nP -iTCP:${port} -sTCP:CLOSE_WAIT`,
      'ls /proc/PID/fd | wc -l   # PID from the ss -p output: is the process running out of descriptors?',
    ]);
  }
  // TIME_WAIT on this host's ephemeral ports toward one destination: the client side of
  // port exhaustion ("Cannot assign requested address").
  const timeWait = inState('TIME_WAIT').filter(
    (r) => r.localPort !== null && r.localPort >= EPHEMERAL.low && r.localPort <= EPHEMERAL.high,
  );
  const byDest = countBy(timeWait, (r) => `${r.remoteIp}|${r.remotePort}`);
  if (byDest[0] && byDest[0][1] >= THRESHOLDS.timeWait) {
    const [ip, port] = byDest[0][0].split('|');
    const group = timeWait.filter((r) => r.remoteIp === ip && String(r.remotePort) === port);
    const percent = Math.round((group.length / EPHEMERAL.size) * 1000) / 10;
    add(
      'time-wait-ports',
      group,
      'port-exhaustion',
      'client',
      ({ port, remote }) => [
        'sysctl net.ipv4.ip_local_port_range net.ipv4.tcp_tw_reuse',
        `ss -tan state time-wait dst ${remote} | wc -l`,
        `ss -s`,
        `# reuse connections (HTTP keep-alive, a pool) to ${remote}:${port} instead of one per request`,
      ],
      percent,
    );
  }
  const finWait1 = inState('FIN_WAIT_1');
  if (finWait1.length >= THRESHOLDS.finWait) {
    add('fin-wait-1', finWait1, 'server-shutdown', 'server', ({ port }) => [
      `ss -tano state fin-wait-1 'sport = :${port}'`,
      'sysctl net.ipv4.tcp_orphan_retries net.ipv4.tcp_max_orphans',
      'ping -c 3 ADDRESS   # are the clients still reachable?',
    ]);
  }
  const finWait2 = inState('FIN_WAIT_2');
  if (finWait2.length >= THRESHOLDS.finWait) {
    add('fin-wait-2', finWait2, 'close-wait-leak', 'client', ({ remote }) => [
      'ss -tano state fin-wait-2',
      'sysctl net.ipv4.tcp_fin_timeout',
      `# on ${remote}: ss -tanp state close-wait   (its application never calls close())`,
    ]);
  }
  const lastAck = inState('LAST_ACK');
  if (lastAck.length >= THRESHOLDS.lastAck) {
    add('last-ack', lastAck, 'killed-load-test', 'server', ({ remote }) => [
      'ss -tano state last-ack',
      `ping -c 3 ${remote}   # is the peer that sent the FINs still there?`,
      'sysctl net.ipv4.tcp_orphan_retries',
    ]);
  }
  const synSent = inState('SYN_SENT');
  const sentTo = countBy(synSent, (r) => r.remoteIp);
  if (sentTo.length >= THRESHOLDS.synSentMany) {
    add('syn-sent-many', synSent, 'firewall-drop', 'client', () => [
      'ss -tanp state syn-sent   # which process opens them?',
      'lsof -nP -iTCP -sTCP:SYN_SENT',
      '# many destinations at once: a scanner or a worm; isolate the host and check the process',
    ]);
  } else if (sentTo[0] && sentTo[0][1] >= THRESHOLDS.synSentOne) {
    const group = synSent.filter((r) => r.remoteIp === sentTo[0]![0]);
    add('syn-sent-one', group, 'firewall-drop', 'client', ({ port, remote }) => [
      `nc -vz -w 3 ${remote} ${port}`,
      `traceroute -T -p ${port} ${remote}`,
      'iptables -L -n -v   # or nft list ruleset: is a firewall dropping the SYNs?',
    ]);
  }
  // ESTABLISHED with unacknowledged data or a retransmission timer: the peer stopped answering.
  const stale = inState('ESTABLISHED').filter(
    (r) =>
      (r.sendQ !== null && r.sendQ > 0) || (r.timer !== null && r.timer.startsWith('timer:(on')),
  );
  if (stale.length >= THRESHOLDS.staleEstablished) {
    add('stale-established', stale, 'client-vanishes', 'server', ({ port }) => [
      `ss -tano state established 'sport = :${port}'   # Send-Q and timer:(on,…) retries`,
      'sysctl net.ipv4.tcp_keepalive_time net.ipv4.tcp_retries2',
      '# enable SO_KEEPALIVE (or an application heartbeat) so vanished clients are noticed',
    ]);
  }

  return {
    total: rows.length,
    byState: countBy(rows, (r) => r.state ?? r.spelled.toUpperCase()),
    byLocalPort: countBy(
      rows.filter((r) => r.state !== 'LISTEN'),
      (r) => r.localPort,
    ),
    byRemote: countBy(
      rows.filter((r) => r.state !== 'LISTEN'),
      (r) => r.remoteIp,
    ),
    findings,
  };
}
