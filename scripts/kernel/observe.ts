/**
 * One shape for both runs: the segments each end sent and the states each socket went through,
 * with the simulator's addresses. The kernel run's addresses and ephemeral ports are mapped onto
 * the simulator's through the sockets' scenario names (c1, web#1, req#3).
 */
import { flagsToString } from '../../src/sim/segment';
import type { Simulation } from '../../src/sim/api';
import type { Scenario } from '../../src/sim/scenario/types';
import type { TcpState } from '../../src/sim/state';
import type { KernelEvent, KernelRun } from './kernel-run';

export interface ObservedSegment {
  t: number;
  src: string;
  dst: string;
  flags: string;
  seq: number;
  ack: number | null;
  len: number;
  delivered: boolean;
  /** The window field; null when it is not compared (see windowCompared). */
  window: number | null;
  /** The window scale option's shift, or null without one. */
  wscale: number | null;
}

/**
 * TCP_MSS_DEFAULT: Linux's first guess of the peer's segment size. A data segment at least this
 * long makes the receiver measure its buffer overhead per byte (tcp_measure_rcv_mss sets
 * scaling_ratio from the driver's skb truesize), and its window grows from then on by what that
 * overhead allows (tcp_grow_window). The model keeps the default ratio (ref §2.12), so a window
 * is compared only on segments sent before their sender received such a segment.
 */
export const WINDOW_REMEASURED_AT = 536;

export interface ObservedState {
  t: number;
  socket: string;
  to: TcpState;
  /** False when the time is a /proc sample's (2 ms polling by a userspace process): not compared. */
  timed?: boolean;
}

export interface Observation {
  segments: ObservedSegment[];
  states: ObservedState[];
  /** connect() results by socket name. */
  connects: Record<string, string>;
}

/** How long after the horizon a run goes on, so that every segment sent before it has a fate. */
export function fateTime(delayMs: number): number {
  return delayMs / 1000 + 0.1;
}

export function observeSimulation(sim: Simulation, horizon: number): Observation {
  sim.runUntil(horizon + fateTime(sim.settings.delayMs));
  const dropped = new Set<number>();
  // A segment a host's firewall drops, or a full queue inside it, has reached that host: its
  // capture shows it arrive.
  for (const e of sim.trace) {
    if (e.type === 'drop' && e.reason !== 'firewall' && e.reason !== 'queue-full')
      dropped.add(e.id);
  }
  const out: Observation = { segments: [], states: [], connects: {} };
  const sent = new Map<number, { to: string; len: number }>();
  const remeasured = new Set<string>();
  for (const e of sim.trace) {
    if (e.t > horizon && e.type !== 'deliver') continue;
    if (e.type === 'send' && !e.spoofed) {
      sent.set(e.id, { to: e.to, len: e.len });
      out.segments.push({
        t: e.t,
        src: e.from,
        dst: e.to,
        flags: e.flags,
        seq: e.seq,
        ack: e.ack,
        len: e.len,
        delivered: !dropped.has(e.id),
        window: remeasured.has(e.from) ? null : e.win,
        wscale: e.options?.windowScale ?? null,
      });
    } else if (e.type === 'deliver') {
      const s = sent.get(e.id);
      if (s && s.len >= WINDOW_REMEASURED_AT) remeasured.add(s.to);
    } else if (e.type === 'state') {
      out.states.push({ t: e.t, socket: e.socket, to: e.to });
    } else if (e.type === 'call' && e.call === 'connect') {
      out.connects[e.socket] = e.result;
    }
  }
  return out;
}

/** The socket keys the simulator gave each scenario name. */
export function simNames(sim: Simulation): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of sim.trace) if (e.type === 'state' && e.name) names.set(e.name, e.socket);
  return names;
}

