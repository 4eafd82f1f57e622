import { useShallow } from 'zustand/react/shallow';
import { TCP_STATES } from '../../sim/state';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { stateTone } from '../format/stateTone';

/**
 * Sockets per state, for a host with too many to draw one by one. Read from the trace at every
 * frame (cheap), so the counts move smoothly even while the socket list refreshes less often.
 */
export function StateCounts({ host }: { host: string }) {
  const { t, format } = useLocale();
  const counts = useSimStore(useShallow((s) => s.index.countsAt(host, s.time)));
  const rows = TCP_STATES.filter((state) => (counts[state] ?? 0) > 0);
  const total = rows.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
  const most = Math.max(1, ...rows.map((state) => counts[state] ?? 0));
  return (
    <div className="counts" role="group" aria-label={t('endpoint.counts')}>
      <h3 className="counts__title">
        {t('endpoint.counts')}{' '}
        <span className="counts__total">
          {t('endpoint.total', { count: format.integer(total) })}
        </span>
      </h3>
      <ul className="counts__rows">
        {rows.map((state) => (
          <li key={state} className="counts__row" data-tone={stateTone(state)}>
            <span className="counts__state">{state}</span>{' '}
            <span className="counts__n tcpsim-mono">{format.integer(counts[state] ?? 0)}</span>
            <span className="counts__bar" aria-hidden="true">
              <span style={{ transform: `scaleX(${(counts[state] ?? 0) / most})` }} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
