import { useCallback, useRef } from 'react';
import type { TimerView } from '../../sim/snapshot';
import { useLocale } from '../../i18n';
import { useLiveTime } from '../frame';
import { TimerIcon } from '../icons';

function remaining(timer: TimerView, time: number): number {
  const span = Math.max(timer.expiresAt - timer.startedAt, 1e-9);
  return Math.min(span, Math.max(0, timer.expiresAt - time));
}

/**
 * A running kernel timer, counting down with playback: the time left and the bar follow playback
 * by direct writes, so a countdown renders nothing per frame.
 */
export function TimerCountdown({ timer }: { timer: TimerView }) {
  const { t, format } = useLocale();
  const text = useRef<HTMLSpanElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const span = Math.max(timer.expiresAt - timer.startedAt, 1e-9);
  const follow = useCallback(
    (time: number) => {
      const left = remaining(timer, time);
      const words = t('timer.left', { seconds: format.clock(left) });
      if (text.current && text.current.textContent !== words) text.current.textContent = words;
      if (bar.current) bar.current.style.transform = `scaleX(${left / span})`;
    },
    [timer, span, t, format],
  );
  useLiveTime(follow);
  const counted = timer.kind === 'retransmit' || timer.kind === 'synack';
  return (
    <li className="timer">
      <span className="timer__name">
        <TimerIcon />
        {t(`timer.${timer.kind}`)}
        {counted && (
          <span className="timer__attempt">{t('timer.attempt', { attempt: timer.attempt })}</span>
        )}
      </span>
      <span className="timer__left tcpsim-mono" ref={text} />
      <span className="timer__bar" aria-hidden="true">
        <span ref={bar} />
      </span>
      <span className="timer__started">
        {t('timer.startedAt', { time: format.seconds(timer.startedAt) })}
      </span>
    </li>
  );
}
