/**
 * The user's own scenarios (kept in the browser through src/share/savedScenarios.ts) and what went
 * wrong with links, imports and storage, for one simulator. The scenario picker lists the saved
 * scenarios when this provider is present; without it (an embed) the picker shows built-ins only.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  saveScenarios,
  type KeyValueStore,
  type LoadResult,
  type SavedScenario,
} from '../../share/savedScenarios';
import type { Scenario } from '../../sim/scenario/types';
import { useSimStoreApi } from '../../store';
import type { Problem } from './problems';

export interface ShareContextValue {
  saved: readonly SavedScenario[];
  /** The saved scenario on show, when the store holds one. */
  currentSavedId: string | null;
  problems: readonly Problem[];
  report(problem: Problem): void;
  dismiss(index: number): void;
  /** Loads a saved scenario into the simulator. */
  selectSaved(id: string): void;
  /** Saves a scenario (or finds it already saved) and loads it; false when the core refuses it. */
  /** The entry loaded, and whether it could also be stored; null when it could not be loaded. */
  importScenario(
    scenario: Scenario,
    fallbackName: string,
  ): { entry: SavedScenario; stored: boolean } | null;
  removeSaved(id: string): SavedScenario | null;
}

const ShareContext = createContext<ShareContextValue | null>(null);

/** The saved scenarios and problems, or null outside a <ShareProvider>. */
export function useShare(): ShareContextValue | null {
  return useContext(ShareContext);
}

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `s${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
}

export function ShareProvider({
  storage,
  initial,
  initialProblems = [],
  children,
}: {
  storage: KeyValueStore | null;
  /** What loadSavedScenarios found at start-up (read once, before the first render). */
  initial: LoadResult;
  initialProblems?: readonly Problem[];
  children: ReactNode;
}) {
  const store = useSimStoreApi();
  const [saved, setSaved] = useState<readonly SavedScenario[]>(initial.scenarios);
  const [currentSavedId, setCurrentSavedId] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly Problem[]>(() => [
    ...initialProblems,
    ...initial.problems.map((problem): Problem => ({ kind: 'saved', problem })),
  ]);

  // A built-in chosen in the picker means no saved scenario is on show any more.
  useEffect(
    () =>
      store.subscribe((s) => {
        if (s.builtinId !== null) setCurrentSavedId(null);
      }),
    [store],
  );

  const report = useCallback((problem: Problem) => setProblems((list) => [...list, problem]), []);
  const dismiss = useCallback(
    (index: number) => setProblems((list) => list.filter((_, i) => i !== index)),
    [],
  );

  const persist = useCallback(
    (next: readonly SavedScenario[]): boolean => {
      setSaved(next);
      if (!storage || saveScenarios(storage, next)) return true;
      report({ kind: 'save-failed' });
      return false;
    },
    [storage, report],
  );

  const selectSaved = useCallback(
    (id: string) => {
      const entry = saved.find((s) => s.id === id);
      if (!entry) return;
      if (store.getState().loadScenario(entry.scenario, null)) setCurrentSavedId(id);
    },
    [saved, store],
  );

  const importScenario = useCallback(
    (
      scenario: Scenario,
      fallbackName: string,
    ): { entry: SavedScenario; stored: boolean } | null => {
      if (!store.getState().loadScenario(scenario, null)) return null;
      const text = JSON.stringify(scenario);
      let entry = saved.find((s) => JSON.stringify(s.scenario) === text);
      let stored = true;
      if (!entry) {
        entry = {
          id: newId(),
          name: scenario.title?.trim() || fallbackName,
          savedAt: new Date().toISOString(),
          scenario,
        };
        stored = persist([...saved, entry]);
      }
      setCurrentSavedId(entry.id);
      return { entry, stored };
    },
    [saved, store, persist],
  );

  const removeSaved = useCallback(
    (id: string): SavedScenario | null => {
      const entry = saved.find((s) => s.id === id) ?? null;
      if (!entry) return null;
      persist(saved.filter((s) => s.id !== id));
      if (currentSavedId === id) setCurrentSavedId(null);
      return entry;
    },
    [saved, persist, currentSavedId],
  );

  const value = useMemo(
    () => ({
      saved,
      currentSavedId,
      problems,
      report,
      dismiss,
      selectSaved,
      importScenario,
      removeSaved,
    }),
    [saved, currentSavedId, problems, report, dismiss, selectSaved, importScenario, removeSaved],
  );
  return <ShareContext.Provider value={value}>{children}</ShareContext.Provider>;
}
