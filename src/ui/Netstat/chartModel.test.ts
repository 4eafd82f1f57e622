import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/simulation';
import { BUILTIN_SCENARIOS } from '../../sim/scenario/builtins';
import { CHART_BUCKETS, chartModel } from './chartModel';
import { countsAt, stateHistory } from './stateHistory';

describe('chartModel', () => {
  const lost = runScenario(BUILTIN_SCENARIOS['lost-final-ack']);

  it('keeps a spike shorter than a bucket', () => {
    // The server is in SYN_RECEIVED for 0.1 s; a bucket of a 62.4 s chart is 0.39 s wide.
    const model = chartModel(stateHistory(lost, 'server'), 62.4);
    const synRecv = model.lines.find((l) => l.state === 'SYN_RECEIVED')!;
    expect(Math.max(...synRecv.points.map((p) => p.n))).toBe(1);
    expect(synRecv.now).toBe(0);
  });

  it('ends every line at the playback time with the count then', () => {
    const history = stateHistory(lost, 'client');
    for (const time of [0.05, 0.15, 2.2, 30, 62.4]) {
      const model = chartModel(history, time);
      const now = countsAt(history, time);
      for (const l of model.lines) {
        expect(l.points[l.points.length - 1]).toEqual({ t: time, n: now[l.state] ?? 0 });
      }
      expect(model.lines.filter((l) => l.now > 0).map((l) => l.state)).toEqual(Object.keys(now));
    }
  });

  it('leaves out states that have not held a socket yet', () => {
    const model = chartModel(stateHistory(lost, 'client'), 1);
    expect(model.lines.map((l) => l.state).sort()).toEqual(['ESTABLISHED', 'SYN_SENT']);
  });

  it('finds the peak of a SYN flood', () => {
    const flood = runScenario(BUILTIN_SCENARIOS['syn-flood']);
    const model = chartModel(stateHistory(flood, 'server'), 5);
    expect(model.peak).toEqual({ state: 'SYN_RECEIVED', count: 97, t: 1.11 });
    expect(model.max).toBe(97);
  });

  it('downsamples thousands of state changes to a bounded number of points', () => {
    const history = stateHistory(runScenario(BUILTIN_SCENARIOS['syn-flood']), 'server');
    expect(history.series.SYN_RECEIVED!.times.length).toBeGreaterThan(1_000);
    const model = chartModel(history, 263);
    for (const l of model.lines) expect(l.points.length).toBe(CHART_BUCKETS + 1);
  });
});
