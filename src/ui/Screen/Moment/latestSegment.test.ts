import { describe, expect, it } from 'vitest';
import { createSimulation, runScenario } from '../../../sim/simulation';
import { TraceWriter } from '../../../sim/traceWriter';
import { BUILTIN_SCENARIOS } from '../../../sim/scenario/builtins/index';
import type { TraceEvent } from '../../../sim/trace';
import { latestSegmentAt } from './latestSegment';

describe('latestSegmentAt', () => {
  const trace: readonly TraceEvent[] = runScenario(BUILTIN_SCENARIOS['handshake-and-close']);
  const sends = trace.filter((e) => e.type === 'send');

  it('is null before the first segment leaves', () => {
    expect(latestSegmentAt(trace, sends[0]!.t - 0.001)).toBeNull();
  });

  it('names the segment that just left, then the one that just arrived', () => {
    const first = sends[0]!;
    expect(latestSegmentAt(trace, first.t)).toBe(first.id);
    const arrival = trace.find((e) => e.type === 'deliver' && e.id === first.id)!;
    // The SYN's arrival makes the SYN+ACK leave at the same instant: the later event wins.
    const atArrival = trace.filter(
      (e) => e.t === arrival.t && (e.type === 'send' || e.type === 'deliver' || e.type === 'drop'),
    );
    expect(latestSegmentAt(trace, arrival.t)).toBe((atArrival.at(-1) as { id: number }).id);
  });

  it('holds between events and is the last segment at the end of the run', () => {
    const last = trace
      .filter((e) => e.type === 'send' || e.type === 'deliver' || e.type === 'drop')
      .at(-1) as { id: number; t: number };
    expect(latestSegmentAt(trace, last.t + 1000)).toBe(last.id);
  });

  it('carries over to a trace an action re-ran, cut back to the lines they share', () => {
    const scenario = BUILTIN_SCENARIOS['lost-final-ack'];
    const action = { at: 2.07, do: 'vanish', host: 'server' } as const;
    const page = new TraceWriter();
    for (const e of runScenario(scenario)) page.push(e);
    const after = createSimulation(scenario, { actions: [action] });
    after.run();
    let keep = 0;
    while (after.log.timeAt(keep) < action.at) keep++;
    const kept = page.prefix(keep);
    latestSegmentAt(page.view(), 100);
    for (let i = keep; i < after.log.length; i++) kept.push(after.log.at(i)!);
    for (const t of [0.1, 2.05, 2.1, 2.3, 2.4, 3, 70]) {
      expect(latestSegmentAt(kept.view(), t), `at ${t}`).toBe(latestSegmentAt(after.log.view(), t));
    }
  });
});
