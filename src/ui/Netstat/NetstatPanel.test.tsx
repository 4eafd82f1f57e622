// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createSimulation } from '../../sim/simulation';
import { BUILTIN_SCENARIOS, type BuiltinId } from '../../sim/scenario/builtins';
import { formatNetstat, formatSs } from '../../sim/netstat';
import { NetstatPanel } from './NetstatPanel';
import { stateHistory } from './stateHistory';

function panelProps(id: BuiltinId, time: number, host: string) {
  const sim = createSimulation(BUILTIN_SCENARIOS[id]);
  sim.runUntil(time);
  const history = stateHistory(sim.trace, host);
  return { host, netstat: sim.netstat(host), ss: sim.ss(host), history, time };
}

const flood = panelProps('syn-flood', 5, 'server');

function bodyLines(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== '1')
    .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent).join(''));
}

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

describe('NetstatPanel', () => {
  it('shows netstat -ant as Linux prints it, one cell per column', () => {
    const { container } = render(<NetstatPanel {...flood} />);
    expect(container.querySelector('.tcpsim-netstat__terminal')!.textContent).toBe(
      '$ netstat -ant\nActive Internet connections (servers and established)',
    );
    const table = screen.getByRole('table', {
      name: 'Output of netstat -ant on server: 98 sockets',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const text = formatNetstat(flood.netstat).split('\n');
    expect(headers.join('')).toBe(text[1]);
    expect(headers.map((h) => h!.trim())).toEqual([
      'Proto',
      'Recv-Q',
      'Send-Q',
      'Local Address',
      'Foreign Address',
      'State',
    ]);
    const lines = bodyLines(table);
    expect(lines).toEqual(text.slice(2, 2 + lines.length));
  });

  it('switches to ss -tan with a pressed toggle', () => {
    const { container } = render(<NetstatPanel {...flood} />);
    const ss = screen.getByRole('button', { name: 'ss -tan' });
    expect(ss.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(ss);
    expect(ss.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'netstat -ant' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(container.querySelector('.tcpsim-netstat__terminal')!.textContent).toBe('$ ss -tan');
    const table = screen.getByRole('table');
    const text = formatSs(flood.ss).split('\n');
    const lines = bodyLines(table);
    expect(lines).toEqual(text.slice(1, 1 + lines.length));
    expect(lines[0]).toMatch(/^LISTEN +0 +128 +10\.0\.0\.80:80 0\.0\.0\.0:\*$/);
  });

  it('copies the exact text of the command shown', async () => {
    render(<NetstatPanel {...flood} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy as text' })));
    expect(writeText).toHaveBeenLastCalledWith(formatNetstat(flood.netstat));
    expect(screen.getByRole('status').textContent).toBe('Copied');

    fireEvent.click(screen.getByRole('button', { name: 'ss -tan' }));
    expect(screen.getByRole('status').textContent).toBe('');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy as text' })));
    expect(writeText).toHaveBeenLastCalledWith(formatSs(flood.ss));
  });

  it('says so when the clipboard is not available', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<NetstatPanel {...flood} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy as text' })));
    expect(screen.getByRole('status').textContent).toBe(
      'Could not copy: the clipboard is not available here',
    );
  });

  it('prints per-state counts as uniq -c does', () => {
    const { container } = render(<NetstatPanel {...flood} />);
    const figure = container.querySelector('.tcpsim-netstat__counts')!;
    expect(figure.querySelector('figcaption')!.textContent).toBe(
      "$ netstat -nat | awk '{print $6}' | sort | uniq -c | sort -rn",
    );
    expect(figure.querySelector('pre')!.textContent).toBe(
      ['     97 SYN_RECV', '      1 established)', '      1 LISTEN', '      1 Foreign'].join('\n'),
    );
  });

  it('renders only the rows in view of a 28,232-socket table', () => {
    const props = panelProps('port-exhaustion', 50, 'client');
    expect(props.netstat.length).toBe(28232);
    render(<NetstatPanel {...props} visibleRows={10} />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('28233');
    const rendered = () =>
      within(table)
        .getAllByRole('row')
        .filter((r) => r.hasAttribute('aria-rowindex'));
    expect(rendered().length).toBeLessThanOrEqual(1 + 10 + 12);

    const scroller = screen.getByRole('region', { name: 'Output of netstat -ant, scrollable' });
    scroller.scrollTop = 18 * 20_000;
    fireEvent.scroll(scroller);
    const indexes = rendered().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indexes[0]).toBe(1);
    expect(Math.min(...indexes.slice(1))).toBeGreaterThan(19_990);
    expect(Math.max(...indexes)).toBeLessThan(20_020);
    const text = formatNetstat(props.netstat).split('\n');
    const first = Math.min(...indexes.slice(1));
    expect(bodyLines(table)).toEqual(text.slice(first, first + indexes.length - 1));
  }, 60_000);

  it('shows the headers alone for a host with no sockets yet', () => {
    const empty = panelProps('lost-final-ack', 0, 'client');
    const { container } = render(<NetstatPanel {...empty} />);
    expect(bodyLines(screen.getByRole('table'))).toEqual([]);
    expect(container.querySelector('.tcpsim-netstat__counts pre')!.textContent).toBe(
      '      1 established)\n      1 Foreign',
    );
    expect(container.querySelector('figcaption.tcpsim-chart__summary')!.textContent).toBe(
      'Since 0.000 s: no sockets.',
    );
  });

  it('names its parts through the translator when given one', () => {
    const t = (key: string, params?: Record<string, string | number>) =>
      `[${key}${params?.host ? `:${params.host}` : ''}]`;
    render(<NetstatPanel {...flood} t={t} />);
    expect(screen.getByRole('region', { name: '[netstat.region:server]' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '[netstat.copy]' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '[netstat.command]' })).toBeTruthy();
  });
});
