import { motion, useTransform, type MotionValue } from 'framer-motion';
import { memo } from 'react';
import { useLocale } from '../../i18n';
import { segmentProgress, type SegmentLife } from '../../store';
import { CrossIcon, SegmentGlyph } from '../icons';
import { describeSegment, flagsLabel, segmentKind, segmentNumbers } from './segmentText';
import { laneOf } from './wireView';

/** Under reduced motion a segment sits at its start, the middle or its end: no gliding. */
function place(progress: number, reduced: boolean): number {
  return reduced ? Math.round(progress * 2) / 2 : progress;
}

export interface SegmentChipProps {
  life: SegmentLife;
  lost: boolean;
  time: MotionValue<number>;
  reduced: boolean;
  selected: boolean;
  onDrop(id: number): void;
  /** A press opens the segment's details instead of dropping it. */
  explain?: boolean;
}

/**
 * A segment on the wire. Its position follows the playback time through motion values, so a
 * moving chip costs no React render per frame; React only hears of it when it appears, is lost
 * or leaves.
 */
export const SegmentChip = memo(function SegmentChip({
  life,
  lost,
  time,
  reduced,
  selected,
  onDrop,
  explain = false,
}: SegmentChipProps) {
  const { t } = useLocale();
  // From the left edge: a chip travelling right to left starts at 1.
  const along = useTransform(time, (now) => {
    const p = place(segmentProgress(life, now), reduced);
    return life.leftToRight ? p : 1 - p;
  });
  const track = useTransform(along, (x) => `${x * 100}%`);
  const self = useTransform(along, (x) => `${-x * 100}%`);
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
    <motion.li
      className="chip-track"
      style={{ x: track, top: `calc(${laneOf(life)} * var(--lane-height))` }}
      initial={reduced ? false : { opacity: 0 }}
      animate={{ opacity: 1 }}
      transition={{ duration: 0.15 }}
      data-direction={life.leftToRight ? 'right' : 'left'}
    >
      {lost ? (
        <motion.div
          className="chip"
          data-kind={kind}
          data-lost="true"
          data-retransmit={send.retransmit ? 'true' : undefined}
          style={{ x: self }}
          role="img"
          aria-label={description}
        >
          {body}
        </motion.div>
      ) : (
        <motion.button
          type="button"
          className="chip"
          data-kind={kind}
          data-retransmit={send.retransmit ? 'true' : undefined}
          data-selected={selected ? 'true' : undefined}
          style={{ x: self }}
          aria-label={t('wire.segmentAction', {
            description,
            action: t(explain ? 'wire.pressToExplain' : 'wire.pressToDrop'),
          })}
          onClick={() => onDrop(send.id)}
        >
          {body}
        </motion.button>
      )}
    </motion.li>
  );
});
