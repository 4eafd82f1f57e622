/** Carries out one scenario step at its time: the application's calls and the faults. */
import { acceptOne, applyPolicy, call, connect, listen } from './app';
import { dropRule } from './link';
import { nextU32 } from './random';
import type { ConnectStep, FloodStep, Step } from './scenario/types';
import { SYN, type Endpoint } from './segment';
import { schedule } from './scheduler';
import type { Tcb } from './tcb';
import { fromSeconds } from './time';
import { emitCall, transmit, type HostState, type World } from './world';

export function hostNamed(w: World, name: string): HostState | undefined {
  const i = w.hostByName.get(name);
  return i === undefined ? undefined : w.hosts[i];
}

/**
 * `server:80` or `10.0.0.80:80`. One endpoint object per target, shared by every socket and
 * segment that goes there (endpoints are never mutated): 28,000 connections to one server made
 * 28,000 copies of it.
 */
export function resolveTarget(w: World, to: string): Endpoint {
  let target = w.targets.get(to);
  if (target) return target;
  const at = to.lastIndexOf(':');
  const who = to.slice(0, at);
  const port = Number(to.slice(at + 1));
  const host = hostNamed(w, who);
  target = { ip: host ? host.ip : who, port };
  w.targets.set(to, target);
  return target;
}

/** Sockets a step names: `*` (every connection socket the application holds), a name, or a key. */
function socketsNamed(w: World, host: HostState, ref: string): Tcb[] {
  if (ref === '*') {
    return [...w.socks.values()].filter(
      (s) => s.host === host.index && s.owned && !s.orphan && !s.listener && s.state !== 'CLOSED',
    );
  }
  const id = host.names.get(ref) ?? host.conns.get(ref);
  const sock = id === undefined ? undefined : w.socks.get(id);
  if (sock) return [sock];
  const listenerKey = ref.endsWith('>*') ? Number(ref.slice(ref.lastIndexOf(':') + 1, -2)) : NaN;
  const lid = host.listeners.get(listenerKey);
  const listener = lid === undefined ? undefined : w.socks.get(lid);
  return listener ? [listener] : [];
}

export function runStep(w: World, index: number): void {
  const step = w.steps[index]!;
  const host = 'host' in step && step.do !== 'firewall' ? hostNamed(w, step.host) : undefined;
  if (host?.vanished) return;
  switch (step.do) {
    case 'listen':
      return listen(w, host!, step.port, step.backlog ?? 128, step.as ?? null);
    case 'app':
      if (step.accept !== undefined) host!.app.accept = step.accept;
      if (step.read !== undefined) host!.app.read = step.read;
      if (step.closeOnEof !== undefined) host!.app.closeOnEof = step.closeOnEof;
      return applyPolicy(w, host!);
    case 'connect':
      return connectNth(w, index, 1);
    case 'send':
    case 'close':
    case 'shutdown':
    case 'abort': {
      const socks = socketsNamed(w, host!, step.socket);
      if (socks.length === 0) emitCall(w, host!, step.socket, step.do, 'EBADF');
      for (const s of socks) call(w, host!, s, step.do, step.do === 'send' ? step.bytes : 0);
      return;
    }
    case 'accept': {
      const ref = step.socket;
      const l = ref
        ? socketsNamed(w, host!, ref).find((s) => s.listener)
        : [...host!.listeners.values()].map((id) => w.socks.get(id)).find(Boolean);
      for (let i = 0; i < (step.count ?? 1); i++) {
        if (!l || !acceptOne(w, host!, l)) {
          emitCall(w, host!, ref ?? '*', 'accept', 'EAGAIN');
          break;
        }
      }
      return;
    }
    case 'drop': {
      const id = step.match.id;
      const flying = id === undefined ? undefined : w.inFlight.get(id);
      if (flying && flying.dropReason === null) {
        // A segment already on the wire (a click on it): lost where it is now.
        flying.dropAt = w.now;
        flying.dropReason = 'rule';
        schedule(w.queue, w.now, { k: 'lost', seg: flying.seg.id, reason: 'rule' });
        return;
      }
      w.dropRules.push(dropRule(step.match, step.count));
      return;
    }
    case 'firewall': {
      const fwHost = hostNamed(w, step.host)!;
      if (step.action === 'off') fwHost.firewall.delete(step.port);
      else fwHost.firewall.set(step.port, step.action);
      return;
    }
    case 'flood':
      return floodNth(w, index, 0);
    case 'vanish':
      host!.vanished = true;
      return;
    case 'set': {
      const { isn, ...rest } = step.settings;
      Object.assign(w.settings, rest);
      if (isn) Object.assign(w.settings.isn, isn);
      return;
    }
  }
}

/** The n-th connection of a connect step (n from 1); with `count`, the next is scheduled. */
export function connectNth(w: World, index: number, n: number): void {
  const step = w.steps[index] as ConnectStep;
  const host = hostNamed(w, step.host)!;
  if (host.vanished) return;
  const name = step.count !== undefined ? `${step.as ?? 'conn'}#${n}` : (step.as ?? null);
  connect(w, host, resolveTarget(w, step.to), {
    ...(step.port !== undefined ? { port: step.port } : {}),
    name,
    ...(step.closeAfter !== undefined ? { closeAfter: step.closeAfter } : {}),
  });
  if (step.count !== undefined && n < step.count) {
    schedule(w.queue, w.now + fromSeconds(step.interval ?? 0), {
      k: 'connect',
      step: index,
      n: n + 1,
    });
  }
}

/** One spoofed SYN from 198.18.0.0/15 (RFC 2544's benchmarking range); the next is scheduled. */
export function floodNth(w: World, index: number, n: number): void {
  const step = w.steps[index] as FloodStep;
  const r = nextU32(w.rng);
  const ip = `198.${18 + (r >>> 31)}.${(r >>> 8) & 0xff}.${r & 0xff}`;
  transmit(w, null, {
    src: { ip, port: 1024 + (nextU32(w.rng) % 64512) },
    dst: resolveTarget(w, step.to),
    flags: SYN,
    seq: nextU32(w.rng),
    ack: null,
    len: 0,
    window: 64240,
    options: null,
    retransmitOf: null,
    why: 'flood',
    spoofed: true,
  });
  if (n + 1 < step.count) {
    schedule(w.queue, w.now + Math.round(1e6 / step.rate), { k: 'flood', step: index, n: n + 1 });
  }
}

export type { Step };
