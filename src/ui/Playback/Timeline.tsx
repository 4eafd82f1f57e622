import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore, type SkippedInterval } from '../../store';
import { useLiveTime } from '../frame';
import { SkipIcon } from '../icons';

const TICK_WIDTH = 1000;
/** A skipped stretch narrower than this share of the timeline shows its icon, not its words. */
const LABEL_MIN_SHARE = 0.08;

/** One path for all event ticks (one per pixel column at most), never one node per event. */
export function ticksPath(times: Float64Array, duration: number): string {
  return pathOf(columnsOf(times, duration, 0, new Set()));
}

/** Adds the columns of times[from…] to `columns`. */
function columnsOf(times: Float64Array, duration: number, from: number, columns: Set<number>) {
  if (duration <= 0) return columns;
  for (let i = from; i < times.length; i++) {
    columns.add(Math.round((times[i]! / duration) * TICK_WIDTH));
  }
  return columns;
}

function pathOf(columns: Set<number>): string {
  return [...columns].map((x) => `M${x} 0V10`).join('');
}

/**
 * The ticks of a run that grows (streamed from the worker, a chunk at a time): only the new
 * events' columns are added, not every event's again for each chunk.
 */
export class GrowingTicks {
  #times: Float64Array = new Float64Array(0);
  #duration = -1;
  #columns = new Set<number>();

  path(times: Float64Array, duration: number): string {
    const known = this.#times.length;
    const grows =
      this.#duration === duration &&
      times.length >= known &&
      (known === 0 || times[known - 1] === this.#times[known - 1]);
    if (!grows) this.#columns = new Set();
    columnsOf(times, duration, grows ? known : 0, this.#columns);
    this.#times = times;
    this.#duration = duration;
    return pathOf(this.#columns);
  }
}

const Ticks = memo(function Ticks({ times, duration }: { times: Float64Array; duration: number }) {
  const [ticks] = useState(() => new GrowingTicks());
  const d = useMemo(() => ticks.path(times, duration), [ticks, times, duration]);
  return (
    <svg
      className="timeline__ticks"
      viewBox={`0 0 ${TICK_WIDTH} 10`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
});

function SkippedMarker({ gap, duration }: { gap: SkippedInterval; duration: number }) {
  const { t, format } = useLocale();
  const share = (gap.to - gap.from) / duration;
  const text = t('playback.skipped', { seconds: format.integer(gap.to - gap.from) });
  return (
    <li
      className="skip"
      style={{ left: `${(gap.from / duration) * 100}%`, width: `${share * 100}%` }}
      title={t('playback.skippedTitle', {
        from: format.seconds(gap.from),
        to: format.seconds(gap.to),
      })}
    >
      <span className="skip__label">
        <SkipIcon />
        <span className={share >= LABEL_MIN_SHARE ? undefined : 'tcpsim-vh'}>{text}</span>
      </span>
    </li>
  );
}

/**
 * The scrubber: a native range input over the ticks of every event and the skipped gaps. Its
 * value and spoken value follow playback by direct writes, so playing renders nothing here.
 */
export function Timeline() {
  const { t, format } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const duration = useSimStore((s) => s.duration);
  const times = useSimStore((s) => s.index.times);
  const skipped = useSimStore((s) => s.skipped);
  const seek = useSimStore((s) => s.seek);
  const stepBack = useSimStore((s) => s.stepBack);
  const stepForward = useSimStore((s) => s.stepForward);
  const fine = useSimStore((s) => s.source.kind === 'capture');

  const follow = useCallback(
    (time: number) => {
      const el = input.current;
      if (!el) return;
      const value = String(time);
      if (el.value !== value) el.value = value;
      el.setAttribute(
        'aria-valuetext',
        t('playback.timelineValue', {
          time: format.clock(time, fine),
          duration: format.clock(duration, fine),
        }),
      );
    },
    [t, format, duration, fine],
  );
  useLiveTime(follow);

  // The arrows step between events: a millisecond per key press would be useless here.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') stepBack();
    else if (e.key === 'ArrowRight' || e.key === 'ArrowUp') stepForward();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="timeline">
      <Ticks times={times} duration={duration} />
      <input
        className="timeline__range"
        type="range"
        min={0}
        max={duration}
        step={0.001}
        ref={input}
        aria-label={t('playback.timeline')}
        onChange={(e) => seek(Number(e.currentTarget.value))}
        onKeyDown={onKeyDown}
      />
      {skipped.length > 0 && (
        <ol className="timeline__skips">
          {skipped.map((gap) => (
            <SkippedMarker key={`${gap.from}`} gap={gap} duration={duration} />
          ))}
        </ol>
      )}
    </div>
  );
}
