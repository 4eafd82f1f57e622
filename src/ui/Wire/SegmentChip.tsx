import { memo, useCallback, useRef } from 'react';
import { useLocale } from '../../i18n';
import { segmentProgress, type SegmentLife } from '../../store';
import { CrossIcon, SegmentGlyph } from '../icons';
import { describeSegment, flagsLabel, segmentKind, segmentNumbers } from './segmentText';
import { laneOf } from './wireView';
import { glideStyle } from '../frame/glide';
import type { LiveTime } from '../frame/liveTime';
import { useLiveSource } from '../frame/useLiveTime';

/** Under reduced motion a segment sits at its start, the middle or its end: no gliding. */
function place(progress: number, reduced: boolean): number {
  return reduced ? Math.round(progress * 2) / 2 : progress;
}

export interface SegmentChipProps {
  life: SegmentLife;
  lost: boolean;
  live: LiveTime;
  reduced: boolean;
  selected: boolean;
  onDrop(id: number): void;
  /** A press opens the segment's details instead of dropping it. */
  explain?: boolean;
}

/**
 * A segment on the wire. Its position follows the playback time outside React, gliding between
 * the clock's ticks on the compositor (frame/glide.ts), so a moving chip costs no render and no
 * script per frame; React only hears of it when it appears, is lost or leaves.
 */
export const SegmentChip = memo(function SegmentChip({
  life,
  lost,
  live,
  reduced,
  selected,
  onDrop,
  explain = false,
}: SegmentChipProps) {
  const { t } = useLocale();
  const trackRef = useRef<HTMLLIElement>(null);
  const chipRef = useRef<HTMLElement | null>(null);
  // From the left edge: a chip travelling right to left starts at 1. The track spans the wire
  // and moves by that share of it; the chip moves back by the same share of its own width.
  const along = useCallback(
    (now: number) => {
      const p = place(segmentProgress(life, now), reduced);
      return life.leftToRight ? p : 1 - p;
    },
    [life, reduced],
  );
  const follow = useCallback(
    (now: number) => {
      const glide = reduced ? null : live.glide();
      // Where it stops (lands or is lost): the glide runs straight up to there, then stands.
      const breaks = [life.sentAt + life.stopAt * life.travel];
      const track = trackRef.current;
      const chip = chipRef.current;
      if (track) {
        glideStyle(track, 'transform', (x) => `translateX(${along(x) * 100}%)`, now, glide, breaks);
      }
      if (chip) {
        glideStyle(chip, 'transform', (x) => `translateX(${-along(x) * 100}%)`, now, glide, breaks);
      }
    },
    [live, life, reduced, along],
  );
  useLiveSource(live, follow);
  const start = along(live.get());
  const send = life.send;
  const kind = segmentKind(send);
  const description = describeSegment(t, life, lost);
  const body = (
    <>
      <span className="chip__head">
        <SegmentGlyph kind={kind} className="chip__glyph" />
        <span className="chip__flags">{flagsLabel(send.flags)}</span>
        {lost && <CrossIcon className="chip__cross" />}
      </span>
      <span className="chip__numbers tcpsim-mono">{segmentNumbers(t, send).join(' ')}</span>
      {send.retransmit && send.of !== undefined && (
        <span className="chip__note">{t('wire.retransmitOf', { id: send.of })}</span>
      )}
      {lost && life.dropReason && (
        <span className="chip__note">
          {t('wire.lost', { reason: t(`drop.${life.dropReason}`) })}
        </span>
      )}
    </>
  );
  return (
    <li
      ref={trackRef}
      className="chip-track"
      style={{
        transform: `translateX(${start * 100}%)`,
        top: `calc(${laneOf(life)} * var(--lane-height))`,
      }}
      data-direction={life.leftToRight ? 'right' : 'left'}
    >
      {lost ? (
        <div
          ref={(el) => {
            chipRef.current = el;
          }}
          className="chip"
          data-kind={kind}
          data-lost="true"
          data-retransmit={send.retransmit ? 'true' : undefined}
          style={{ transform: `translateX(${-start * 100}%)` }}
          role="img"
          aria-label={description}
        >
          {body}
        </div>
      ) : (
        <button
          ref={(el) => {
            chipRef.current = el;
          }}
          type="button"
          className="chip"
          data-kind={kind}
          data-retransmit={send.retransmit ? 'true' : undefined}
          data-selected={selected ? 'true' : undefined}
          style={{ transform: `translateX(${-start * 100}%)` }}
          aria-label={t('wire.segmentAction', {
            description,
            action: t(explain ? 'wire.pressToExplain' : 'wire.pressToDrop'),
          })}
          onClick={() => onDrop(send.id)}
        >
          {body}
        </button>
      )}
    </li>
  );
});
