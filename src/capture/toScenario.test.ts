import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/scenario/validate';
import { createSimulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace';
import { parseCapture } from './capture';
import { inferRun } from './infer';
import { connectionToScenario } from './toScenario';

const read = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

function replay(name: string) {
  const parsed = parseCapture(read(name));
  const run = inferRun(parsed.connections, name);
  const scenario = connectionToScenario(parsed.connections[0]!, run, name);
  const checked = parseScenario(scenario);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  const sim = createSimulation(checked.scenario);
  sim.run();
  return { scenario, sim, run };
}

const states = (trace: readonly TraceEvent[], host: string) =>
  trace.flatMap((e) => (e.type === 'state' && e.host === host ? [e.to] : []));

describe('turning a capture into a scenario', () => {
  it('replays the handshake and close: the client closes first and ends in TIME_WAIT', () => {
    const { scenario, sim } = replay('handshake-close.pcap');
    expect(scenario.hosts).toEqual({ client: '10.77.0.1', server: '10.77.0.2' });
    expect(scenario.steps.map((s) => s.do)).toEqual([
      'listen',
      'app',
      'app',
      'connect',
      'send',
      'send',
      'close',
      'close',
    ]);
    expect(states(sim.trace, 'client')).toEqual([
      'SYN_SENT',
      'ESTABLISHED',
      'FIN_WAIT_1',
      'FIN_WAIT_2',
      'TIME_WAIT',
      'CLOSED',
    ]);
  });

  it('keeps the capture ports and initial sequence numbers', () => {
    const { scenario, sim, run } = replay('handshake-close.pcap');
    const firstSyn = sim.trace.find((e) => e.type === 'send');
    const captured = run.trace.find((e) => e.type === 'send');
    expect(firstSyn).toMatchObject({ seq: captured!.type === 'send' ? captured!.seq : -1 });
    expect(scenario.steps.find((s) => s.do === 'connect')).toMatchObject({ to: 'server:9000' });
  });

  it('an IPv6 capture gets stand-in IPv4 addresses and says so', () => {
    const { scenario } = replay('handshake-close-ipv6.pcap');
    expect(scenario.hosts.client).toBe('192.168.123.10');
    expect(scenario.description).toMatch(/stand-in IPv4/);
  });

  it('a refused connection replays as a SYN to a port nobody listens on', () => {
    const { scenario, sim } = replay('refused.pcap');
    expect(scenario.steps.some((s) => s.do === 'listen')).toBe(false);
    expect(sim.trace.some((e) => e.type === 'send' && e.flags === 'RST,ACK')).toBe(true);
  });
});
