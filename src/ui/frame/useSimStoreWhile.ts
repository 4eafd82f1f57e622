/**
 * useSimStore for a view that may be out of sight: while `active` is false it keeps the value it
 * had and does not even run its selector, so a hidden view costs nothing per frame; it reads the
 * store again the moment it is active.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useSimStoreApi, type SimStoreState } from '../../store';

const NO_SUBSCRIPTION = () => () => {};

export function useSimStoreWhile<T>(active: boolean, selector: (state: SimStoreState) => T): T {
  const store = useSimStoreApi();
  const last = useRef<{ value: T } | null>(null);
  const read = useCallback(() => {
    if (!active && last.current) return last.current.value;
    const value = selector(store.getState());
    if (!last.current || !Object.is(last.current.value, value)) last.current = { value };
    return last.current.value;
  }, [active, selector, store]);
  return useSyncExternalStore(active ? store.subscribe : NO_SUBSCRIPTION, read, read);
}
