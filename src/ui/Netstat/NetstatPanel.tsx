/**
 * One host's sockets as Linux shows them: `netstat -ant` or `ss -tan` (exact text, as a table),
 * the per-state count of the classic shell one-liner, and the sockets per state over time.
 * Presentational: rows, history and time come in as props; only the view choices are local.
 */
import { useMemo, useState } from 'react';
import type { NetstatRow } from '../../sim/api';
import { COMMANDS, COUNT_PIPELINE, PROMPT, type Flavour } from './commands';
import { fullText } from './netstatText';
import { NetstatTable } from './NetstatTable';
import { StateChart } from './StateChart';
import { uniqCountLines } from './stateCounts';
import type { StateHistory } from './stateHistory';
import type { LiveTime } from '../frame/liveTime';
import { netstatT, type Translate } from './strings';
import './Netstat.css';

export interface NetstatPanelProps {
  host: string;
  netstat: NetstatRow[];
  ss: NetstatRow[];
  history: StateHistory;
  time: number;
  /** The end of the chart's time axis (the run's length). */
  end?: number;
  /** The playback time as it moves (the chart's clip follows it without renders). */
  live?: LiveTime;
  t?: Translate;
  /** Rows visible before the table scrolls. */
  visibleRows?: number;
}

const PREAMBLE: Record<Flavour, string> = {
  netstat: 'Active Internet connections (servers and established)',
  ss: '',
};

export function NetstatPanel({
  host,
  netstat,
  ss,
  history,
  time,
  end,
  live,
  t,
  visibleRows,
}: NetstatPanelProps) {
  const tr = netstatT(t);
  const [flavour, setFlavour] = useState<Flavour>('netstat');
  // What was copied, remembered by identity: the message goes once the rows or the view change.
  const [copied, setCopied] = useState<{
    rows: NetstatRow[];
    flavour: Flavour;
    ok: boolean;
  } | null>(null);
  const rows = flavour === 'netstat' ? netstat : ss;
  const counts = useMemo(() => uniqCountLines(netstat).join('\n'), [netstat]);

  const copy = async () => {
    const text = fullText(flavour, rows);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied({ rows, flavour, ok: true });
    } catch {
      setCopied({ rows, flavour, ok: false });
    }
  };
  const status =
    copied && copied.rows === rows && copied.flavour === flavour
      ? tr(copied.ok ? 'netstat.copied' : 'netstat.copyFailed')
      : '';

  return (
    <section className="tcpsim-netstat" aria-label={tr('netstat.region', { host })}>
      <div className="tcpsim-netstat__toolbar">
        <div role="group" aria-label={tr('netstat.command')} className="tcpsim-netstat__toggle">
          {(['netstat', 'ss'] as const).map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={flavour === f}
              onClick={() => setFlavour(f)}
            >
              {COMMANDS[f]}
            </button>
          ))}
        </div>
        <button type="button" className="tcpsim-netstat__copy" onClick={copy}>
          {tr('netstat.copy')}
        </button>
        <span role="status" className="tcpsim-netstat__status">
          {status}
        </span>
      </div>
      <pre className="tcpsim-netstat__terminal">
        <span className="tcpsim-netstat__prompt">{PROMPT}</span>
        {COMMANDS[flavour]}
        {PREAMBLE[flavour] && `\n${PREAMBLE[flavour]}`}
      </pre>
      <NetstatTable flavour={flavour} rows={rows} host={host} tr={tr} visibleRows={visibleRows} />
      <figure className="tcpsim-netstat__counts">
        <figcaption className="tcpsim-netstat__terminal">
          <span className="tcpsim-netstat__prompt">{PROMPT}</span>
          {COUNT_PIPELINE}
        </figcaption>
        <pre className="tcpsim-netstat__terminal">{counts}</pre>
      </figure>
      <StateChart history={history} time={time} end={end} live={live} t={t} />
    </section>
  );
}
