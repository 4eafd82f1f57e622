import { useId } from 'react';
import { useLocale } from '../../../i18n';
import { useSimStore } from '../../../store';
import { SegmentDetails } from '../../Teach/SegmentDetails';
import { latestSegmentAt } from './latestSegment';
import './Moment.css';

/**
 * The explanation of the current moment, under the ladder: the segment picked on the ladder or
 * the wire, else the one that just left, arrived or was lost — its fields, why it was sent and
 * what it changed. Subscribes to a segment id, so it renders when the answer changes, not per
 * frame.
 */
export function WhatJustHappened() {
  const { t, format } = useLocale();
  const headingId = useId();
  const selected = useSimStore((s) => s.selectedSegment);
  const latest = useSimStore((s) => latestSegmentAt(s.trace, s.time));
  // When the latest segment event happened: its arrival (or loss) once past, else its leaving.
  const at = useSimStore((s) => {
    const life = latest === null ? undefined : s.index.segmentById(latest);
    if (!life) return null;
    return life.endAt !== null && life.endAt <= s.time + 1e-7 ? life.endAt : life.sentAt;
  });
  // A capture's moments are microseconds apart on a LAN: they are written so.
  const fine = useSimStore((s) => s.source.kind === 'capture');
  const id = selected ?? latest;
  const heading =
    selected !== null
      ? t('screen.moment.pinned')
      : at !== null
        ? t('screen.moment.latest', { time: format.seconds(at, fine) })
        : undefined;
  return (
    <section className="tcpsim-moment tcpsim-panel" part="moment" aria-labelledby={headingId}>
      <h2 id={headingId} className="tcpsim-panel__title">
        {t('screen.moment')}
      </h2>
      {/* Scrolls when the explanation is longer than the dock: reachable by keyboard too. */}
      <div className="tcpsim-moment__body" tabIndex={0} role="group" aria-labelledby={headingId}>
        {id === null ? (
          <p className="tcpsim-moment__empty">{t('screen.moment.nothing')}</p>
        ) : (
          <SegmentDetails segment={id} heading={heading} />
        )}
      </div>
    </section>
  );
}
