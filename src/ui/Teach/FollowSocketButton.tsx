import { useLocale } from '../../i18n';
import type { SocketView } from '../../sim/snapshot';
import { diagramSocket, useSimStore } from '../../store';
import { Icon } from '../icons/Icon';
import { socketLabel } from './socketLabel';

/** A small state diagram: two boxes and an arrow. Drawn, never typed. */
function DiagramIcon() {
  return (
    <Icon>
      <rect x="2.5" y="3" width="9" height="6" rx="1.5" />
      <rect x="12.5" y="15" width="9" height="6" rx="1.5" />
      <path d="M7 9v6.5a1.5 1.5 0 0 0 1.5 1.5H12" />
      <path d="M10 14.5 12.5 17 10 19.5" />
    </Icon>
  );
}

/**
 * Makes a socket's card pick it for the state diagram: a native toggle button whose hit area
 * covers the whole card (see Teach.css), pressed while the diagram follows this socket.
 */
export function FollowSocketButton({ host, socket }: { host: string; socket: SocketView }) {
  const { t } = useLocale();
  const followed = useSimStore((s) => {
    const ref = diagramSocket(s);
    return ref !== null && ref.host === host && ref.key === socket.key;
  });
  const selectSocket = useSimStore((s) => s.selectSocket);
  const label = socketLabel(t, { key: socket.key, name: socket.name, listener: !!socket.listener });
  return (
    <button
      type="button"
      className="socket__follow"
      aria-pressed={followed}
      onClick={() => selectSocket({ host, key: socket.key })}
    >
      <DiagramIcon />
      <span>{t('socket.follow')}</span>{' '}
      <span className="tcpsim-vh">{t('socket.followWhich', label)}</span>
    </button>
  );
}
