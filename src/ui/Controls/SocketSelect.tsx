import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLocale } from '../../i18n';
import { actionableSockets, hostView, socketRef, useSimStore } from '../../store';

export const ALL_SOCKETS = '*';

/** The sockets of a host's application, by the names steps use; `*` for every connection. */
export function SocketSelect({
  host,
  value,
  onChange,
}: {
  host: string;
  value: string;
  onChange(ref: string): void;
}) {
  const { t } = useLocale();
  const id = useId();
  const refs = useSimStore(
    useShallow((s) => actionableSockets(hostView(s, host)).map((sock) => socketRef(sock))),
  );
  const current = refs.includes(value) ? value : ALL_SOCKETS;
  return (
    <span className="field">
      <label htmlFor={id}>{t('controls.socket')}</label>
      <select id={id} value={current} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value={ALL_SOCKETS}>{t('controls.allSockets')}</option>
        {refs.map((ref) => (
          <option key={ref} value={ref}>
            {ref}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The socket a control acts on: the one chosen if it still exists, else all of them. */
export function useChosenSocket(host: string, chosen: string): string {
  return useSimStore((s) =>
    actionableSockets(hostView(s, host)).some((sock) => socketRef(sock) === chosen)
      ? chosen
      : ALL_SOCKETS,
  );
}
