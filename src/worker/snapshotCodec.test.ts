import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, BUILTIN_IDS } from '../sim/scenario/builtins/index';
import { createSimulation } from '../sim/simulation';
import { packSnapshot, unpackSnapshot } from './snapshotCodec';

describe('packed snapshots', () => {
  it.each(BUILTIN_IDS.filter((id) => id !== 'port-exhaustion'))(
    'come back equal to the snapshot, at several times of %s',
    (id) => {
      const sim = createSimulation(BUILTIN_SCENARIOS[id]);
      for (const t of [0.15, 1, 5, 30]) {
        sim.runUntil(t);
        const snapshot = sim.snapshot();
        const { packed, transfer } = packSnapshot(snapshot);
        const crossed = structuredClone(packed, { transfer });
        expect(unpackSnapshot(crossed)).toEqual(snapshot);
      }
    },
  );
});
