import { useCallback, useId } from 'react';
import type { MessageKey } from '../../i18n';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { Ladder } from '../Ladder/Ladder';

/** The RFC 793 ladder of the whole run up to the playback time; an arrow picks its segment. */
export function LadderView() {
  const { t } = useLocale();
  const headingId = useId();
  const trace = useSimStore((s) => s.trace);
  const hosts = useSimStore((s) => s.hosts);
  const time = useSimStore((s) => s.time);
  const selected = useSimStore((s) => s.selectedSegment);
  const select = useSimStore((s) => s.selectSegment);
  // The ladder's keys are part of the dictionary (en.ts spreads them in).
  const translate = useCallback(
    (key: string, params?: Record<string, string | number>) => t(key as MessageKey, params),
    [t],
  );
  return (
    <section className="views__ladder" part="ladder" aria-labelledby={headingId}>
      <h2 id={headingId} className="views__title">
        {t('views.ladder')}
      </h2>
      <Ladder
        trace={trace}
        hosts={hosts}
        time={time}
        selectedSegment={selected}
        onSelectSegment={select}
        t={translate}
      />
    </section>
  );
}
