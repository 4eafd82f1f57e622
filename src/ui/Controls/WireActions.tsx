import { useId, useState } from 'react';
import type { MessageKey } from '../../i18n';
import { useLocale } from '../../i18n';
import { servicePort, settingAt, useSimStore } from '../../store';
import { useAct } from './useAct';

const DROP_KINDS = ['SYN', 'SYN,ACK', 'ACK', 'FIN,ACK', 'data'] as const;
type DropKind = (typeof DROP_KINDS)[number];
const FIREWALL = ['drop', 'reject', 'off'] as const;
type FirewallAction = (typeof FIREWALL)[number];

/** Who sends a segment of this kind first in a plain exchange: the select's starting choice. */
function usualSender(kind: DropKind, client: string, server: string): string {
  return kind === 'SYN,ACK' ? server : client;
}

/** Faults on the link and the server's defences: lost segments, firewall, flood, cookies. */
export function WireActions({ client, server }: { client: string; server: string | null }) {
  const { t } = useLocale();
  const act = useAct();
  const ids = { kind: useId(), from: useId(), fw: useId(), count: useId(), rate: useId() };
  const [kind, setKind] = useState<DropKind>('ACK');
  const [from, setFrom] = useState(client);
  const [firewall, setFirewall] = useState<FirewallAction>('drop');
  const [count, setCount] = useState(500);
  const [rate, setRate] = useState(100);
  const hosts = useSimStore((s) => s.hosts);
  const port = useSimStore((s) => (server ? servicePort(s, server) : 80));
  const cookies = useSimStore((s) => settingAt(s, 'syncookies'));
  const sender = hosts.some((h) => h.name === from) ? from : client;

  return (
    <fieldset className="actions">
      <legend>{t('controls.network')}</legend>
      <div className="actions__row">
        <span className="field">
          <label htmlFor={ids.kind}>{t('controls.dropKind')}</label>
          <select
            id={ids.kind}
            value={kind}
            onChange={(e) => {
              const next = e.currentTarget.value as DropKind;
              setKind(next);
              if (server) setFrom(usualSender(next, client, server));
            }}
          >
            {DROP_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`controls.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor={ids.from}>{t('controls.dropFrom')}</label>
          <select id={ids.from} value={sender} onChange={(e) => setFrom(e.currentTarget.value)}>
            {hosts.map((h) => (
              <option key={h.name} value={h.name}>
                {h.name}
              </option>
            ))}
          </select>
        </span>
        <button
          type="button"
          onClick={() =>
            act({
              do: 'drop',
              match: kind === 'data' ? { from: sender, data: true } : { from: sender, flags: kind },
            })
          }
        >
          {t('controls.dropNext')}
        </button>
      </div>
      {server && (
        <>
          <div className="actions__row">
            <span className="field">
              <label htmlFor={ids.fw}>{t('controls.firewall', { port })}</label>
              <select
                id={ids.fw}
                value={firewall}
                onChange={(e) => setFirewall(e.currentTarget.value as FirewallAction)}
              >
                {FIREWALL.map((a) => (
                  <option key={a} value={a}>
                    {t(`controls.firewall.${a}`)}
                  </option>
                ))}
              </select>
            </span>
            <button
              type="button"
              onClick={() => act({ do: 'firewall', host: server, port, action: firewall })}
            >
              {t('controls.firewallApply')}
            </button>
          </div>
          <div className="actions__row">
            <span className="field">
              <label htmlFor={ids.count}>{t('controls.floodCount')}</label>
              <input
                id={ids.count}
                type="number"
                min={1}
                max={100_000}
                value={count}
                onChange={(e) =>
                  setCount(
                    Math.min(100_000, Math.max(1, Math.floor(Number(e.currentTarget.value) || 1))),
                  )
                }
              />
            </span>
            <span className="field">
              <label htmlFor={ids.rate}>{t('controls.floodRate')}</label>
              <input
                id={ids.rate}
                type="number"
                min={1}
                max={1_000_000}
                value={rate}
                onChange={(e) =>
                  setRate(Math.min(1_000_000, Math.max(1, Number(e.currentTarget.value) || 1)))
                }
              />
            </span>
            <button
              type="button"
              onClick={() => act({ do: 'flood', to: `${server}:${port}`, count, rate })}
            >
              {t('controls.floodStart', { port })}
            </button>
          </div>
          <div className="actions__row">
            <span className="actions__state">
              {t('controls.cookiesState', {
                state: cookies ? t('controls.on') : t('controls.off'),
              })}
            </span>
            <button
              type="button"
              aria-pressed={cookies}
              onClick={() => act({ do: 'set', settings: { syncookies: !cookies } })}
            >
              {cookies ? t('controls.cookiesOff') : t('controls.cookiesOn')}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
