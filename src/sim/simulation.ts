/**
 * createSimulation(scenario) → a simulation to run, step, snapshot and clone.
 * The loop pops the next event, carries it out, and records what happened in the trace.
 */
import type { NetstatRow, Simulation, SimulationOptions } from './api';
import { call } from './app';
import { newEffects } from './effects';
import { arrive } from './host';
import { effectiveBacklog, synackTimeout } from './listener';
import { queues, rows } from './netstat';
import { defaultSettings, type Settings } from './profile';
import { createRng, hash32, nextU32 } from './random';
import { parseScenario, ScenarioError } from './scenario/validate';
import type { Scenario, Step } from './scenario/types';
import { createQueue, peekTime, pop, schedule } from './scheduler';
import type { Snapshot, HostView, SocketView, TimerView } from './snapshot';
import { delayedAckTimeout, finWait2Timeout, retransmitTimeout, timeWaitTimeout } from './socket';
import type { TcpState } from './state';
import { socketKey, type Tcb } from './tcb';
import { fromSeconds, toSeconds } from './time';
import type { TraceEvent } from './trace';
import { runStep, connectNth, floodNth } from './steps';
import { applyEffects, hostOf, type SimEvent, type World } from './world';
import { cloneWorld } from './clone';
import { orderSteps, rebaseWorld } from './rebase';
import { TraceWriter } from './traceWriter';

const DEFAULT_END_S = 3600;

function buildSettings(scenario: Scenario): Settings {
  const s = defaultSettings(scenario.profile ?? 'linux');
  const { isn, ...rest } = scenario.settings ?? {};
  Object.assign(s, rest);
  if (isn) s.isn = { ...isn };
  return s;
}

function createWorld(scenario: Scenario, actions: readonly Step[]): World {
  const seed = scenario.seed ?? 1;
  const rng = createRng(seed);
  const names = Object.keys(scenario.hosts);
  const w: World = {
    scenario,
    steps: orderSteps(scenario, actions),
    settings: buildSettings(scenario),
    hosts: names.map((name, index) => ({
      index,
      name,
      ip: scenario.hosts[name]!,
      conns: new Map(),
      listeners: new Map(),
      names: new Map(),
      app: { accept: true, read: true, closeOnEof: true },
      firewall: new Map(),
      vanished: false,
      portCursor: new Map(),
      portsInUse: new Map(),
      portOffset: hash32(name, seed),
      tsOffset: hash32(`${name}/ts`, seed) % 1_000_000,
      ipId: hash32(`${name}/ip`, seed) & 0xffff,
    })),
    hostByIp: new Map(names.map((n, i) => [scenario.hosts[n]!, i])),
    hostByName: new Map(names.map((n, i) => [n, i])),
    targets: new Map(),
    socks: new Map(),
    nextSock: 1,
    nextSeg: 0,
    inFlight: new Map(),
    queue: createQueue<SimEvent>(),
    rng,
    now: 0,
    lastEventAt: -1,
    end: fromSeconds(scenario.until ?? DEFAULT_END_S),
    dropRules: [],
    cookieSecret: 0,
    trace: new TraceWriter(),
    deliveringId: 0,
    deliveringLine: 0,
  };
  w.cookieSecret = nextU32(rng);
  // Step i is the i-th event ever scheduled: rebase.ts relies on it.
  w.steps.forEach((step, i) => schedule(w.queue, fromSeconds(step.at), { k: 'step', step: i }));
  return w;
}

