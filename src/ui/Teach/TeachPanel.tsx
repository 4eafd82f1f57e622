import { useId, useMemo } from 'react';
import { useLocale } from '../../i18n';
import { diagramSocket, diagramView, teachSockets, useSimStore, useSimStoreApi } from '../../store';
import type { SocketInfo } from '../../store';
import { ExplanationPanel } from '../StateDiagram/ExplanationPanel';
import { StateDiagram } from '../StateDiagram/StateDiagram';
import type { DiagramSelection } from '../StateDiagram/diagramModel';
import { socketLabel } from './socketLabel';
import { useTeachT } from './useTeachT';
import './Teach.css';

/** A flood opens thousands of sockets: the picker lists this many, and the one followed. */
const PICKER_LIMIT = 40;

const refValue = (s: { host: string; key: string }) => `${s.host}\u0001${s.key}`;

function SocketPicker() {
  const { t } = useLocale();
  const id = useId();
  const store = useSimStoreApi();
  const sockets = useSimStore(teachSockets);
  const followed = useSimStore(diagramSocket);
  const options = useMemo(() => {
    const shown: SocketInfo[] = sockets.slice(0, PICKER_LIMIT);
    const current =
      followed && sockets.find((s) => s.host === followed.host && s.key === followed.key);
    if (current && !shown.includes(current)) shown.push(current);
    return shown;
  }, [sockets, followed]);
  if (sockets.length === 0) return <p className="tcpsim-teach__none">{t('learn.noSockets')}</p>;
  return (
    <span className="tcpsim-teach__picker">
      <label htmlFor={id}>{t('learn.socket')}</label>
      <select
        id={id}
        value={followed ? refValue(followed) : ''}
        onChange={(e) => {
          const [host = '', key = ''] = e.currentTarget.value.split('\u0001');
          store.getState().selectSocket({ host, key });
        }}
      >
        {options.map((s) => (
          <option key={refValue(s)} value={refValue(s)}>
            {t('learn.socketOption', { ...socketLabel(t, s), host: s.host })}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * RFC 9293's state diagram for the followed socket, at the playback time, with the explanation
 * of what is selected in it (the current state until something is).
 */
export function TeachPanel() {
  const { t } = useLocale();
  const tt = useTeachT();
  const headingId = useId();
  const view = useSimStore(diagramView);
  const selection = useSimStore((s) => s.diagramSelection);
  const selectDiagram = useSimStore((s) => s.selectDiagram);
  const explained: DiagramSelection | null =
    selection ?? (view.current ? { kind: 'state', state: view.current } : null);
  return (
    <section className="tcpsim-teach" aria-labelledby={headingId}>
      <header className="tcpsim-teach__header">
        <h2 id={headingId} className="tcpsim-teach__title">
          {t('learn.heading')}
        </h2>
        <SocketPicker />
      </header>
      <div className="tcpsim-teach__body">
        <StateDiagram
          className="tcpsim-teach__diagram"
          transitions={view.transitions}
          current={view.current}
          selected={selection}
          onSelect={selectDiagram}
          t={tt}
        />
        <ExplanationPanel
          className="tcpsim-teach__explain"
          selected={explained}
          transitions={view.transitions}
          t={tt}
          headingLevel={3}
        />
      </div>
    </section>
  );
}
