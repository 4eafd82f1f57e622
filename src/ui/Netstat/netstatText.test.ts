import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/simulation';
import { BUILTIN_SCENARIOS } from '../../sim/scenario/builtins';
import { formatNetstat, formatSs } from '../../sim/netstat';
import type { NetstatRow } from '../../sim/api';
import { netstatText } from './netstatText';
import { uniqCountLines } from './stateCounts';

function rowsAt(id: keyof typeof BUILTIN_SCENARIOS, t: number, host: string) {
  const sim = createSimulation(BUILTIN_SCENARIOS[id]);
  sim.runUntil(t);
  return { netstat: sim.netstat(host), ss: sim.ss(host) };
}

/** The shell pipeline, step by step, over the exact text. */
function pipeline(text: string): string[] {
  const fields = text.split('\n').map((line) => line.trim().split(/\s+/)[5] ?? '');
  fields.sort();
  const uniq: string[] = [];
  for (let i = 0; i < fields.length;) {
    let j = i;
    while (j < fields.length && fields[j] === fields[i]) j++;
    uniq.push(`${String(j - i).padStart(7)} ${fields[i]}`);
    i = j;
  }
  const num = (l: string) => Number(l.trim().split(' ')[0]);
  return uniq.sort((a, b) => num(b) - num(a) || (a < b ? 1 : a > b ? -1 : 0));
}

describe('the netstat table text', () => {
  const { netstat, ss } = rowsAt('syn-flood', 5, 'server');

  it('cuts every netstat line into cells that join back into the exact line', () => {
    const text = netstatText('netstat', netstat, 0, netstat.length);
    expect(text.preamble).toEqual(['Active Internet connections (servers and established)']);
    expect(text.header.map((h) => h.trim())).toEqual([
      'Proto',
      'Recv-Q',
      'Send-Q',
      'Local Address',
      'Foreign Address',
      'State',
    ]);
    const joined = [
      ...text.preamble,
      text.header.join(''),
      ...text.rows.map((r) => r.cells!.join('')),
    ];
    expect(joined.join('\n')).toBe(formatNetstat(netstat));
    expect(text.rows[1]!.cells!.map((c) => c.trim())).toEqual([
      'tcp',
      '0',
      '0',
      '10.0.0.80:80',
      '198.18.127.18:55902',
      'SYN_RECV',
    ]);
  });

  it('cuts ss lines the same way, right-aligned local addresses included', () => {
    const text = netstatText('ss', ss, 0, ss.length);
    expect(text.preamble).toEqual([]);
    const joined = [text.header.join(''), ...text.rows.map((r) => r.cells!.join(''))];
    expect(joined.join('\n')).toBe(formatSs(ss));
    expect(text.rows[0]!.cells!.map((c) => c.trim())).toEqual([
      'LISTEN',
      '0',
      '128',
      '10.0.0.80:80',
      '0.0.0.0:*',
      '',
    ]);
  });

  it('formats a slice of rows exactly as the whole list prints them', () => {
    const whole = formatSs(ss).split('\n');
    const part = netstatText('ss', ss, 40, 50);
    expect(part.rows.map((r) => r.line)).toEqual(whole.slice(41, 51));
    expect(part.header.join('')).toBe(whole[0]);
    const nWhole = formatNetstat(netstat).split('\n');
    expect(netstatText('netstat', netstat, 90, 98).rows.map((r) => r.line)).toEqual(
      nWhole.slice(92),
    );
  });

  it('keeps a line whole when a value runs across a column start', () => {
    const huge: NetstatRow[] = [
      {
        recvQ: 12345678,
        sendQ: 0,
        local: '10.0.0.80:80',
        foreign: '1.2.3.4:5',
        state: 'ESTABLISHED',
      },
    ];
    const text = netstatText('netstat', huge, 0, 1);
    expect(text.rows[0]!.cells).toBeNull();
    expect(text.rows[0]!.line).toBe(formatNetstat(huge).split('\n')[2]);
  });
});

describe('the per-state count', () => {
  it('prints per-state counts as uniq -c does', () => {
    const { netstat } = rowsAt('syn-flood', 5, 'server');
    expect(uniqCountLines(netstat)).toEqual([
      '     97 SYN_RECV',
      '      1 established)',
      '      1 LISTEN',
      '      1 Foreign',
    ]);
  });

  it('matches the shell pipeline over the exact text in every situation', () => {
    const cases = [
      rowsAt('syn-flood', 2, 'server').netstat,
      rowsAt('close-wait-leak', 40, 'server').netstat,
      rowsAt('close-wait-leak', 40, 'client').netstat,
      rowsAt('server-shutdown', 3, 'server').netstat,
      rowsAt('killed-load-test', 3, 'server').netstat,
      rowsAt('lost-final-ack', 2.2, 'client').netstat,
      [],
    ];
    for (const rows of cases) {
      expect(uniqCountLines(rows)).toEqual(pipeline(formatNetstat(rows)));
    }
  });
});