function dispatch(w: World, ev: SimEvent): void {
  switch (ev.k) {
    case 'step':
      return runStep(w, ev.step);
    case 'connect':
      return connectNth(w, ev.step, ev.n);
    case 'flood':
      return floodNth(w, ev.step, ev.n);
    case 'lost': {
      if (!w.inFlight.delete(ev.seg)) return;
      w.trace.push({ t: toSeconds(w.now), type: 'drop', id: ev.seg, reason: ev.reason });
      return;
    }
    case 'arrive': {
      const f = w.inFlight.get(ev.seg);
      w.inFlight.delete(ev.seg);
      if (f) arrive(w, f.seg, f.demux);
      return;
    }
    case 'timer': {
      const sock = w.socks.get(ev.sock);
      const slot = sock?.timers[ev.kind];
      if (!sock || !slot || slot.gen !== ev.gen || hostOf(w, sock).vanished) return;
      delete sock.timers[ev.kind];
      if (ev.kind === 'synack') return synackTimeout(w, sock);
      const fx = newEffects();
      if (ev.kind === 'retransmit') retransmitTimeout(sock, w.settings, fx, w.now);
      else if (ev.kind === 'time-wait') timeWaitTimeout(sock, fx);
      else if (ev.kind === 'delayed-ack') delayedAckTimeout(sock, fx);
      else finWait2Timeout(sock, fx);
      applyEffects(w, sock, fx);
      return;
    }
    case 'close-after': {
      const sock = w.socks.get(ev.sock);
      if (!sock || sock.orphan || hostOf(w, sock).vanished) return;
      return call(w, hostOf(w, sock), sock, 'close');
    }
  }
}

function timerViews(w: World, sock: Tcb): TimerView[] {
  const out: TimerView[] = [];
  for (const kind in sock.timers) {
    const slot = sock.timers[kind as TimerView['kind']];
    if (!slot) continue;
    out.push({
      kind: kind as TimerView['kind'],
      startedAt: toSeconds(slot.startedAt),
      expiresAt: toSeconds(slot.expiresAt),
      attempt: kind === 'synack' ? sock.synackTimeouts : sock.retransmits,
    });
  }
  return out;
}

function socketView(w: World, sock: Tcb): SocketView {
  const li = sock.listener;
  const key = socketKey(sock);
  const gt = key.indexOf('>');
  const q = queues(sock, 0, 'netstat');
  return {
    id: sock.id,
    key,
    name: sock.name,
    state: sock.state,
    local: key.slice(0, gt),
    remote: sock.remote ? key.slice(gt + 1) : null,
    recvQ: q.recvQ,
    sendQ: q.sendQ,
    timers: timerViews(w, sock),
    listener: li
      ? {
          backlog: effectiveBacklog(w, sock),
          synQueue: li.synQueue,
          acceptQueue: li.acceptQueue.length,
          maxSynBacklog: w.settings.maxSynBacklog,
          cookiesActive: w.settings.syncookies && li.synQueue >= effectiveBacklog(w, sock),
          cookiesSent: li.cookiesSent,
          synsDropped: li.synsDropped,
        }
      : null,
    orphan: sock.orphan,
    passive: sock.passive,
    owned: sock.owned,
    error: sock.error,
    iss: sock.iss,
    irs: sock.irs,
    sndUna: sock.sndUna,
    sndNxt: sock.sndNxt,
    rcvNxt: sock.irs === null ? null : sock.rcvNxt,
  };
}

class SimulationImpl implements Simulation {
  /** The trace as objects, built on first read and extended as the run goes on (tests, CLI). */
  private lines: TraceEvent[] = [];

  constructor(private w: World) {}

