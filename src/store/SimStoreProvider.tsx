/**
 * The thin React binding: one store per provider (as xyflow does), so several simulators can
 * share a page. useSimStore outside a provider fails loudly instead of reading someone else's.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createSimStore,
  type SimStore,
  type SimStoreOptions,
  type SimStoreState,
} from './createSimStore';

const SimStoreContext = createContext<SimStore | null>(null);

export interface SimStoreProviderProps {
  /** A store made by the caller; otherwise one is made once from `options`. */
  store?: SimStore;
  options?: SimStoreOptions;
  children: ReactNode;
}

export function SimStoreProvider({ store, options, children }: SimStoreProviderProps) {
  const [own] = useState(() => store ?? createSimStore(options));
  return <SimStoreContext.Provider value={store ?? own}>{children}</SimStoreContext.Provider>;
}

const OUTSIDE =
  'useSimStore was called outside a <SimStoreProvider>. Wrap the simulator in ' +
  '<SimStoreProvider> (each simulator on a page needs its own).';

export function useSimStoreApi(): SimStore {
  const store = useContext(SimStoreContext);
  if (!store) throw new Error(OUTSIDE);
  return store;
}

/** Reads a slice of the store; the selector must return a stable value (a field, not a new object). */
export function useSimStore<T>(selector: (state: SimStoreState) => T): T {
  return useStore(useSimStoreApi(), selector);
}
