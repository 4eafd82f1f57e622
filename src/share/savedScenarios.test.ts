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

  describe('when storage is nearly full', () => {
    /** A store with a quota: a write that would pass `quota` characters in total throws. */
    function nearlyFull(initial: Record<string, string>, room: number) {
      const store = memory(initial);
      const used = () => [...store.data.values()].reduce((n, v) => n + v.length, 0);
      const quota = used() + room;
      return Object.assign(store, {
        setItem(k: string, v: string) {
          const before = store.data.get(k)?.length ?? 0;
          if (used() - before + v.length > quota)
            throw new DOMException('full', 'QuotaExceededError');
          store.data.set(k, v);
        },
      });
    }

    it('never deletes a damaged entry it could not copy aside, and says so', () => {
      const broken = { id: 'b', name: 'Broken', scenario: { version: 1, hosts: 3 } };
      const list = JSON.stringify([good, broken]);
      const store = nearlyFull({ [STORAGE_KEY]: list }, 10);
      const result = loadSavedScenarios(store, 't4');
      expect(result.scenarios).toEqual([good]);
      expect(result.problems).toEqual([
        expect.objectContaining({ kind: 'invalid-entry', name: 'Broken', quarantinedAs: null }),
      ]);
      expect(store.data.has(`${QUARANTINE_PREFIX}t4`)).toBe(false);
      expect(store.data.get(STORAGE_KEY)).toBe(list);
    });

    it('keeps the damaged entry when the list is saved again', () => {
      const broken = { id: 'b', name: 'Broken', scenario: { version: 1, hosts: 3 } };
      const store = nearlyFull({ [STORAGE_KEY]: JSON.stringify([good, broken]) }, 100_000);
      store.setItem('other-site-data', 'x'.repeat(99_990)); // the copy will not fit
      const { scenarios } = loadSavedScenarios(store, 't5');
      const second = { ...good, id: 'c', name: 'Second' };
      store.data.delete('other-site-data'); // room again, for the save
      expect(saveScenarios(store, [...scenarios, second])).toBe(true);
      expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual([good, second, broken]);
    });

    it('leaves an unreadable list in place when it cannot be copied, and will not overwrite it', () => {
      const store = nearlyFull({ [STORAGE_KEY]: '{not json' }, 3);
      expect(loadSavedScenarios(store, 't6').problems).toEqual([
        { kind: 'unreadable', quarantinedAs: null },
      ]);
      expect(store.data.get(STORAGE_KEY)).toBe('{not json');
      expect(saveScenarios(store, [good])).toBe(false);
      expect(store.data.get(STORAGE_KEY)).toBe('{not json');
    });
  });
});