  get scenario(): Scenario {
    return this.w.scenario;
  }
  get settings(): Settings {
    return buildSettings(this.w.scenario);
  }
  get hostNames(): readonly string[] {
    return this.w.hosts.map((h) => h.name);
  }
  get trace(): readonly TraceEvent[] {
    const log = this.w.trace;
    for (let i = this.lines.length; i < log.length; i++) this.lines.push(log.at(i)!);
    return this.lines;
  }
  get log(): TraceWriter {
    return this.w.trace;
  }
  now(): number {
    return toSeconds(this.w.now);
  }
  endTime(): number {
    return toSeconds(this.w.end);
  }
  nextEventTime(): number | null {
    const at = peekTime(this.w.queue);
    return at === null || at > this.w.end ? null : toSeconds(at);
  }
  isFinished(): boolean {
    return this.nextEventTime() === null;
  }
  runUntil(t: number): void {
    const limit = Math.min(fromSeconds(t), this.w.end);
    const w = this.w;
    for (;;) {
      const at = peekTime(w.queue);
      if (at === null || at > limit) break;
      const entry = pop(w.queue)!;
      w.now = at;
      w.lastEventAt = at;
      dispatch(w, entry);
    }
    if (limit > w.now) w.now = limit;
  }
  stepEvent(): boolean {
    const at = this.nextEventTime();
    if (at === null) return false;
    this.runUntil(at);
    return true;
  }
  run(): void {
    const w = this.w;
    for (;;) {
      const at = peekTime(w.queue);
      if (at === null || at > w.end) break;
      const entry = pop(w.queue)!;
      w.now = at;
      w.lastEventAt = at;
      dispatch(w, entry);
    }
  }
  snapshot(): Snapshot {
    const w = this.w;
    const hosts: HostView[] = w.hosts.map((h) => ({
      name: h.name,
      ip: h.ip,
      vanished: h.vanished,
      app: { ...h.app },
      firewall: Object.fromEntries(h.firewall),
      sockets: [],
      counts: {},
    }));
    for (const sock of w.socks.values()) {
      if (sock.state === 'CLOSED') continue;
      const hv = hosts[sock.host]!;
      hv.sockets.push(socketView(w, sock));
      hv.counts[sock.state] = (hv.counts[sock.state] ?? 0) + 1;
    }
    for (const hv of hosts) hv.sockets.sort((a, b) => Number(!!b.listener) - Number(!!a.listener));
    const inFlight = [...w.inFlight.values()].map((f) => ({
      segment: f.event,
      sentAt: toSeconds(f.seg.sentAt),
      arrivesAt: toSeconds(f.arrivesAt),
      dropAt: f.dropAt === null ? null : toSeconds(f.dropAt),
      dropReason: f.dropReason,
    }));
    return { t: toSeconds(w.now), hosts, inFlight };
  }
  private hostSockets(host: string): Tcb[] {
    const i = this.w.hostByName.get(host);
    if (i === undefined) throw new Error(`no host named "${host}"`);
    return [...this.w.socks.values()].filter((s) => s.host === i);
  }
  netstat(host: string): NetstatRow[] {
    return rows(this.hostSockets(host), (l) => effectiveBacklog(this.w, l), 'netstat');
  }
  ss(host: string): NetstatRow[] {
    return rows(this.hostSockets(host), (l) => effectiveBacklog(this.w, l), 'ss');
  }
  clone(): Simulation {
    return new SimulationImpl(cloneWorld(this.w));
  }
  withActions(actions: readonly Step[]): Simulation | null {
    validated(this.w.scenario, actions);
    const w = rebaseWorld(this.w, actions);
    return w && new SimulationImpl(w);
  }
}

/** Checks the recorded actions with the scenario as one (ScenarioError lists every issue). */
function validated(scenario: Scenario, actions: readonly Step[]): void {
  if (actions.length === 0) return;
  const all = parseScenario({ ...scenario, steps: [...scenario.steps, ...actions] });
  if (!all.ok) throw new ScenarioError(all.issues);
}

/** Validates the scenario (throwing ScenarioError with every issue) and sets up the run at t = 0. */
export function createSimulation(scenario: unknown, options: SimulationOptions = {}): Simulation {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  const actions = options.actions ?? [];
  validated(parsed.scenario, actions);
  return new SimulationImpl(createWorld(parsed.scenario, actions));
}

/** Runs a scenario to its end and returns the trace. */
export function runScenario(
  scenario: unknown,
  options: SimulationOptions = {},
): readonly TraceEvent[] {
  const sim = createSimulation(scenario, options);
  sim.run();
  return sim.log.toArray();
}

export type { TcpState };
