/**
 * Above the instrument while a capture plays: which file and connections, how SEQ/ACK are
 * counted, and the two ways out: turn it into a scenario to break it, or go back to the scenario
 * that was loaded before. One row, so that the ladder keeps its height; what the capture cannot
 * show is in the first tab under it (CaptureCard).
 */
import { useEffect, useId, useRef } from 'react';
import { peerText } from '../../capture/connections';
import { capturePlayback } from '../../capture/play';
import { connectionToScenario } from '../../capture/toScenario';
import { useLocale } from '../../i18n';
import { useFeatureStrings } from '../../i18n/featureStrings';
import { useSimStore, useSimStoreApi } from '../../store';
import { CaptureIcon } from '../Bridge/icons';
import { ResetIcon } from '../icons';
import { captureStrings } from './strings';
import './CaptureBanner.css';

/** Connections named one by one; past this, the rest are counted. */
const NAMED = 2;

export default function CaptureBanner() {
  const t = useFeatureStrings(captureStrings);
  const { t: tMain } = useLocale();
  const store = useSimStoreApi();
  const source = useSimStore((s) => (s.source.kind === 'capture' ? s.source : null));
  const ids = { heading: useId(), relative: useId() };
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Arriving from the dialog, the keyboard and the screen reader land here, not on the page.
  useEffect(() => headingRef.current?.focus(), []);

  if (!source) return null;
  const { back, connections, run } = source;
  const backName = back.builtinId
    ? tMain(`scenario.${back.builtinId}.title`)
    : (back.scenario.title ?? tMain('picker.custom'));

  /** Focus would be lost with the banner: the instrument takes it (Space plays there). */
  const leave = (work: () => void) => {
    const root = headingRef.current?.closest<HTMLElement>('.tcpsim');
    work();
    root?.focus();
  };

  const toScenario = () =>
    leave(() => {
      const first = connections[0];
      if (first) store.getState().loadScenario(connectionToScenario(first, run, source.file));
    });

  const switchNumbers = (relative: boolean) => {
    const s = store.getState();
    s.loadCapture(capturePlayback({ ...source, relative }), s.time);
  };

  return (
    <section className="tcpsim-capture-banner" aria-labelledby={ids.heading}>
      <CaptureIcon className="tcpsim-capture-banner__icon" />
      <h2 id={ids.heading} ref={headingRef} tabIndex={-1}>
        {t('capture.playing', { name: source.file })}
      </h2>
      <p className="tcpsim-capture-banner__connections tcpsim-mono">
        {connections.slice(0, NAMED).map((c) => (
          <span key={c.id}>
            {t('capture.connection', { id: c.id, from: peerText(c.a), to: peerText(c.b) })}
          </span>
        ))}
        {connections.length > NAMED && (
          <span>{t('capture.moreConnections', { count: connections.length - NAMED })}</span>
        )}
      </p>
      <span className="tcpsim-capture-banner__relative">
        <input
          id={ids.relative}
          type="checkbox"
          checked={source.relative}
          onChange={(e) => switchNumbers(e.currentTarget.checked)}
        />
        <label htmlFor={ids.relative} title={t('capture.relative')}>
          {t('capture.relativeShort')}
        </label>
      </span>
      <span className="tcpsim-capture-banner__actions">
        <button type="button" onClick={toScenario}>
          {t('capture.toScenario')}
        </button>
        <button
          type="button"
          // The short words on the button, the scenario it goes back to in its name.
          aria-label={t('capture.back', { name: backName })}
          title={t('capture.back', { name: backName })}
          onClick={() => leave(() => store.getState().backToScenario())}
        >
          <ResetIcon />
          {t('capture.backShort')}
        </button>
      </span>
    </section>
  );
}
