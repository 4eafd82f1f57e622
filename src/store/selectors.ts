/** Derived answers the controls need, computed from the store's state (never stored twice). */
import { defaultSettings, type Settings } from '../sim/profile';
import type { Step } from '../sim/scenario/types';
import type { HostView, SocketView } from '../sim/snapshot';
import type { SimStoreData } from './createSimStore';
import { TIME_EPSILON } from './traceIndex';

type View = Pick<SimStoreData, 'scenario' | 'actions' | 'time' | 'snapshot' | 'hosts'>;

/** A setting as it stands at the playback time: profile, scenario, then `set` steps so far. */
export function settingAt<K extends keyof Settings>(s: View, key: K): Settings[K] {
  let value = { ...defaultSettings(s.scenario.profile ?? 'linux'), ...s.scenario.settings }[key];
  const sets = [...s.scenario.steps, ...s.actions]
    .map((step, order) => ({ step, order }))
    .filter(({ step }) => step.do === 'set' && step.at <= s.time + TIME_EPSILON)
    .sort((a, b) => a.step.at - b.step.at || a.order - b.order);
  for (const { step } of sets) {
    const settings = (step as Extract<Step, { do: 'set' }>).settings;
    if (settings[key] !== undefined) value = settings[key] as Settings[K];
  }
  return value;
}

export function hostView(s: Pick<SimStoreData, 'snapshot'>, name: string): HostView | undefined {
  return s.snapshot.hosts.find((h) => h.name === name);
}

function portOf(address: string): number {
  return Number(address.slice(address.lastIndexOf(':') + 1));
}

/** The listener a host has now, or null. */
export function listenerOf(s: Pick<SimStoreData, 'snapshot'>, name: string): SocketView | null {
  return hostView(s, name)?.sockets.find((sock) => sock.listener) ?? null;
}

/**
 * The port to connect to, flood or firewall on a host: where it listens now, else where the
 * scenario connects to it, else 80.
 */
export function servicePort(s: View, name: string): number {
  const listener = listenerOf(s, name);
  if (listener) return portOf(listener.local);
  for (const step of s.scenario.steps) {
    if (step.do === 'connect' && step.to.startsWith(`${name}:`)) return portOf(step.to);
    if (step.do === 'listen' && step.host === name) return step.port;
  }
  return 80;
}

/** A name for a new connection that no step or action has given on that host. */
export function freshSocketName(s: View, host: string, prefix = 'my'): string {
  const taken = new Set(
    [...s.scenario.steps, ...s.actions]
      .filter((step) => 'host' in step && step.host === host && 'as' in step && step.as)
      .map((step) => (step as { as: string }).as),
  );
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** How a step may refer to a socket: its scenario name, else its `local>remote` key. */
export function socketRef(sock: SocketView): string {
  return sock.name ?? sock.key;
}

const ACTIONABLE_LIMIT = 40;
const actionable = new WeakMap<HostView, SocketView[]>();

/**
 * The connection sockets a control can act on (listeners and orphans excluded), at most 40.
 * Kept per host view: selectors ask every frame, and a host may hold thousands of sockets.
 */
export function actionableSockets(host: HostView | undefined): SocketView[] {
  if (!host) return [];
  const cached = actionable.get(host);
  if (cached) return cached;
  const out: SocketView[] = [];
  for (const sock of host.sockets) {
    if (sock.listener || sock.orphan || !sock.owned) continue;
    out.push(sock);
    if (out.length >= ACTIONABLE_LIMIT) break;
  }
  actionable.set(host, out);
  return out;
}
