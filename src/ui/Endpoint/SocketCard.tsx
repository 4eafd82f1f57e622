import { memo } from 'react';
import type { SocketView } from '../../sim/snapshot';
import { useLocale } from '../../i18n';
import { errnoMeaning } from '../format/errno';
import { stateTone } from '../format/stateTone';
import { FollowSocketButton } from '../Teach/FollowSocketButton';
import { ListenerQueues } from './ListenerQueues';
import { TimerCountdown } from './TimerCountdown';

/** One socket, its state in large type for the back of the room; pressed, the diagram follows it. */
export const SocketCard = memo(function SocketCard({
  socket,
  host,
}: {
  socket: SocketView;
  /** Its host: with it, the card picks the socket for the state diagram. */
  host?: string;
}) {
  const { t, format } = useLocale();
  const name = socket.name ?? (socket.listener ? t('endpoint.listener') : t('endpoint.unnamed'));
  return (
    <li className="socket" data-tone={stateTone(socket.state)}>
      <p className="socket__state">{socket.state}</p>
      <p className="socket__explain">{t(`state.${socket.state}`)}</p>
      <p className="socket__name">
        <strong>{name}</strong>{' '}
        <span className="tcpsim-mono">
          {socket.remote
            ? t('endpoint.tuple', { local: socket.local, remote: socket.remote })
            : socket.local}
        </span>
      </p>
      {!socket.listener && (
        <p className="socket__queues tcpsim-mono">
          {t('endpoint.queues', {
            recv: format.integer(socket.recvQ),
            send: format.integer(socket.sendQ),
          })}
        </p>
      )}
      {socket.orphan && <p className="socket__note">{t('endpoint.orphan')}</p>}
      {socket.error && (
        <p className="socket__note socket__note--error">
          {t('endpoint.error', { error: socket.error, meaning: errnoMeaning(t, socket.error) })}
        </p>
      )}
      {socket.listener && <ListenerQueues listener={socket.listener} />}
      {socket.timers.length > 0 && (
        <ul className="timers">
          {socket.timers.map((timer) => (
            <TimerCountdown key={timer.kind} timer={timer} />
          ))}
        </ul>
      )}
      {host !== undefined && <FollowSocketButton host={host} socket={socket} />}
    </li>
  );
});
