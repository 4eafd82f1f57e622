import { useState } from 'react';
import type { SocketView } from '../../sim/snapshot';
import { useLocale } from '../../i18n';
import { stateTone } from '../format/stateTone';

const ROW_PX = 30;
const VISIBLE_ROWS = 8;
const OVERSCAN = 4;

/** Thousands of sockets, a handful of DOM rows: only the rows in view are drawn. */
export function VirtualSocketList({
  sockets,
  asOf,
}: {
  sockets: SocketView[];
  asOf: number | null;
}) {
  const { t, format } = useLocale();
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(sockets.length, Math.ceil(scrollTop / ROW_PX) + VISIBLE_ROWS + OVERSCAN);
  const shownFrom = Math.min(sockets.length, Math.floor(scrollTop / ROW_PX) + 1);
  const shownTo = Math.min(sockets.length, Math.floor(scrollTop / ROW_PX) + VISIBLE_ROWS);
  const label = `${t('endpoint.list')}: ${t('endpoint.listRange', {
    from: format.integer(shownFrom),
    to: format.integer(shownTo),
    count: format.integer(sockets.length),
  })}`;
  return (
    <div className="vlist">
      <p className="vlist__caption">
        {label}
        {asOf !== null && (
          <span className="vlist__lag">{t('endpoint.lagging', { time: format.clock(asOf) })}</span>
        )}
      </p>
      <div
        className="vlist__viewport"
        style={{ height: ROW_PX * VISIBLE_ROWS }}
        tabIndex={0}
        role="group"
        aria-label={label}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <ul className="vlist__rows" style={{ height: sockets.length * ROW_PX }}>
          {sockets.slice(first, last).map((sock, i) => (
            <li
              key={sock.id}
              className="vlist__row"
              data-tone={stateTone(sock.state)}
              style={{ transform: `translateY(${(first + i) * ROW_PX}px)`, height: ROW_PX }}
            >
              <span className="vlist__state tcpsim-mono">{sock.state}</span>{' '}
              <span className="vlist__name">{sock.name ?? ''}</span>{' '}
              <span className="vlist__tuple tcpsim-mono">
                {sock.remote
                  ? t('endpoint.tuple', { local: sock.local, remote: sock.remote })
                  : sock.local}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
