/**
 * How each built-in is replayed on the kernel: how long (scenario seconds), which settings are
 * shortened (in both runs alike, as sysctls on the kernel), and what cannot be replayed, with why.
 */
import { BUILTIN_SCENARIOS, type BuiltinId } from '../../src/sim/scenario/builtins/index';
import type { Settings } from '../../src/sim/profile';
import type { Scenario } from '../../src/sim/scenario/types';

export interface ReplayPlan {
  id: string;
  scenario: Scenario;
  /** Seconds of scenario time compared. */
  horizon: number;
  /** Applied to the scenario's settings in both runs (sysctls on the kernel). */
  overrides: Partial<Settings>;
  notes: string[];
  /** Set when the kernel run is not made, with the reason. */
  notReplayed?: string;
}

type PlanSpec = Omit<ReplayPlan, 'id' | 'scenario'> & {
  /** The built-in as replayed, when its steps must be cut to fit the run (said in the notes). */
  adapt?: (scenario: Scenario) => Scenario;
};

const WHEEL_NOTE =
  "From 7 s the first requests give up (their third SYN-ACK timer, 4 s long): the kernel's timer wheel fires such timers together on 256 ms ticks (kernel/time/timer.c), the model's on time, so which forged SYNs then find room in the queue differs";

const TIME_WAIT_NOTE =
  'stops before TIME_WAIT ends: its 60 s is TCP_TIMEWAIT_LEN (include/net/tcp.h), a constant, not a sysctl';

const PLANS: Record<BuiltinId, PlanSpec> = {
  'handshake-and-close': { horizon: 3, overrides: {}, notes: [TIME_WAIT_NOTE] },
  'simultaneous-open': { horizon: 3, overrides: {}, notes: [TIME_WAIT_NOTE] },
  'simultaneous-close': { horizon: 3, overrides: {}, notes: [TIME_WAIT_NOTE] },
  'no-listener': { horizon: 1, overrides: {}, notes: [] },
  'firewall-drop': {
    horizon: 12,
    overrides: {},
    notes: [
      'only the SYNs of the first 12 s are compared; connect() fails at 131 s (127 s before Linux 6.5)',
    ],
  },
  'syn-flood': {
    horizon: 7,
    overrides: {},
    notes: [
      `the first 7 s of the 200 s flood: the queue fills and the client's SYNs are dropped (its connect() fails at 131 s). ${WHEEL_NOTE}`,
    ],
  },
  'syn-flood-cookies': {
    horizon: 7,
    overrides: {},
    notes: [
      `the first 7 s of the 10 s flood, the client's connection and close included. ${WHEEL_NOTE}`,
    ],
  },
  'lost-final-ack': { horizon: 4, overrides: {}, notes: [TIME_WAIT_NOTE] },
  'close-wait-leak': {
    horizon: 15,
    overrides: { finTimeout: 3 },
    notes: [
      'tcp_fin_timeout = 3 (default 60) so that the orphaned FIN_WAIT_2 sockets end within the run',
    ],
  },
  'port-exhaustion': {
    horizon: 0.5,
    overrides: { portRange: [32768, 32867] },
    adapt: (sc) => ({
      ...sc,
      steps: sc.steps.map((s) => (s.do === 'connect' ? { ...s, count: 150 } : s)),
    }),
    notes: [
      'ip_local_port_range = 32768 32867 (100 ports; default 28,232) and 150 connections (not 28,300), so that the ports run out after 0.2 s rather than 28 s: connect() fails with EADDRNOTAVAIL from the 101st on',
    ],
  },
  'server-shutdown': {
    horizon: 10,
    overrides: { orphanRetries: 2 },
    notes: [
      'tcp_orphan_retries = 2 (default 0, meaning 8) so that the FIN_WAIT_1 sockets give up within the run',
    ],
  },
  'killed-load-test': {
    horizon: 10,
    overrides: { orphanRetries: 2 },
    notes: [
      'tcp_orphan_retries = 2 (default 0, meaning 8) so that the LAST_ACK sockets give up within the run',
    ],
  },
  'client-vanishes': {
    horizon: 36,
    overrides: { retries2: 3 },
    notes: [
      'tcp_retries2 = 3 (default 15, about 15 minutes) so that the server gives up within the run',
    ],
  },
  'half-close': { horizon: 5, overrides: {}, notes: [TIME_WAIT_NOTE] },
};

export function builtinPlans(): ReplayPlan[] {
  const plans: ReplayPlan[] = Object.entries(PLANS).map(([id, { adapt, ...p }]) => {
    const scenario = BUILTIN_SCENARIOS[id as BuiltinId];
    return { id, scenario: adapt ? adapt(scenario) : scenario, ...p };
  });
  // The variant: the final ACK lost three times, so the FIN is retransmitted three times.
  const lost = BUILTIN_SCENARIOS['lost-final-ack'];
  plans.push({
    id: 'lost-final-ack-x3',
    scenario: {
      ...lost,
      title: `${lost.title ?? ''} (the final ACK lost three times)`,
      steps: lost.steps.map((s) =>
        s.do === 'drop' ? { ...s, match: { ...s.match, count: 3 } } : s,
      ),
    },
    horizon: 5,
    overrides: {},
    notes: [TIME_WAIT_NOTE],
  });
  return plans;
}

/** A scenario file given on the command line: replayed for as long as its steps last, plus 5 s. */
export function filePlan(id: string, scenario: Scenario): ReplayPlan {
  const last = Math.max(0, ...scenario.steps.map((s) => s.at));
  const horizon = Math.min(scenario.until ?? last + 5, last + 30);
  return { id, scenario, horizon, overrides: {}, notes: [`compared up to ${horizon} s`] };
}

/** Why a scenario cannot run on the kernel at all, or null. */
export function unreplayable(plan: ReplayPlan): string | null {
  if (plan.notReplayed) return plan.notReplayed;
  const sc = plan.scenario;
  if (sc.profile === 'rfc9293') return 'its profile is RFC 9293; the kernel is Linux';
  if (Object.keys(sc.hosts).length !== 2) return 'a replay has two hosts';
  for (const s of sc.steps) {
    if (s.do === 'set') return 'settings changed mid-run are not replayed';
    if (s.do === 'drop' && s.match.id !== undefined) return 'a drop of one segment by id (a click)';
  }
  const st = { ...sc.settings, ...plan.overrides };
  if (st.lossRate) return 'random loss is the seed’s, the kernel’s would differ';
  if (st.msl !== undefined && st.msl !== 30) return 'TIME_WAIT is 60 s on Linux, not settable';
  if (st.linuxWindows === false) return 'its windows are RFC 9293’s, not Linux’s';
  if (typeof st.windowScale === 'number') return 'Linux chooses the window scale from tcp_rmem';
  return null;
}
