import { useId } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { HostActions } from './HostActions';
import { WireActions } from './WireActions';
import './Controls.css';

/** Everything a learner can do to the running scenario, each recorded as a step. */
export function ControlsPanel() {
  const { t, format } = useLocale();
  const headingId = useId();
  const hosts = useSimStore((s) => s.hosts);
  const recorded = useSimStore((s) => s.actions.length);
  const client = hosts[0]?.name;
  const server = hosts[1]?.name ?? null;
  if (!client) return null;
  return (
    <section className="controls" part="controls actions" aria-labelledby={headingId}>
      <header className="controls__header">
        <h2 id={headingId}>{t('controls.label')}</h2>
        <p className="controls__hint">{t('controls.hint')}</p>
        <p className="controls__recorded">
          {t('controls.recorded', { count: format.integer(recorded) })}
        </p>
      </header>
      <div className="controls__groups">
        <HostActions host={client} peer={server} role="client" />
        {server && <HostActions host={server} peer={client} role="server" />}
        <WireActions client={client} server={server} />
      </div>
    </section>
  );
}
