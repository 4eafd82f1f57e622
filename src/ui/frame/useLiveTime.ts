/**
 * Runs `onTime(time)` whenever the playback time moves, outside React, while `active`: the way a
 * view keeps a moving part (a line, a thumb, a number) in step with playback without rendering.
 * It also runs once when it starts or when `onTime` changes, so the part is right at once.
 */
import { useLayoutEffect, useRef } from 'react';
import { useSimStoreApi } from '../../store';
import { liveTimeOf, type LiveTime } from './liveTime';

export function useLiveTime(onTime: (time: number) => void, active = true): void {
  const store = useSimStoreApi();
  useLiveSource(liveTimeOf(store), onTime, active);
}

/** The same for any live time source (a component given one as a prop). */
export function useLiveSource(
  source: LiveTime | undefined,
  onTime: (time: number) => void,
  active = true,
): void {
  const latest = useRef(onTime);
  useLayoutEffect(() => {
    latest.current = onTime;
    if (source && active) onTime(source.get());
  }, [source, onTime, active]);
  useLayoutEffect(() => {
    if (!source || !active) return;
    return source.on('change', (t) => latest.current(t));
  }, [source, active]);
}
