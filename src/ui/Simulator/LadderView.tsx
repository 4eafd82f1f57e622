import { useCallback, useId, useRef } from 'react';
import type { MessageKey } from '../../i18n';
import { useLocale } from '../../i18n';
import { useSimStore, useSimStoreApi } from '../../store';
import { liveTimeOf, useOnScreen } from '../frame';
import { Ladder } from '../Ladder/Ladder';

/** Presenter mode magnifies the ladder so its 11 px labels are drawn at 24 px or more. */
export const PRESENTER_ZOOM = 2.25;

/**
 * The RFC 793 ladder of the whole run up to the playback time; an arrow picks its segment. It
 * follows the playback time through a live source (the ladder renders only when its picture
 * changes) and not at all while it is out of sight.
 */
export function LadderView() {
  const { t } = useLocale();
  const headingId = useId();
  const store = useSimStoreApi();
  const ref = useRef<HTMLElement>(null);
  const active = useOnScreen(ref);
  const trace = useSimStore((s) => s.trace);
  const hosts = useSimStore((s) => s.hosts);
  const selected = useSimStore((s) => s.selectedSegment);
  const select = useSimStore((s) => s.selectSegment);
  const presenting = useSimStore((s) => s.presenter);
  // The ladder's keys are part of the dictionary (en.ts spreads them in).
  const translate = useCallback(
    (key: string, params?: Record<string, string | number>) => t(key as MessageKey, params),
    [t],
  );
  return (
    <section className="views__ladder" part="ladder" aria-labelledby={headingId} ref={ref}>
      <h2 id={headingId} className="views__title">
        {t('views.ladder')}
      </h2>
      <Ladder
        trace={trace}
        hosts={hosts}
        // Read, not subscribed: while on screen the live source moves it; off screen it waits.
        time={store.getState().time}
        live={active ? liveTimeOf(store) : undefined}
        selectedSegment={selected}
        onSelectSegment={select}
        t={translate}
        zoom={presenting ? PRESENTER_ZOOM : undefined}
      />
    </section>
  );
}
