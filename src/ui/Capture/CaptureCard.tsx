/**
 * The first tab under the instrument while a capture plays (where a scenario's card is): what
 * the capture cannot show, said on screen rather than only in the dialog. The inference's notes
 * (whose moments are estimated, a capture starting mid-connection, segments missing), what a
 * capture never holds, and why nothing here can be changed.
 */
import { useId } from 'react';
import { useFeatureStrings } from '../../i18n/featureStrings';
import { useSimStore } from '../../store';
import { noteTexts } from './noteText';
import { captureStrings } from './strings';

export default function CaptureCard() {
  const t = useFeatureStrings(captureStrings);
  const headingId = useId();
  const source = useSimStore((s) => (s.source.kind === 'capture' ? s.source : null));
  if (!source) return null;
  const { run } = source;
  return (
    <section className="card tcpsim-capture-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('capture.uncertain')}
      </h2>
      <ul>
        {noteTexts(run.notes, t).map((n) => (
          <li key={n}>{n}</li>
        ))}
        <li>{t('capture.time0', { time: new Date(run.origin * 1000).toISOString() })}</li>
        <li>{t('capture.notInCapture')}</li>
        <li>{t('capture.off')}</li>
      </ul>
    </section>
  );
}
