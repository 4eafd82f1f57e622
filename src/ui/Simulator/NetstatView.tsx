import { useCallback, useId, useRef } from 'react';
import type { NetstatRow } from '../../sim/api';
import { traceSource, type TraceView } from '../../sim/traceLog';
import type { MessageKey } from '../../i18n';
import { useLocale } from '../../i18n';
import { hostRows, hostView, useSimStoreApi } from '../../store';
import { liveTimeOf, useOnScreen, useSimStoreWhile } from '../frame';
import { NetstatPanel } from '../Netstat/NetstatPanel';
import { growingStateHistory, lastChangeAt, type StateHistory } from '../Netstat/stateHistory';

const NO_ROWS: NetstatRow[] = [];

type Growing = ReturnType<typeof growingStateHistory>;

/**
 * A host's state history is read from the whole trace once per run and host, and extended with
 * the new lines as the run streams in (keyed by the log behind the trace view).
 */
const histories = new WeakMap<object, Map<string, Growing>>();

function historyOf(trace: TraceView, host: string): StateHistory {
  const source = traceSource(trace);
  let byHost = histories.get(source);
  if (!byHost) histories.set(source, (byHost = new Map()));
  let growing = byHost.get(host);
  if (!growing) byHost.set(host, (growing = growingStateHistory(host)));
  growing.extend(trace);
  return growing.history;
}

/**
 * `netstat -ant` / `ss -tan` of one host at the playback time, and its states over time. It
 * renders when the host's sockets change, not because time moved (the chart's clip follows time
 * by itself), and not at all while it is out of sight.
 */
export function NetstatView({ host }: { host: string }) {
  const { t } = useLocale();
  const headingId = useId();
  const store = useSimStoreApi();
  const ref = useRef<HTMLElement>(null);
  const active = useOnScreen(ref);
  const view = useSimStoreWhile(active, (s) => hostView(s, host));
  const trace = useSimStoreWhile(active, (s) => s.trace);
  const end = useSimStoreWhile(active, (s) => s.duration);
  const history = historyOf(trace, host);
  // The counts are what they were at the last change: that instant, not the time, keys a render.
  const since = useSimStoreWhile(active, (s) => Math.max(0, lastChangeAt(history, s.time)));
  const rows = view ? hostRows(view) : null;
  // The panel's keys are part of the dictionary (en.ts spreads them in). Every text may name
  // the host: two panels side by side must not have two regions of the same name.
  const translate = useCallback(
    (key: string, params?: Record<string, string | number>) =>
      t(key as MessageKey, { host, ...params }),
    [t, host],
  );
  return (
    <section className="views__netstat" aria-labelledby={headingId} ref={ref}>
      <h2 id={headingId} className="views__title">
        {t('views.netstat', { host })}
      </h2>
      <NetstatPanel
        host={host}
        netstat={rows?.netstat ?? NO_ROWS}
        ss={rows?.ss ?? NO_ROWS}
        history={history}
        time={since}
        end={end}
        live={active ? liveTimeOf(store) : undefined}
        t={translate}
      />
    </section>
  );
}
