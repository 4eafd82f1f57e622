/**
 * The application on each host: what it does when the kernel tells it something (a connection
 * to accept, data to read, EOF), under its policy (accept / read / closeOnEof), and the calls it
 * makes for the scenario's steps.
 */
import { newEffects, type Effects, type Notice } from './effects';
import { hash32, nextU32 } from './random';
import type { Segment } from './segment';
import { seqAdd } from './seq';
import { abort, activeOpen, close, send, shutdownWrite } from './socket';
import { newTcb, socketKey, type Tcb } from './tcb';
import { fromSeconds } from './time';
import type { CallName } from './trace';
import {
  applyEffects,
  emitCall,
  hostOf,
  removeSocket,
  sockLabel,
  type HostState,
  type World,
} from './world';
import { schedule } from './scheduler';

export function pickIsn(w: World, host: HostState, _seg?: Segment): number {
  const fixed = w.settings.isn[host.name];
  return fixed !== undefined ? fixed >>> 0 : nextU32(w.rng);
}

/** The kernel tells the application something about one of its sockets. */
export function onNotice(w: World, sock: Tcb, n: Notice): void {
  const host = hostOf(w, sock);
  switch (n.kind) {
    case 'connected':
      if (!sock.passive) {
        emitCall(w, host, sockLabel(sock), 'connect', 'ok');
        if (sock.closeAfter !== null) {
          schedule(w.queue, w.now + sock.closeAfter, { k: 'close-after', sock: sock.id });
        }
      }
      return;
    case 'data':
    case 'eof':
      if (sock.owned && host.app.read) readAll(w, host, sock);
      return;
    case 'error':
      if (!sock.owned) return;
      if (sock.state === 'CLOSED' && sock.error === 'ECONNREFUSED') {
        sock.errorReported = true;
        emitCall(w, host, sockLabel(sock), 'connect', 'ECONNREFUSED');
      } else if (sock.error === 'ETIMEDOUT' && !sock.irs && !sock.passive) {
        sock.errorReported = true;
        emitCall(w, host, sockLabel(sock), 'connect', 'ETIMEDOUT');
      } else if (host.app.read) {
        sock.errorReported = true;
        emitCall(w, host, sockLabel(sock), 'recv', n.error);
      }
      return;
    case 'established-passive':
    case 'closed':
      return;
  }
}

/** The application reads what is queued; at EOF it may close, as its policy says. */
function readAll(w: World, host: HostState, sock: Tcb): void {
  if (sock.unread > 0) {
    emitCall(w, host, sockLabel(sock), 'recv', 'ok', sock.unread);
    sock.unread = 0;
  }
  if (sock.finReceived && !sock.eofSeen) {
    sock.eofSeen = true;
    emitCall(w, host, sockLabel(sock), 'recv', 'EOF');
  }
  // Also reached when a stalled application is released: it closes what it saw end.
  if (sock.eofSeen && host.app.closeOnEof && !sock.orphan) {
    call(w, host, sock, 'close');
  }
}

/** A child finished its handshake: it is named, queued for accept(), and maybe accepted. */
export function childEstablished(w: World, l: Tcb, child: Tcb): void {
  const li = l.listener!;
  li.completed++;
  if (l.name) {
    child.name = `${l.name}#${li.completed}`;
    hostOf(w, l).names.set(child.name, child.id);
  }
  li.acceptQueue.push(child.id);
  const host = hostOf(w, l);
  if (host.app.accept) acceptOne(w, host, l);
}

export function acceptOne(w: World, host: HostState, l: Tcb): boolean {
  const li = l.listener!;
  while (li.acceptQueue.length > 0) {
    const id = li.acceptQueue.shift()!;
    const child = w.socks.get(id);
    if (!child) continue; // reset while it waited in the queue
    child.owned = true;
    emitCall(w, host, sockLabel(child), 'accept', 'ok');
    if (host.app.read) readAll(w, host, child);
    return true;
  }
  return false;
}

/** The application changed its policy: catch up with what it had left waiting. */
export function applyPolicy(w: World, host: HostState): void {
  if (host.app.accept) {
    for (const id of host.listeners.values()) {
      const l = w.socks.get(id);
      if (l) while (acceptOne(w, host, l));
    }
  }
  if (host.app.read) {
    for (const sock of w.socks.values()) {
      if (sock.host === host.index && sock.owned && !sock.orphan) readAll(w, host, sock);
    }
  }
}

/** A system call on a connection socket, with its result in the trace. */
export function call(
  w: World,
  host: HostState,
  sock: Tcb,
  what: Extract<CallName, 'close' | 'shutdown' | 'abort'> | 'send',
  bytes = 0,
): void {
  const fx: Effects = newEffects();
  const label = sockLabel(sock);
  let result: string;
  if (sock.listener && what !== 'send') {
    result = closeListener(w, host, sock);
  } else if (what === 'send') result = send(sock, bytes, w.settings, fx);
  else if (what === 'close') result = close(sock, w.settings, fx);
  else if (what === 'shutdown') result = shutdownWrite(sock, w.settings, fx);
  else result = abort(sock, w.settings, fx);
  emitCall(w, host, label, what, result, what === 'send' ? bytes : undefined);
  applyEffects(w, sock, fx);
  if ((what === 'close' || what === 'abort') && sock.state === 'CLOSED') removeSocket(w, sock);
}

/** close() on a listener: children never accepted are reset (inet_csk_listen_stop, ref §2.4). */
function closeListener(w: World, host: HostState, l: Tcb): string {
  const fx = newEffects();
  for (const id of l.listener!.acceptQueue) {
    const child = w.socks.get(id);
    if (!child) continue;
    const cfx = newEffects();
    child.orphan = true;
    abort(child, w.settings, cfx);
    applyEffects(w, child, cfx);
  }
  l.listener!.acceptQueue = [];
  l.orphan = true;
  const from = l.state;
  l.state = 'CLOSED';
  fx.transitions.push({ from, to: 'CLOSED', why: 'close' });
  applyEffects(w, l, fx);
  removeSocket(w, l);
  return 'ok';
}

