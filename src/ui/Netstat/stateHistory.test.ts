import { describe, expect, it } from 'vitest';
import { createSimulation, runScenario } from '../../sim/simulation';
import { BUILTIN_SCENARIOS, BUILTIN_IDS, type BuiltinId } from '../../sim/scenario/builtins';
import { TCP_STATES, NETSTAT_NAMES, type TcpState } from '../../sim/state';
import { countsAt, stateHistory } from './stateHistory';

/** Sockets per state as `netstat -ant` lists them, keyed by the trace's spelling. */
function netstatCounts(rows: readonly { state: string }[]): Partial<Record<TcpState, number>> {
  const byName = new Map(TCP_STATES.map((s) => [NETSTAT_NAMES[s], s]));
  const out: Partial<Record<TcpState, number>> = {};
  for (const r of rows) {
    const s = byName.get(r.state)!;
    out[s] = (out[s] ?? 0) + 1;
  }
  return out;
}

describe('stateHistory', () => {
  it('counts a handshake and close on each side', () => {
    const trace = runScenario(BUILTIN_SCENARIOS['lost-final-ack']);
    const server = stateHistory(trace, 'server');
    expect(countsAt(server, 0)).toEqual({ LISTEN: 1 });
    expect(countsAt(server, 0.15)).toEqual({ LISTEN: 1, SYN_RECEIVED: 1 });
    expect(countsAt(server, 1)).toEqual({ LISTEN: 1, ESTABLISHED: 1 });
    expect(countsAt(server, 2.05)).toEqual({ LISTEN: 1, LAST_ACK: 1 });
    expect(countsAt(server, 100)).toEqual({ LISTEN: 1 });
    const client = stateHistory(trace, 'client');
    expect(countsAt(client, 2.2)).toEqual({ TIME_WAIT: 1 });
    expect(countsAt(client, 62.4)).toEqual({});
    expect(client.end).toBe(62.4);
  });

  it('keeps one entry per instant, whatever happened within it', () => {
    // With ACKs at once the close has four segments and passes FIN_WAIT_2 (Linux's three do not).
    const trace = runScenario({
      ...BUILTIN_SCENARIOS['lost-final-ack'],
      settings: {
        ...BUILTIN_SCENARIOS['lost-final-ack'].settings,
        delayedAck: false,
        tailLossProbe: false,
      },
    });
    const client = stateHistory(trace, 'client');
    // FIN_WAIT_2 and TIME_WAIT both begin at 2.1: FIN_WAIT_2 goes up and down in that instant.
    expect(client.series.FIN_WAIT_2).toEqual({ times: [2.1], counts: [0] });
  });

  it('agrees with netstat at every second of every built-in scenario', () => {
    const ids = BUILTIN_IDS.filter((id) => id !== 'port-exhaustion');
    for (const id of ids as BuiltinId[]) {
      const full = runScenario(BUILTIN_SCENARIOS[id]);
      const sim = createSimulation(BUILTIN_SCENARIOS[id]);
      const end = Math.min(full[full.length - 1]!.t, 300);
      const hosts = Object.keys(BUILTIN_SCENARIOS[id].hosts);
      const histories = hosts.map((h) => stateHistory(full, h));
      for (let t = 0; t <= end + 1; t += 1) {
        sim.runUntil(t);
        hosts.forEach((host, i) => {
          expect(countsAt(histories[i]!, t), `${id} ${host} at ${t}`).toEqual(
            netstatCounts(sim.netstat(host)),
          );
        });
      }
    }
  });

  // How long it takes is measured by scripts/bench-views.ts, not asserted here (a busy machine
  // would fail a correct build).
  it('counts a 760,000-event trace (port exhaustion)', () => {
    const trace = runScenario(BUILTIN_SCENARIOS['port-exhaustion']);
    // Three segments per close on the Linux profile: about 762,000 events.
    expect(trace.length).toBeGreaterThan(750_000);
    const client = stateHistory(trace, 'client');
    const server = stateHistory(trace, 'server');
    expect(countsAt(client, 59).TIME_WAIT).toBe(28232);
    expect(countsAt(server, 59)).toEqual({ LISTEN: 1 });
  }, 60_000);
});
