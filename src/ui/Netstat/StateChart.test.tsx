// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { runScenario } from '../../sim/simulation';
import { BUILTIN_SCENARIOS } from '../../sim/scenario/builtins';
import { StateChart } from './StateChart';
import { lastChangeAt, stateHistory } from './stateHistory';
import type { LiveTime } from '../frame/liveTime';

afterEach(cleanup);

const flood = stateHistory(runScenario(BUILTIN_SCENARIOS['syn-flood']), 'server');

/** Where the curves are cut off on the right: the chart's clip, in its 480 px wide picture. */
function revealedTo(container: HTMLElement): number {
  const group = container.querySelector<SVGGElement>('.tcpsim-chart__svg g[style]')!;
  const right = /inset\(0px ([\d.]+)px 0px 0px\)/.exec(group.style.clipPath)![1]!;
  return 480 - Number(right);
}

describe('StateChart', () => {
  it('draws the SYN flood as a SYN_RECV curve, with a summary in words', () => {
    const { container } = render(<StateChart history={flood} time={5} />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-labelledby')!.split(' ')).toHaveLength(2);
    expect(container.querySelector('title')!.textContent).toBe(
      'Sockets per state on server over time',
    );
    expect(container.querySelector('figcaption')!.textContent).toMatch(
      /^Since [\d.]+ s: 97 SYN_RECV, 1 LISTEN\. Most at once: 97 SYN_RECV at 1\.110 s\.$/,
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
      'Since 0.000 s: 1 LISTEN. Most at once: 1 LISTEN at 0.000 s.',
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

  it('keeps its time axis for the whole run and reveals the curves up to the playback time', () => {
    const { container } = render(<StateChart history={flood} time={5} end={100} />);
    // 5 s of a 100 s axis drawn 424 px wide from x = 44.
    expect(revealedTo(container)).toBeCloseTo(44 + 424 * 0.05 + 1, 5);
  });

  it('follows a live time with its clip and "now" line, without rendering again', () => {
    let listener: (t: number) => void = () => {};
    let now = 2;
    const live: LiveTime = {
      get: () => now,
      glide: () => null,
      on: (_e, fn) => {
        listener = fn;
        return () => {};
      },
    };
    let renders = 0;
    const counted = (props: Parameters<typeof StateChart>[0]) => {
      renders++;
      return <StateChart {...props} />;
    };
    const Counted = counted;
    const { container } = render(<Counted history={flood} time={2} end={100} live={live} />);
    const summary = container.querySelector('figcaption')!.textContent;
    expect(revealedTo(container)).toBeCloseTo(44 + 424 * 0.02 + 1, 5);
    act(() => {
      now = 50;
      listener(50);
    });
    expect(revealedTo(container)).toBeCloseTo(44 + 424 * 0.5 + 1, 5);
    const line = container.querySelector<SVGElement>('.tcpsim-chart__now')!;
    expect(line.style.transform).toBe(`translateX(${44 + 212}px)`);
    expect(renders).toBe(1);
    expect(container.querySelector('figcaption')!.textContent).toBe(summary);
  });

  it('says since when the counts have stood, which changes only with them', () => {
    const since = lastChangeAt(flood, 5);
    expect(since).toBeGreaterThan(0);
    expect(since).toBeLessThanOrEqual(5);
    expect(lastChangeAt(flood, since)).toBe(since);
    const { container } = render(<StateChart history={flood} time={5} />);
    expect(container.querySelector('figcaption')!.textContent).toMatch(
      /^Since \d\.\d{3} s: 97 SYN_RECV, 1 LISTEN\. Most at once: 97 SYN_RECV at 1\.110 s\.$/,
    );
  });
});
