import { useId } from 'react';
import type { HostView, SocketView } from '../../sim/snapshot';
import { useLocale } from '../../i18n';
import { hostView, useSimStore } from '../../store';
import { UnplugIcon, WarningIcon } from '../icons';
import { AppLane } from './AppLane';
import { SocketCard } from './SocketCard';
import { StateCounts } from './StateCounts';
import { VirtualSocketList } from './VirtualSocketList';
import './Endpoint.css';

/** More connections than this and the panel switches to counts and a scrolling list. */
const CARD_LIMIT = 4;
const NO_SOCKETS: SocketView[] = [];

function HostNotes({ host }: { host: HostView }) {
  const { t } = useLocale();
  const notes: { key: string; text: string; icon?: 'unplug' | 'warning' }[] = [];
  if (host.vanished) notes.push({ key: 'vanished', text: t('endpoint.vanished'), icon: 'unplug' });
  if (!host.app.closeOnEof)
    notes.push({ key: 'stalled', text: t('endpoint.stalled'), icon: 'warning' });
  if (!host.app.accept) notes.push({ key: 'accept', text: t('endpoint.noAccept') });
  if (!host.app.read) notes.push({ key: 'read', text: t('endpoint.noRead') });
  for (const [port, action] of Object.entries(host.firewall)) {
    notes.push({
      key: `fw${port}`,
      text: t('endpoint.firewall', { port, action: t(`endpoint.firewall.${action}`) }),
      icon: 'warning',
    });
  }
  if (notes.length === 0) return null;
  return (
    <ul className="endpoint__notes">
      {notes.map((n) => (
        <li key={n.key} className="endpoint__note">
          {n.icon === 'unplug' && <UnplugIcon />}
          {n.icon === 'warning' && <WarningIcon />}
          {n.text}
        </li>
      ))}
    </ul>
  );
}

/** One host: its sockets and their states, its timers and queues, its application's calls. */
export function EndpointPanel({ name, side }: { name: string; side: 'left' | 'right' }) {
  const { t } = useLocale();
  const headingId = useId();
  const host = useSimStore((s) => hostView(s, name));
  const sockets = host?.sockets ?? NO_SOCKETS;
  const listeners = sockets.filter((s) => s.listener);
  const connections = sockets.filter((s) => !s.listener);
  const crowded = connections.length > CARD_LIMIT;
  // When a crowded list's sockets are older than the playback time (a big host's snapshot
  // follows playback a moment later), since when; null when current (nothing happened since the
  // snapshot). Only the list shows it: read for the cards, the lag would render them often.
  const asOf = useSimStore((s) =>
    crowded && s.time >= s.snapshotUntil - 1e-6 ? s.snapshot.t : null,
  );
  return (
    <section
      className="endpoint"
      part="endpoint"
      data-side={side}
      data-vanished={host?.vanished ? 'true' : undefined}
      aria-labelledby={headingId}
    >
      <header className="endpoint__header">
        <h2 id={headingId} className="endpoint__name">
          {name}
        </h2>
        <span className="endpoint__ip tcpsim-mono">{host?.ip}</span>
      </header>
      {host && <HostNotes host={host} />}
      <h3 className="tcpsim-vh">{t('endpoint.sockets')}</h3>
      {sockets.length === 0 && <p className="endpoint__empty">{t('endpoint.noSockets')}</p>}
      {(listeners.length > 0 || !crowded) && (
        <ul className="endpoint__sockets">
          {(crowded ? listeners : sockets).map((sock) => (
            <SocketCard key={sock.id} socket={sock} host={name} />
          ))}
        </ul>
      )}
      {crowded && (
        <>
          <StateCounts host={name} />
          <VirtualSocketList sockets={connections} asOf={asOf} />
        </>
      )}
      <AppLane host={name} />
    </section>
  );
}
