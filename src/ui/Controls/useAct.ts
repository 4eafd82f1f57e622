import { useCallback } from 'react';
import { useSimStoreApi, type StepInput } from '../../store';

/** Records a user action at the playback time (the store keeps it, or says why not). */
export function useAct(): (step: StepInput) => boolean {
  const store = useSimStoreApi();
  return useCallback((step: StepInput) => store.getState().act(step), [store]);
}
