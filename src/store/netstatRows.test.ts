import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, BUILTIN_IDS } from '../sim/scenario/builtins/index';
import { createSimulation } from '../sim/simulation';
import { hostRows } from './netstatRows';

const LIGHT = BUILTIN_IDS.filter((id) => id !== 'port-exhaustion');

describe('hostRows', () => {
  it.each(LIGHT)('prints what sim.netstat and sim.ss print for %s', (id) => {
    const sim = createSimulation(BUILTIN_SCENARIOS[id]);
    for (const t of [0.12, 0.2, 1.05, 2.07, 3.2, 12, 61, 140]) {
      sim.runUntil(t);
      for (const host of sim.snapshot().hosts) {
        const rows = hostRows(host);
        expect(rows.netstat).toEqual(sim.netstat(host.name));
        expect(rows.ss).toEqual(sim.ss(host.name));
      }
    }
  });
});
