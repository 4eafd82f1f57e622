/**
 * The user's own scenarios, kept in the browser (localStorage) under one versioned key. A corrupt
 * or older entry is reported and moved aside, never thrown at the app; nothing the user had is
 * deleted. The storage is passed in, so tests use a Map and the app uses window.localStorage.
 */
import type { Scenario } from '../sim/scenario/types';
import { parseScenario, type ScenarioIssue } from '../sim/scenario/validate';

export const STORAGE_KEY = 'tcpsim.scenarios.v1';
export const QUARANTINE_PREFIX = 'tcpsim.scenarios.quarantine.';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SavedScenario {
  id: string;
  name: string;
  savedAt: string;
  scenario: Scenario;
}

export type LoadProblem =
  | { kind: 'unreadable'; quarantinedAs: string }
  | { kind: 'invalid-entry'; name: string; issues: ScenarioIssue[]; quarantinedAs: string }
  | { kind: 'storage-unavailable' };

export interface LoadResult {
  scenarios: SavedScenario[];
  problems: LoadProblem[];
}

function quarantine(store: KeyValueStore, raw: string, stamp: string): string {
  const key = `${QUARANTINE_PREFIX}${stamp}`;
  try {
    store.setItem(key, raw);
  } catch {
    // Out of quota: the problem is still reported, and the original key is left as it was.
  }
  return key;
}

/** `stamp` names quarantine keys; the app passes the current time, tests a fixed string. */
export function loadSavedScenarios(store: KeyValueStore | null, stamp: string): LoadResult {
  if (!store) return { scenarios: [], problems: [{ kind: 'storage-unavailable' }] };
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { scenarios: [], problems: [{ kind: 'storage-unavailable' }] };
  }
  if (raw === null) return { scenarios: [], problems: [] };
  let entries: unknown;
  try {
    entries = JSON.parse(raw);
  } catch {
    entries = null;
  }
  if (!Array.isArray(entries)) {
    const quarantinedAs = quarantine(store, raw, stamp);
    store.setItem(STORAGE_KEY, '[]');
    return { scenarios: [], problems: [{ kind: 'unreadable', quarantinedAs }] };
  }
  const scenarios: SavedScenario[] = [];
  const problems: LoadProblem[] = [];
  const bad: unknown[] = [];
  entries.forEach((entry: unknown, i) => {
    const e = entry as Partial<SavedScenario> | null;
    const parsed = parseScenario(e?.scenario);
    const name = typeof e?.name === 'string' ? e.name : `#${i + 1}`;
    if (typeof e?.id === 'string' && parsed.ok) {
      scenarios.push({
        id: e.id,
        name,
        savedAt: typeof e.savedAt === 'string' ? e.savedAt : '',
        scenario: parsed.scenario,
      });
    } else {
      bad.push(entry);
      const issues = parsed.ok ? [{ path: 'id', message: 'missing' }] : parsed.issues;
      problems.push({ kind: 'invalid-entry', name, issues, quarantinedAs: '' });
    }
  });
  if (bad.length > 0) {
    const quarantinedAs = quarantine(store, JSON.stringify(bad), stamp);
    for (const p of problems) if (p.kind === 'invalid-entry') p.quarantinedAs = quarantinedAs;
    store.setItem(STORAGE_KEY, JSON.stringify(scenarios));
  }
  return { scenarios, problems };
}

export function saveScenarios(store: KeyValueStore, scenarios: readonly SavedScenario[]): boolean {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(scenarios));
    return true;
  } catch {
    return false;
  }
}