export function listen(
  w: World,
  host: HostState,
  port: number,
  backlog: number,
  name: string | null,
) {
  const existing = host.listeners.get(port);
  if (existing !== undefined) {
    // listen() again on a listening socket changes its backlog.
    w.socks.get(existing)!.listener!.requested = backlog;
    emitCall(w, host, name ?? `${host.ip}:${port}>*`, 'listen', 'ok');
    return;
  }
  const l = newTcb(w.nextSock++, host.index, { ip: host.ip, port }, null, w.now, 0);
  l.name = name;
  l.owned = true;
  l.listener = {
    requested: backlog,
    synQueue: 0,
    young: 0,
    acceptQueue: [],
    completed: 0,
    cookiesSent: 0,
    synsDropped: 0,
    floodLogged: false,
  };
  w.socks.set(l.id, l);
  host.listeners.set(port, l.id);
  if (name) host.names.set(name, l.id);
  const fx = newEffects();
  fx.transitions.push({ from: 'CLOSED', to: 'LISTEN', why: 'listen' });
  l.state = 'LISTEN';
  applyEffects(w, l, fx);
  emitCall(w, host, sockLabel(l), 'listen', 'ok');
}

/**
 * connect(): an ephemeral port whose 4-tuple is free, searched as __inet_hash_connect does
 * (ref §2.7): from a per-destination offset, one parity first, then the other. TIME_WAIT holds
 * its 4-tuple unless tcp_tw_reuse lets a new connection take it over.
 */
export function connect(
  w: World,
  host: HostState,
  remote: { ip: string; port: number },
  opts: { port?: number; name: string | null; closeAfter?: number },
): Tcb | null {
  const label = opts.name ?? `${host.ip}:*>${remote.ip}:${remote.port}`;
  let reuse: Tcb | null = null;
  let port: number | null;
  if (opts.port !== undefined) {
    const key = `${host.ip}:${opts.port}>${remote.ip}:${remote.port}`;
    const holder = host.conns.get(key);
    port = holder === undefined ? opts.port : null;
    if (holder !== undefined) reuse = twReusable(w, w.socks.get(holder));
    if (reuse) port = opts.port;
  } else {
    ({ port, reuse } = ephemeralPort(w, host, remote));
  }
  if (port === null) {
    emitCall(w, host, label, 'connect', 'EADDRNOTAVAIL');
    return null;
  }
  let iss = pickIsn(w, host);
  if (reuse) {
    // A TIME_WAIT 4-tuple taken over: ISN beyond the old connection's (ref §2.7).
    iss = seqAdd(reuse.sndNxt, 65537);
    const fx = newEffects();
    fx.transitions.push({ from: 'TIME_WAIT', to: 'CLOSED', why: 'timewait-reuse' });
    reuse.state = 'CLOSED';
    applyEffects(w, reuse, fx);
    removeSocket(w, reuse);
  }
  const sock = newTcb(w.nextSock++, host.index, { ip: host.ip, port }, remote, w.now, 0);
  sock.name = opts.name;
  sock.owned = true;
  sock.closeAfter = opts.closeAfter !== undefined ? fromSeconds(opts.closeAfter) : null;
  w.socks.set(sock.id, sock);
  host.conns.set(socketKey(sock), sock.id);
  const dest = `${remote.ip}:${remote.port}`;
  host.portsInUse.set(dest, (host.portsInUse.get(dest) ?? 0) + 1);
  if (opts.name) host.names.set(opts.name, sock.id);
  const fx = newEffects();
  activeOpen(sock, iss, w.settings, fx);
  applyEffects(w, sock, fx);
  return sock;
}

function twReusable(w: World, tw: Tcb | undefined): Tcb | null {
  if (!tw || tw.state !== 'TIME_WAIT' || !w.settings.twReuse || !tw.tsOk) return null;
  // tcp_twsk_unique: only once the clock has moved past the last timestamp's second.
  return Math.floor(w.now / 1e6) > Math.floor(tw.tsRecentAt / 1e6) ? tw : null;
}

function ephemeralPort(
  w: World,
  host: HostState,
  remote: { ip: string; port: number },
): { port: number | null; reuse: Tcb | null } {
  const [low, high] = w.settings.portRange;
  const n = high - low + 1;
  const dest = `${remote.ip}:${remote.port}`;
  const start = (hash32(dest, host.portOffset) % n) & ~1;
  // Every port taken and none reusable: EADDRNOTAVAIL without walking 28,232 candidates again.
  if (!w.settings.twReuse && (host.portsInUse.get(dest) ?? 0) >= n)
    return { port: null, reuse: null };
  const cursor = host.portCursor.get(dest) ?? 0;
  const half = n >> 1;
  for (let i = 0; i < n; i++) {
    const k = (cursor + i) % n;
    // Even offsets first, then odd ones ("In first pass we try ports of @low parity").
    const offset =
      n % 2 === 1 ? (start + k) % n : (start + (k < half ? 2 * k : 2 * (k - half) + 1)) % n;
    const port = low + offset;
    if (host.listeners.has(port)) continue;
    const holder = host.conns.get(`${host.ip}:${port}>${dest}`);
    const reuse = holder === undefined ? null : twReusable(w, w.socks.get(holder));
    if (holder === undefined || reuse) {
      host.portCursor.set(dest, k + 1);
      return { port, reuse };
    }
  }
  return { port: null, reuse: null };
}

export { newTcb };
