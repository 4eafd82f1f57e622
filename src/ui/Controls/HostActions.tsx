import { useId, useState } from 'react';
import { useLocale } from '../../i18n';
import { freshSocketName, hostView, servicePort, useSimStore, useSimStoreApi } from '../../store';
import { useAct } from './useAct';
import { SocketSelect, useChosenSocket, ALL_SOCKETS } from './SocketSelect';

/** What one host's application can do: its socket calls, and the host-wide faults. */
export function HostActions({
  host,
  peer,
  role,
}: {
  host: string;
  peer: string | null;
  role: 'client' | 'server';
}) {
  const { t } = useLocale();
  const act = useAct();
  const store = useSimStoreApi();
  const bytesId = useId();
  const backlogId = useId();
  const [picked, setPicked] = useState(ALL_SOCKETS);
  const [bytes, setBytes] = useState(1000);
  const [backlog, setBacklog] = useState(128);
  const socket = useChosenSocket(host, picked);
  const peerPort = useSimStore((s) => (peer ? servicePort(s, peer) : 80));
  const stalled = useSimStore((s) => hostView(s, host)?.app.closeOnEof === false);
  const listening = useSimStore((s) => hostView(s, host)?.sockets.find((x) => x.listener) ?? null);
  const call = (kind: 'close' | 'shutdown' | 'abort') => act({ do: kind, host, socket });

  return (
    <fieldset className="actions">
      <legend>{t('controls.onHost', { host })}</legend>
      {role === 'client' && peer && (
        <div className="actions__row">
          <button
            type="button"
            onClick={() =>
              act({
                do: 'connect',
                host,
                to: `${peer}:${peerPort}`,
                as: freshSocketName(store.getState(), host),
              })
            }
          >
            {t('controls.connect', { target: `${peer}:${peerPort}` })}
          </button>
        </div>
      )}
      <div className="actions__row">
        <SocketSelect host={host} value={socket} onChange={setPicked} />
      </div>
      <div className="actions__row">
        <span className="field">
          <label htmlFor={bytesId}>{t('controls.bytes')}</label>
          <input
            id={bytesId}
            type="number"
            min={1}
            max={100_000_000}
            value={bytes}
            onChange={(e) => setBytes(Math.max(1, Math.floor(Number(e.currentTarget.value) || 1)))}
          />
        </span>
        <button type="button" onClick={() => act({ do: 'send', host, socket, bytes })}>
          {t('controls.send')}
        </button>
      </div>
      <div className="actions__row">
        <button type="button" onClick={() => call('close')}>
          {t('controls.close')}
        </button>
        <button type="button" onClick={() => call('shutdown')}>
          {t('controls.shutdown')}
        </button>
        <button type="button" onClick={() => call('abort')}>
          {t('controls.abort')}
        </button>
      </div>
      {role === 'server' && (
        <div className="actions__row">
          <button type="button" onClick={() => act({ do: 'app', host, closeOnEof: stalled })}>
            {stalled ? t('controls.release') : t('controls.stall')}
          </button>
        </div>
      )}
      {role === 'server' && listening && (
        <div className="actions__row">
          <span className="field">
            <label htmlFor={backlogId}>{t('controls.backlog')}</label>
            <input
              id={backlogId}
              type="number"
              min={0}
              max={1_000_000}
              value={backlog}
              onChange={(e) =>
                setBacklog(Math.max(0, Math.floor(Number(e.currentTarget.value) || 0)))
              }
            />
          </span>
          <button
            type="button"
            onClick={() => {
              const port = Number(listening.local.slice(listening.local.lastIndexOf(':') + 1));
              act({
                do: 'listen',
                host,
                port,
                backlog,
                ...(listening.name && !listening.name.includes('#') ? { as: listening.name } : {}),
              });
            }}
          >
            {t('controls.listenAgain')}
          </button>
        </div>
      )}
      {role === 'client' && (
        <div className="actions__row">
          <button type="button" onClick={() => act({ do: 'vanish', host })}>
            {t('controls.vanish', { host })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
