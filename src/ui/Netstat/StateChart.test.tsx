// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { runScenario } from '../../sim/simulation';
import { BUILTIN_SCENARIOS } from '../../sim/scenario/builtins';
import { StateChart } from './StateChart';
import { stateHistory } from './stateHistory';

afterEach(cleanup);

const flood = stateHistory(runScenario(BUILTIN_SCENARIOS['syn-flood']), 'server');

describe('StateChart', () => {
  it('draws the SYN flood as a SYN_RECV curve, with a summary in words', () => {
    const { container } = render(<StateChart history={flood} time={5} />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-labelledby')!.split(' ')).toHaveLength(2);
    expect(container.querySelector('title')!.textContent).toBe(
      'Sockets per state on server, from 0 to 5.000 s',
    );
    expect(container.querySelector('figcaption')!.textContent).toBe(
      'At 5.000 s: 97 SYN_RECV, 1 LISTEN. Most at once: 97 SYN_RECV at 1.110 s.',
    );
    const series = [...container.querySelectorAll('[data-state]')].map((g) =>
      g.getAttribute('data-state'),
    );
    expect(series).toEqual(['SYN_RECEIVED', 'LISTEN']);
    const line = container.querySelector('[data-state="SYN_RECEIVED"] .tcpsim-chart__line')!;
    expect(line.getAttribute('d')).toMatch(/^M/);
  });

  it('lists each state in the legend with its count now', () => {
    render(<StateChart history={flood} time={5} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['SYN_RECV97', 'LISTEN1']);
  });

  it('only shows what happened up to the playback time', () => {
    const { container } = render(<StateChart history={flood} time={0.05} />);
    expect(container.querySelector('figcaption')!.textContent).toBe(
      'At 0.050 s: 1 LISTEN. Most at once: 1 LISTEN at 0.000 s.',
    );
    expect(container.querySelector('[data-state="SYN_RECEIVED"]')).toBeNull();
  });

  it('keeps the drawing small however long the history', () => {
    const { container } = render(<StateChart history={flood} time={263} />);
    expect(container.querySelectorAll('svg *').length).toBeLessThan(60);
    for (const path of container.querySelectorAll('.tcpsim-chart__line')) {
      // A step line: at most two segments per sampled point.
      expect(path.getAttribute('d')!.split(/[ML]/).length).toBeLessThan(2 * 162 + 2);
    }
  });
});
