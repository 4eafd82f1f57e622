import type { TimerView } from '../../sim/snapshot';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { TimerIcon } from '../icons';

/** A running kernel timer, counting down with playback. */
export function TimerCountdown({ timer }: { timer: TimerView }) {
  const { t, format } = useLocale();
  const time = useSimStore((s) => s.time);
  const span = Math.max(timer.expiresAt - timer.startedAt, 1e-9);
  const left = Math.min(span, Math.max(0, timer.expiresAt - time));
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
      <span className="timer__left tcpsim-mono">
        {t('timer.left', { seconds: format.clock(left) })}
      </span>
      <span className="timer__bar" aria-hidden="true">
        <span style={{ transform: `scaleX(${left / span})` }} />
      </span>
      <span className="timer__started">
        {t('timer.startedAt', { time: format.seconds(timer.startedAt) })}
      </span>
    </li>
  );
}
