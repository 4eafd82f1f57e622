/**
 * A snapshot's sockets in columns for the trip from the worker to the page. A port-exhaustion
 * host holds 28,000 sockets: cloned object by object, the page spent about 300 ms taking one
 * snapshot in (structured clone's deserialisation, a long task on the main thread at every seek).
 * Packed, the numbers travel as transferred typed arrays and the strings once each; unpacking
 * builds the same SocketView objects in a plain loop, an order of magnitude faster.
 */
import type { HostView, ListenerView, SocketView, Snapshot, TimerView } from '../sim/snapshot';
import type { TcpState } from '../sim/state';

interface PackedSockets {
  count: number;
  strings: string[];
  /** key, name, state, local, remote, error: string ids (-1 for null). */
  text: Int32Array;
  /** id, recvQ, sendQ, iss, irs, sndUna, sndNxt, rcvNxt (NaN for null). */
  num: Float64Array;
  /** orphan, passive, owned: bits. */
  flags: Uint8Array;
  /** How many timers each socket has; theirs follow in order in timerText and timerNum. */
  timerCount: Uint8Array;
  timerKind: Int32Array;
  /** startedAt, expiresAt, attempt. */
  timerNum: Float64Array;
  /** The few listeners, by socket index. */
  listeners: [number, ListenerView][];
}

export interface PackedHost extends Omit<HostView, 'sockets'> {
  sockets: PackedSockets;
}

export interface PackedSnapshot extends Omit<Snapshot, 'hosts'> {
  hosts: PackedHost[];
}

const TEXT = 6;
const NUM = 8;

function packSockets(sockets: readonly SocketView[], transfer: ArrayBuffer[]): PackedSockets {
  const n = sockets.length;
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string | null): number => {
    if (s === null) return -1;
    let i = ids.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      ids.set(s, i);
    }
    return i;
  };
  const text = new Int32Array(n * TEXT);
  const num = new Float64Array(n * NUM);
  const flags = new Uint8Array(n);
  const timerCount = new Uint8Array(n);
  let timers = 0;
  for (const s of sockets) timers += s.timers.length;
  const timerKind = new Int32Array(timers);
  const timerNum = new Float64Array(timers * 3);
  const listeners: [number, ListenerView][] = [];
  let k = 0;
  sockets.forEach((s, i) => {
    const t = i * TEXT;
    text[t] = id(s.key);
    text[t + 1] = id(s.name);
    text[t + 2] = id(s.state);
    text[t + 3] = id(s.local);
    text[t + 4] = id(s.remote);
    text[t + 5] = id(s.error);
    const u = i * NUM;
    num[u] = s.id;
    num[u + 1] = s.recvQ;
    num[u + 2] = s.sendQ;
    num[u + 3] = s.iss;
    num[u + 4] = s.irs ?? Number.NaN;
    num[u + 5] = s.sndUna;
    num[u + 6] = s.sndNxt;
    num[u + 7] = s.rcvNxt ?? Number.NaN;
    flags[i] = (s.orphan ? 1 : 0) | (s.passive ? 2 : 0) | (s.owned ? 4 : 0);
    timerCount[i] = s.timers.length;
    for (const timer of s.timers) {
      timerKind[k] = id(timer.kind);
      timerNum[k * 3] = timer.startedAt;
      timerNum[k * 3 + 1] = timer.expiresAt;
      timerNum[k * 3 + 2] = timer.attempt;
      k++;
    }
    if (s.listener) listeners.push([i, s.listener]);
  });
  for (const a of [text, num, flags, timerCount, timerKind, timerNum]) {
    transfer.push(a.buffer as ArrayBuffer);
  }
  return { count: n, strings, text, num, flags, timerCount, timerKind, timerNum, listeners };
}

function unpackSockets(p: PackedSockets): SocketView[] {
  const { strings, text, num, flags, timerCount, timerKind, timerNum } = p;
  const str = (i: number): string | null => (i < 0 ? null : strings[i]!);
  const listeners = new Map(p.listeners);
  const out: SocketView[] = new Array<SocketView>(p.count);
  let k = 0;
  for (let i = 0; i < p.count; i++) {
    const t = i * TEXT;
    const u = i * NUM;
    const timers: TimerView[] = [];
    for (let j = 0; j < timerCount[i]!; j++, k++) {
      timers.push({
        kind: strings[timerKind[k]!] as TimerView['kind'],
        startedAt: timerNum[k * 3]!,
        expiresAt: timerNum[k * 3 + 1]!,
        attempt: timerNum[k * 3 + 2]!,
      });
    }
    const irs = num[u + 4]!;
    const rcvNxt = num[u + 7]!;
    const f = flags[i]!;
    out[i] = {
      id: num[u]!,
      key: strings[text[t]!]!,
      name: str(text[t + 1]!),
      state: strings[text[t + 2]!] as TcpState,
      local: strings[text[t + 3]!]!,
      remote: str(text[t + 4]!),
      recvQ: num[u + 1]!,
      sendQ: num[u + 2]!,
      timers,
      listener: listeners.get(i) ?? null,
      orphan: (f & 1) !== 0,
      passive: (f & 2) !== 0,
      owned: (f & 4) !== 0,
      error: str(text[t + 5]!),
      iss: num[u + 3]!,
      irs: Number.isNaN(irs) ? null : irs,
      sndUna: num[u + 5]!,
      sndNxt: num[u + 6]!,
      rcvNxt: Number.isNaN(rcvNxt) ? null : rcvNxt,
    };
  }
  return out;
}

/** The snapshot with its sockets packed, and the buffers to transfer with it. */
export function packSnapshot(snapshot: Snapshot): {
  packed: PackedSnapshot;
  transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  const hosts = snapshot.hosts.map((h) => ({ ...h, sockets: packSockets(h.sockets, transfer) }));
  return { packed: { ...snapshot, hosts }, transfer };
}

export function unpackSnapshot(packed: PackedSnapshot): Snapshot {
  return {
    ...packed,
    hosts: packed.hosts.map((h) => ({ ...h, sockets: unpackSockets(h.sockets) })),
  };
}
