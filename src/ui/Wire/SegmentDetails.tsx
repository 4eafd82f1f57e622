import { memo } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { CloseIcon, SegmentGlyph } from '../icons';
import { flagsLabel, segmentKind, segmentNumbers, senderName } from './segmentText';

/** The segment picked on the ladder: what it carries, why it was sent, what became of it. */
export const SegmentDetails = memo(function SegmentDetails() {
  const { t, format } = useLocale();
  const id = useSimStore((s) => s.selectedSegment);
  const life = useSimStore((s) => (id === null ? undefined : s.index.segmentById(id)));
  const select = useSimStore((s) => s.selectSegment);
  if (id === null || !life) return null;
  const send = life.send;
  const fate =
    life.end === 'deliver'
      ? t('segment.fate.deliver', { time: format.seconds(life.endAt!) })
      : life.end === 'drop'
        ? t('segment.fate.drop', {
            time: format.seconds(life.endAt!),
            reason: t(`drop.${life.dropReason!}`),
          })
        : t('segment.fate.none');
  return (
    <section
      className="details"
      aria-label={t('segment.heading', { id })}
      data-kind={segmentKind(send)}
    >
      <h3 className="details__title">
        <SegmentGlyph kind={segmentKind(send)} className="details__glyph" />
        {t('segment.heading', { id })} <span>{flagsLabel(send.flags)}</span>
      </h3>
      <p className="tcpsim-mono">{segmentNumbers(t, send).join(', ')}</p>
      <p>
        {t('segment.sentAt', {
          time: format.seconds(send.t),
          from: senderName(t, life),
          to: life.toHost ?? send.to,
        })}{' '}
        {t('segment.sentBecause', { why: t(`why.send.${send.why}`) })}
      </p>
      {send.retransmit && send.of !== undefined && <p>{t('wire.retransmitOf', { id: send.of })}</p>}
      <p>{fate}</p>
      <button type="button" onClick={() => select(null)}>
        <CloseIcon />
        {t('segment.clear')}
      </button>
    </section>
  );
});
