/**
 * The netstat panel's texts, keyed as the app dictionary will key them (spread
 * `netstatStrings.en` into it and pass its `t`). What Linux prints (column headers, state names,
 * the commands) is not here: the panel shows it exactly as a terminal would.
 */
import { interpolate } from '../../i18n/translate';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export const netstatStrings = {
  en: {
    'netstat.region': 'Sockets on {host}',
    'netstat.command': 'Command',
    'netstat.copy': 'Copy as text',
    'netstat.copied': 'Copied',
    'netstat.copyFailed': 'Could not copy: the clipboard is not available here',
    'netstat.table': 'Output of {command} on {host}: {count} sockets',
    'netstat.tableRegion': 'Output of {command}, scrollable',
    'netstat.seconds': '{value} s',
    'netstat.chart.title': 'Sockets per state on {host} over time',
    'netstat.chart.summary': 'Since {time}: {counts}.',
    'netstat.chart.summaryEmpty': 'Since {time}: no sockets.',
    'netstat.chart.peak': 'Most at once: {count} {state} at {time}.',
    'netstat.chart.item': '{count} {state}',
    'netstat.chart.x': 'time (s)',
    'netstat.chart.y': 'sockets',
    'netstat.chart.legend': 'States in the chart',
  },
} as const;

export type NetstatKey = keyof (typeof netstatStrings)['en'];
type Params = Record<string, string | number>;

export type NetstatT = (key: NetstatKey, params?: Params) => string;

/** The app's translator when given, else the English texts above. */
export function netstatT(t?: Translate): NetstatT {
  return (key, params) => (t ? t(key, params) : interpolate(netstatStrings.en[key], params));
}

export function seconds(tr: NetstatT, t: number): string {
  return tr('netstat.seconds', { value: t.toFixed(3) });
}
