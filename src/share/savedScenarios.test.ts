import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../sim/scenario/builtins';
import {
  loadSavedScenarios,
  QUARANTINE_PREFIX,
  saveScenarios,
  STORAGE_KEY,
  type KeyValueStore,
} from './savedScenarios';

function memory(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

const good = {
  id: 'a',
  name: 'Mine',
  savedAt: '2026-11-21',
  scenario: BUILTIN_SCENARIOS['half-close'],
};

describe('saved scenarios', () => {
  it('survive a save and a load', () => {
    const store = memory();
    saveScenarios(store, [good]);
    expect(loadSavedScenarios(store, 't1')).toEqual({ scenarios: [good], problems: [] });
  });

  it('keeps the good entries and moves a corrupt one aside, reporting it by name', () => {
    const broken = { id: 'b', name: 'Broken', scenario: { version: 1, hosts: 3 } };
    const store = memory({ [STORAGE_KEY]: JSON.stringify([good, broken]) });
    const result = loadSavedScenarios(store, 't2');
    expect(result.scenarios).toEqual([good]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: 'invalid-entry',
        name: 'Broken',
        quarantinedAs: `${QUARANTINE_PREFIX}t2`,
      }),
    ]);
    expect(JSON.parse(store.data.get(`${QUARANTINE_PREFIX}t2`)!)).toEqual([broken]);
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual([good]);
  });

  it('moves unreadable storage aside instead of crashing', () => {
    const store = memory({ [STORAGE_KEY]: '{not json' });
    const result = loadSavedScenarios(store, 't3');
    expect(result.problems).toEqual([
      { kind: 'unreadable', quarantinedAs: `${QUARANTINE_PREFIX}t3` },
    ]);
    expect(store.data.get(`${QUARANTINE_PREFIX}t3`)).toBe('{not json');
  });

  it('reports storage that cannot be read at all', () => {
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(loadSavedScenarios(throwing, 't').problems).toEqual([{ kind: 'storage-unavailable' }]);
    expect(loadSavedScenarios(null, 't').problems).toEqual([{ kind: 'storage-unavailable' }]);
  });
});
