import { useEffect, useState } from 'react';
import { useLocale } from '../../i18n';
import { useSimStoreApi } from '../../store';
import { announcement } from './announcements';

/**
 * A polite live region that reads out each state change as playback passes it
 * ("server: SYN_RECEIVED → ESTABLISHED on ACK 301"). Scrubbing backwards says nothing.
 */
export function StateAnnouncer() {
  const { t } = useLocale();
  const store = useSimStoreApi();
  const [text, setText] = useState('');

  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.index !== prev.index || s.time === prev.time) return;
        const said = announcement(t, s.index, prev.time, s.time);
        if (said) setText(said);
      }),
    [store, t],
  );

  return (
    <div
      className="tcpsim-vh"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label={t('announce.label')}
    >
      {text}
    </div>
  );
}