const KERNEL_STATE: Record<string, TcpState> = {
  ESTABLISHED: 'ESTABLISHED',
  SYN_SENT: 'SYN_SENT',
  SYN_RECV: 'SYN_RECEIVED',
  FIN_WAIT1: 'FIN_WAIT_1',
  FIN_WAIT2: 'FIN_WAIT_2',
  TIME_WAIT: 'TIME_WAIT',
  CLOSE: 'CLOSED',
  CLOSE_WAIT: 'CLOSE_WAIT',
  LAST_ACK: 'LAST_ACK',
  LISTEN: 'LISTEN',
  CLOSING: 'CLOSING',
};

/** /proc/net/tcp `st` of the sockets the agent watches (include/net/tcp_states.h). */
const PROC_STATE: Record<number, TcpState> = { 3: 'SYN_RECEIVED', 5: 'FIN_WAIT_2', 6: 'TIME_WAIT' };

export function observeKernel(
  run: KernelRun,
  scenario: Scenario,
  names: Map<string, string>,
  horizon: number,
): Observation {
  // Address map: kernel ip → scenario ip; kernel local endpoint → simulator local endpoint.
  const ipMap = new Map<string, string>();
  for (const [h, ip] of Object.entries(run.ips)) ipMap.set(ip, scenario.hosts[h]!);
  const endpointMap = new Map<string, string>();
  const mapIp = (ep: string) => {
    const at = ep.lastIndexOf(':');
    return `${ipMap.get(ep.slice(0, at)) ?? ep.slice(0, at)}${ep.slice(at)}`;
  };
  // A connect() that failed at once (EADDRNOTAVAIL: no port) never had a local port or a state.
  const started = (e: KernelEvent): e is KernelEvent & { local: string } =>
    e.call === 'connect-start' && typeof e.local === 'string' && !e.local.endsWith(':0');
  for (const e of run.events) {
    if (started(e)) {
      const simKey = names.get(e.socket as string);
      if (simKey) endpointMap.set(e.local, simKey.split('>')[0]!);
    }
  }
  const ep = (k: string) => endpointMap.get(k) ?? mapIp(k);
  const key = (k: string) => {
    const [local, remote] = k.split('>');
    if (remote === '0.0.0.0:0') return `${ep(local!)}>*`;
    return `${ep(local!)}>${ep(remote!)}`;
  };

  const out: Observation = { segments: [], states: [], connects: {} };
  for (const s of run.sent) {
    if (s.t > horizon) continue;
    out.segments.push({
      t: s.t,
      src: ep(s.src),
      dst: ep(s.dst),
      flags: flagsToString(s.flags & 0x1f),
      seq: s.seq,
      ack: s.ack,
      len: s.len,
      delivered: s.delivered,
      window: s.window,
      wscale: s.wscale,
    });
  }
  for (const e of run.events) {
    if (e.call === 'connect' && e.result !== undefined) {
      out.connects[e.socket as string] = e.result as string;
    }
  }

  // States: the tracepoint for full sockets; /proc for request and timewait sockets.
  type Raw = { t: number; socket: string; tp?: string; from?: string; st?: number | null };
  const raw: Raw[] = [
    // connect() enters SYN_SENT before it picks the port (tcp_v4_connect): the tracepoint then
    // shows port 0, so SYN_SENT is taken from the call, whose local address the agent knows.
    ...run.events
      .filter(started)
      .map((e) => ({ t: e.t, socket: key(`${e.local}>${e.remoteAddr}`), tp: 'SYN_SENT' })),
    ...run.transitions
      .filter((x) => !/:0>/.test(x.socket))
      .map((x) => ({ t: x.t, socket: key(x.socket), tp: x.to, from: x.from })),
    ...run.events
      .filter((e) => typeof e.proc === 'string')
      .map((e) => ({ t: e.t, socket: key(e.proc as string), st: e.st as number | null })),
  ].sort((a, b) => a.t - b.t);
  const bySocket = new Map<string, Raw[]>();
  for (const r of raw) bySocket.set(r.socket, [...(bySocket.get(r.socket) ?? []), r]);
  // /proc/net/tcp is not read atomically: a socket moving from one table to another (a full
  // socket becoming a timewait sock) can be missing from one read. An absence followed within
  // 20 ms by the socket again is such a flicker, not an end.
  for (const [socket, list] of bySocket) {
    bySocket.set(
      socket,
      list.filter((r, i) => {
        if (r.st !== null) return true;
        const back = list.slice(i + 1).find((n) => n.st !== undefined);
        return !(back && back.st !== null && back.t - r.t < 0.02);
      }),
    );
  }
  for (const [socket, list] of bySocket) {
    let cur: TcpState | null = null;
    const push = (t: number, to: TcpState, timed = true) => {
      if (to === cur || t > horizon) return;
      cur = to;
      out.states.push({ t, socket, to, timed });
    };
    for (const [i, r] of list.entries()) {
      if (r.tp !== undefined) {
        const to = KERNEL_STATE[r.tp]!;
        if (to !== 'CLOSED') {
          // A passive SYN_RECV is traced when the full socket is made, at the final ACK; the
          // request sock that stood for it since the SYN is only in /proc: not timed.
          push(r.t, to, !(to === 'SYN_RECEIVED' && r.from === 'LISTEN'));
          continue;
        }
        // X → CLOSE is also how a socket becomes a timewait sock (tcp_time_wait → tcp_done):
        // what /proc shows next for the same 4-tuple tells TIME_WAIT or an orphan FIN_WAIT_2.
        // The timewait sock is hashed just before the full socket's tcp_done: /proc may show it a
        // little before the tracepoint's time, or, when the poller was slow, a while after.
        const next =
          list.find(
            (n) => n.st !== undefined && n.st !== null && n.st !== 5 && Math.abs(n.t - r.t) < 0.2,
          ) ?? list.slice(i + 1).find((n) => n.st === 5 && n.t - r.t < 0.2);
        // An orphaned FIN_WAIT2 becoming a timewait sock: /proc keeps showing it (st 5) until gone.
        const later = list.slice(i + 1).find((n) => n.st !== undefined);
        if (cur === 'FIN_WAIT_2' && later?.st === null && later.t - r.t > 0.01) continue;
        if (next?.st === 6) push(r.t, 'TIME_WAIT');
        else if (next?.st === 5) push(r.t, 'FIN_WAIT_2');
        else push(r.t, 'CLOSED');
      } else if (r.st === null) {
        // A timewait or request sock is gone (a full socket reports its own CLOSE).
        if (cur === 'TIME_WAIT' || cur === 'FIN_WAIT_2') push(r.t, 'CLOSED', false);
        if (cur === 'SYN_RECEIVED' && !list.slice(i + 1).some((n) => n.tp !== undefined))
          push(r.t, 'CLOSED', false);
      } else if (r.st !== undefined) {
        const to = PROC_STATE[r.st]!;
        if (to === 'SYN_RECEIVED' && cur !== null) continue; // the full socket already moved on
        if (to === 'FIN_WAIT_2' && cur !== 'FIN_WAIT_2') continue; // a full socket: traced
        push(r.t, to, false);
      }
    }
  }
  out.states.sort((a, b) => a.t - b.t);
  return out;
}

/**
 * A vanished host (power lost) does nothing more in the simulator; the kernel behind it goes on
 * (retransmits into the relay, which drops them; runs its timers). What it does after vanishing
 * never reaches the wire or anyone's view, so neither run's record of it is compared.
 */
export function withoutVanished(obs: Observation, scenario: Scenario): Observation {
  const gone = new Map<string, number>();
  for (const s of scenario.steps) {
    if (s.do === 'vanish') gone.set(scenario.hosts[s.host]!, s.at);
  }
  if (gone.size === 0) return obs;
  const hidden = (endpoint: string, t: number) => {
    const at = gone.get(endpoint.slice(0, endpoint.lastIndexOf(':')));
    return at !== undefined && t >= at;
  };
  return {
    ...obs,
    segments: obs.segments.filter((s) => !hidden(s.src, s.t)),
    states: obs.states.filter((s) => !hidden(s.socket.split('>')[0]!, s.t)),
  };
}
