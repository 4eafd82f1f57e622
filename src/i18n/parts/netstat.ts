/**
 * The netstat panel's texts (English; ko.ts and zh-CN.ts carry their own). What Linux prints
 * (column headers, state names, the commands) is not here: the panel shows it as a terminal would.
 * They live in the dictionary so that src/i18n stays a leaf; ui/Netstat/strings.ts reads them.
 */
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
