import { useCallback, type KeyboardEvent } from 'react';
import type { SimStore } from '../../store';

/** Where Space and the arrows already mean something, they keep their meaning. */
function ownsKeys(target: EventTarget, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return (target as HTMLInputElement).type !== 'range';
  if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A') return key === ' ';
  return false;
}

/**
 * Space plays or pauses, ← and → step between events: only while focus is inside this simulator
 * (the handler sits on its root, so two simulators on a page do not both answer).
 */
export function useSimulatorKeys(store: SimStore) {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (ownsKeys(e.target, e.key)) return;
      const s = store.getState();
      if (e.key === ' ') s.togglePlay();
      else if (e.key === 'ArrowLeft') s.stepBack();
      else if (e.key === 'ArrowRight') s.stepForward();
      else return;
      e.preventDefault();
    },
    [store],
  );
}
