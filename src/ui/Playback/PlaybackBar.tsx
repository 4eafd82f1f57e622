import { useCallback, useId, useRef } from 'react';
import { useLocale } from '../../i18n';
import { SPEEDS, useSimStore } from '../../store';
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from '../icons';
import { useLiveTime } from '../frame';
import { Timeline } from './Timeline';
import './Playback.css';

/** Width of a clock's text in `ch` of a monospace font: a CJK character takes about two. */
function clockWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * The playback time as text: written straight into its node on each tick, never re-rendered.
 * Its box is as wide as the run's last time and contained (Playback.css): a new time then lays
 * out that box alone, not the page around it.
 */
function Clock() {
  const { t, format } = useLocale();
  const duration = useSimStore((s) => s.duration);
  // A capture's moments are microseconds apart on a LAN: its clock shows them.
  const fine = useSimStore((s) => s.source.kind === 'capture');
  const now = useRef<HTMLSpanElement>(null);
  const write = useCallback(
    (time: number) => {
      const text = t('playback.clock', { time: format.clock(time, fine) });
      if (now.current && now.current.textContent !== text) now.current.textContent = text;
    },
    [t, format, fine],
  );
  useLiveTime(write);
  return (
    <p className="clock">
      <span
        className="clock__now tcpsim-mono"
        ref={now}
        style={{
          width: `${clockWidth(t('playback.clock', { time: format.clock(duration, fine) }))}ch`,
        }}
      />{' '}
      <span className="clock__of">
        {t('playback.clockOf', { duration: format.seconds(duration) })}
      </span>
    </p>
  );
}

/** Play, pause, step, speed, and the timeline. */
export function PlaybackBar() {
  const { t } = useLocale();
  const speedId = useId();
  const playing = useSimStore((s) => s.playing);
  const speed = useSimStore((s) => s.speed);
  const togglePlay = useSimStore((s) => s.togglePlay);
  const stepBack = useSimStore((s) => s.stepBack);
  const stepForward = useSimStore((s) => s.stepForward);
  const setSpeed = useSimStore((s) => s.setSpeed);
  return (
    <section className="playback" part="controls playback" aria-label={t('playback.label')}>
      <div className="playback__row">
        <button type="button" onClick={stepBack} aria-keyshortcuts="ArrowLeft">
          <StepBackIcon />
          <span className="tcpsim-vh-narrow">{t('playback.stepBack')}</span>
        </button>
        <button
          type="button"
          className="playback__play"
          onClick={togglePlay}
          aria-keyshortcuts="Space"
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
          <span>{playing ? t('playback.pause') : t('playback.play')}</span>
        </button>
        <button type="button" onClick={stepForward} aria-keyshortcuts="ArrowRight">
          <StepForwardIcon />
          <span className="tcpsim-vh-narrow">{t('playback.stepForward')}</span>
        </button>
        <span className="playback__speed">
          <label htmlFor={speedId}>{t('playback.speed')}</label>
          <select
            id={speedId}
            value={speed}
            onChange={(e) => setSpeed(Number(e.currentTarget.value))}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t('playback.speedValue', { speed: s })}
              </option>
            ))}
          </select>
        </span>
        <Clock />
      </div>
      <Timeline />
    </section>
  );
}
