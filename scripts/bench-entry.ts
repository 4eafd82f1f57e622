/** What the core benchmark bundles: the core's entry points and the scenarios it times. */
import type { Scenario } from '../src/sim/scenario/types';

export { createSimulation } from '../src/sim/simulation';
export { BUILTIN_SCENARIOS } from '../src/sim/scenario/builtins';

const hosts = { client: '192.168.123.10', server: '10.0.0.80' };

export function floodScenario(count: number): Scenario {
  return {
    version: 1,
    seed: 7,
    hosts,
    steps: [
      { at: 0, host: 'server', do: 'listen', port: 80, backlog: 128 },
      { at: 0.1, do: 'flood', to: 'server:80', count, rate: 1000 },
    ],
  };
}

/** n short connections, each closed by the client at once, so each ends in TIME_WAIT. */
export function connectionsScenario(n: number): Scenario {
  return {
    version: 1,
    seed: 7,
    settings: { delayMs: 1 },
    hosts,
    steps: [
      { at: 0, host: 'server', do: 'listen', port: 80, backlog: 4096 },
      {
        at: 0.1,
        host: 'client',
        do: 'connect',
        to: 'server:80',
        as: 'req',
        count: n,
        interval: 0.001,
        closeAfter: 0,
      },
    ],
  };
}
