import { useCallback, useId, useRef } from 'react';
import type { NetstatRow } from '../../sim/api';
import type { TraceEvent } from '../../sim/trace';
import type { MessageKey } from '../../i18n';
import { useLocale } from '../../i18n';
import { hostRows, hostView, useSimStoreApi } from '../../store';
import { liveTimeOf, useOnScreen, useSimStoreWhile } from '../frame';
import { NetstatPanel } from '../Netstat/NetstatPanel';
import { lastChangeAt, stateHistory, type StateHistory } from '../Netstat/stateHistory';

const NO_ROWS: NetstatRow[] = [];

/** A host's state history is read from the whole trace: once per trace and host. */
const histories = new WeakMap<readonly TraceEvent[], Map<string, StateHistory>>();

function historyOf(trace: readonly TraceEvent[], host: string): StateHistory {
  let byHost = histories.get(trace);
  if (!byHost) histories.set(trace, (byHost = new Map()));
  let history = byHost.get(host);
  if (!history) byHost.set(host, (history = stateHistory(trace, host)));
  return history;
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
