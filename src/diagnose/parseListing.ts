/**
 * A netstat or ss listing as rows: Linux `netstat -ant`/`-antp`/`-nat`, `ss -tan`/`-tano`
 * (with or without the Netid column), Windows `netstat -an`, macOS/FreeBSD `netstat -an -p tcp`
 * (addresses written `a.b.c.d.port`), and the Solaris spellings. Headers, UDP lines and anything
 * that is not a TCP socket line are skipped and counted, so garbage is told apart from a listing.
 */
import type { TcpState } from '../sim/state';

export type ListingFormat = 'netstat-linux' | 'ss' | 'netstat-windows' | 'netstat-bsd';

export interface ListingRow {
  line: number;
  /** The state as the listing spells it. */
  spelled: string;
  /** The RFC state, or null for spellings with no RFC state (Solaris IDLE, BOUND). */
  state: TcpState | null;
  localIp: string;
  localPort: number | null;
  remoteIp: string;
  remotePort: number | null;
  recvQ: number | null;
  sendQ: number | null;
  /** ss -o's timer column (`timer:(on,1.2sec,3)`), when present. */
  timer: string | null;
}

export interface Listing {
  format: ListingFormat | null;
  rows: ListingRow[];
  /** Lines that were neither a header nor a TCP socket. */
  skipped: number;
}

/** Every spelling the seeds and the three systems use, upper-cased, to the RFC state. */
const SPELLINGS: Record<string, TcpState | null> = {
  LISTEN: 'LISTEN',
  LISTENING: 'LISTEN',
  SYN_SENT: 'SYN_SENT',
  'SYN-SENT': 'SYN_SENT',
  SYN_RECV: 'SYN_RECEIVED',
  'SYN-RECV': 'SYN_RECEIVED',
  SYN_RECEIVED: 'SYN_RECEIVED',
  SYN_RCVD: 'SYN_RECEIVED',
  ESTABLISHED: 'ESTABLISHED',
  ESTAB: 'ESTABLISHED',
  FIN_WAIT1: 'FIN_WAIT_1',
  FIN_WAIT_1: 'FIN_WAIT_1',
  'FIN-WAIT-1': 'FIN_WAIT_1',
  FIN_WAIT2: 'FIN_WAIT_2',
  FIN_WAIT_2: 'FIN_WAIT_2',
  'FIN-WAIT-2': 'FIN_WAIT_2',
  CLOSE_WAIT: 'CLOSE_WAIT',
  'CLOSE-WAIT': 'CLOSE_WAIT',
  CLOSING: 'CLOSING',
  LAST_ACK: 'LAST_ACK',
  'LAST-ACK': 'LAST_ACK',
  TIME_WAIT: 'TIME_WAIT',
  'TIME-WAIT': 'TIME_WAIT',
  CLOSE: 'CLOSED',
  CLOSED: 'CLOSED',
  UNCONN: 'CLOSED',
  IDLE: null,
  BOUND: null,
};

export function stateOf(word: string): TcpState | null | undefined {
  const key = word.toUpperCase();
  return Object.hasOwn(SPELLINGS, key) ? SPELLINGS[key] : undefined;
}

interface Address {
  ip: string;
  port: number | null;
}

/** `1.2.3.4:80`, `[::1]:80`, `*:80`, `0.0.0.0:*`, `:::22` (netstat's IPv6), `%lo` scopes. */
function colonAddress(text: string): Address | null {
  const m = /^(\[[^\]]*\]|[^\s]*?):(\d+|\*)$/.exec(text);
  if (!m) return null;
  const host = m[1]!
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
  if (host !== '*' && !/^[0-9a-fA-F.:]+$/.test(host)) return null;
  return { ip: host || '*', port: m[2] === '*' ? null : Number(m[2]) };
}

/** BSD's `1.2.3.4.80`, `*.80`, `*.*`, `fe80::1%lo0.123`, `::1.80`. */
function dotAddress(text: string): Address | null {
  const m = /^(.*)\.(\d+|\*)$/.exec(text);
  if (!m) return null;
  const host = m[1]!.replace(/%.*$/, '');
  if (host !== '*' && !/^[0-9a-fA-F.:]+$/.test(host)) return null;
  return { ip: host, port: m[2] === '*' ? null : Number(m[2]) };
}

function num(text: string | undefined): number | null {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : null;
}

export function parseListing(text: string): Listing {
  const rows: ListingRow[] = [];
  let skipped = 0;
  const formats = new Map<ListingFormat, number>();
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const words = line.split(/\s+/);
    const lower = words[0]!.toLowerCase();
    if (/^(udp|udp6|udp4|raw|unix|u_str|u_dgr|nl|p_raw)/.test(lower)) {
      skipped++;
      continue;
    }
    let format: ListingFormat;
    let local: Address | null;
    let remote: Address | null;
    let stateWord: string | undefined;
    let recvQ: number | null = null;
    let sendQ: number | null = null;
    let timer: string | null = null;
    if (
      (lower === 'tcp4' ||
        lower === 'tcp46' ||
        (lower === 'tcp6' && words[3]?.includes('.') && !words[3]?.includes(':'))) &&
      words.length >= 5
    ) {
      // macOS/FreeBSD: tcp4 Recv-Q Send-Q local foreign (state)
      format = 'netstat-bsd';
      recvQ = num(words[1]);
      sendQ = num(words[2]);
      local = dotAddress(words[3]!);
      remote = dotAddress(words[4]!);
      stateWord = words[5];
    } else if (lower === 'tcp' && words[0] === 'TCP') {
      // Windows: TCP local foreign state [pid | offload state]
      format = 'netstat-windows';
      local = colonAddress(words[1]!);
      remote = colonAddress(words[2]!);
      stateWord = words[3];
    } else if (
      (lower === 'tcp' || lower === 'tcp6') &&
      num(words[1]) !== null &&
      stateOf(words[1]!) === undefined
    ) {
      // Linux netstat: tcp Recv-Q Send-Q local foreign state [PID/Program]
      format = 'netstat-linux';
      recvQ = num(words[1]);
      sendQ = num(words[2]);
      local = colonAddress(words[3] ?? '');
      remote = colonAddress(words[4] ?? '');
      stateWord = words[5];
      // A BSD listing whose first column is plain "tcp" (FreeBSD's netstat -an -p tcp on IPv4).
      if (!local && words[3]) {
        local = dotAddress(words[3]);
        remote = dotAddress(words[4] ?? '');
        if (local) format = 'netstat-bsd';
      }
    } else {
      // ss: [Netid] State Recv-Q Send-Q Local Peer [Process] [timer:(…)]
      const w = lower === 'tcp' ? words.slice(1) : words;
      if (stateOf(w[0] ?? '') === undefined || num(w[1]) === null) {
        skipped++;
        continue;
      }
      format = 'ss';
      stateWord = w[0];
      recvQ = num(w[1]);
      sendQ = num(w[2]);
      local = colonAddress(w[3] ?? '');
      remote = colonAddress(w[4] ?? '');
      timer = w.slice(5).find((x) => x.startsWith('timer:')) ?? null;
    }
    const state = stateWord === undefined ? undefined : stateOf(stateWord);
    if (!local || !remote || state === undefined) {
      skipped++;
      continue;
    }
    formats.set(format, (formats.get(format) ?? 0) + 1);
    rows.push({
      line: i + 1,
      spelled: stateWord!,
      state,
      localIp: local.ip,
      localPort: local.port,
      remoteIp: remote.ip,
      remotePort: remote.port,
      recvQ,
      sendQ,
      timer,
    });
  }
  const format = [...formats.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { format, rows, skipped };
}
