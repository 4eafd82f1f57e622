/**
 * The user's own scenarios, kept in the browser (localStorage) under one versioned key. A corrupt
 * or older entry is reported and moved aside, never thrown at the app; nothing the user had is
 * deleted: what cannot be copied aside (the storage is full) stays where it is, and the report
 * says so. The storage is passed in, so tests use a Map and the app uses window.localStorage.
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

/** `quarantinedAs`: the key the damaged data was copied to, or null when it could not be copied
 * and was left in the list untouched. */
export type LoadProblem =
  | { kind: 'unreadable'; quarantinedAs: string | null }
  | { kind: 'invalid-entry'; name: string; issues: ScenarioIssue[]; quarantinedAs: string | null }
  | { kind: 'storage-unavailable' };

export interface LoadResult {
  scenarios: SavedScenario[];
  problems: LoadProblem[];
}

/** Copies `raw` aside; the key, or null when it could not be written (out of quota). */
function quarantine(store: KeyValueStore, raw: string, stamp: string): string | null {
  const key = `${QUARANTINE_PREFIX}${stamp}`;
  try {
    store.setItem(key, raw);
    return store.getItem(key) === raw ? key : null;
  } catch {
    return null;
  }
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
    // Only once the copy is safe is the list started afresh; otherwise it is left as it is.
    if (quarantinedAs) store.setItem(STORAGE_KEY, '[]');
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
      problems.push({ kind: 'invalid-entry', name, issues, quarantinedAs: null });
    }
  });
  if (bad.length > 0) {
    const quarantinedAs = quarantine(store, JSON.stringify(bad), stamp);
    for (const p of problems) if (p.kind === 'invalid-entry') p.quarantinedAs = quarantinedAs;
    // The damaged entries leave the list only once their copy is safe.
    if (quarantinedAs) {
      try {
        store.setItem(STORAGE_KEY, JSON.stringify(scenarios));
      } catch {
        // Shrinking the list cannot run out of space; if it does, the list stays whole.
      }
    }
  }
  return { scenarios, problems };
}

/**
 * The entries of the stored list this version cannot use (left there because they could not be
 * copied aside), or null when the stored value is not a list at all.
 */
function unusableEntries(store: KeyValueStore): unknown[] | null {
  const raw = store.getItem(STORAGE_KEY);
  if (raw === null) return [];
  let entries: unknown;
  try {
    entries = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(entries)) return null;
  return entries.filter((entry: unknown) => {
    const e = entry as Partial<SavedScenario> | null;
    return typeof e?.id !== 'string' || !parseScenario(e.scenario).ok;
  });
}

/**
 * Writes the list. Entries stored that this version cannot use are kept after it, and a stored
 * value that is not a list at all is never overwritten (false): it was not copied aside.
 */
export function saveScenarios(store: KeyValueStore, scenarios: readonly SavedScenario[]): boolean {
  try {
    const keep = unusableEntries(store);
    if (keep === null) return false;
    store.setItem(STORAGE_KEY, JSON.stringify([...scenarios, ...keep]));
    return true;
  } catch {
    return false;
  }
}
