import { useCallback, useId } from 'react';
import type { NetstatRow } from '../../sim/api';
import type { TraceEvent } from '../../sim/trace';
import type { MessageKey } from '../../i18n';
import { useLocale } from '../../i18n';
import { hostRows, hostView, useSimStore } from '../../store';
import { NetstatPanel } from '../Netstat/NetstatPanel';
import { stateHistory, type StateHistory } from '../Netstat/stateHistory';

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

/** `netstat -ant` / `ss -tan` of one host at the playback time, and its states over time. */
export function NetstatView({ host }: { host: string }) {
  const { t } = useLocale();
  const headingId = useId();
  const view = useSimStore((s) => hostView(s, host));
  const trace = useSimStore((s) => s.trace);
  const time = useSimStore((s) => s.time);
  const rows = view ? hostRows(view) : null;
  // The panel's keys are part of the dictionary (en.ts spreads them in). Every text may name
  // the host: two panels side by side must not have two regions of the same name.
  const translate = useCallback(
    (key: string, params?: Record<string, string | number>) =>
      t(key as MessageKey, { host, ...params }),
    [t, host],
  );
  return (
    <section className="views__netstat" aria-labelledby={headingId}>
      <h2 id={headingId} className="views__title">
        {t('views.netstat', { host })}
      </h2>
      <NetstatPanel
        host={host}
        netstat={rows?.netstat ?? NO_ROWS}
        ss={rows?.ss ?? NO_ROWS}
        history={historyOf(trace, host)}
        time={time}
        t={translate}
      />
    </section>
  );
}
