import { describe, expect, it } from 'vitest';
import { runScenario } from '../simulation';
import { BUILTIN_IDS, BUILTIN_SCENARIOS } from './builtins';
import { DEFAULT_END_S, estimateWork, MAX_EVENTS } from './budget';
import { createSimulation } from '../simulation';
import type { Scenario, Step } from './types';
import { parseScenario, parseScenarioText } from './validate';

const hosts = { client: '10.0.0.1', server: '10.0.0.2' };
const listen: Step = { at: 0, do: 'listen', host: 'server', port: 80 };
const scenario = (steps: Step[], extra: Partial<Scenario> = {}): Scenario => ({
  version: 1,
  hosts,
  steps: [listen, ...steps],
  ...extra,
});
const messages = (input: unknown) => {
  const r = parseScenario(input);
  return r.ok ? [] : r.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
};

describe('the work a scenario may ask for', () => {
  it('refuses 9,999 connect steps of count 100,000 before running, naming what to reduce', () => {
    const steps = Array.from({ length: 9_999 }, (_, i): Step => ({
      at: 1,
      do: 'connect',
      host: 'client',
      to: 'server:80',
      as: `c${i}`,
      count: 100_000,
    }));
    const found = messages(scenario(steps));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/too much work: about [\d,]+ events \(999,900,000 connections/);
    expect(found[0]).toContain('Reduce steps[1] (100,000 connections)');
    expect(() => createSimulation(scenario(steps))).toThrow(/too much work/);
  });

  it('refuses a 100 MB send at mss 88 and says a larger mss helps', () => {
    const steps: Step[] = [
      { at: 0.1, do: 'connect', host: 'client', to: 'server:80', as: 'c' },
      { at: 1, do: 'send', host: 'client', socket: 'c', bytes: 100_000_000 },
    ];
    const found = messages(scenario(steps, { settings: { mss: 88 } }));
    expect(found[0]).toContain('steps[2] (100,000,000 bytes in 88 bytes segments)');
    expect(found[0]).toContain('a larger mss');
    // The same bytes at the default MSS are within the budget.
    expect(messages(scenario(steps))).toEqual([]);
  });

  it('counts the smallest mss a set step switches to, and "*" sends on every connection', () => {
    const steps: Step[] = [
      { at: 0.1, do: 'connect', host: 'client', to: 'server:80', count: 1000 },
      { at: 1, do: 'set', settings: { mss: 88 } },
      { at: 2, do: 'send', host: 'client', socket: '*', bytes: 1_000_000 },
    ];
    const work = estimateWork(scenario(steps));
    expect(work.connections).toBe(1000);
    expect(work.largest[0]).toMatchObject({ path: 'steps[3]' });
    expect(work.largest[0]!.what).toContain('on 1,000 sockets');
    expect(work.events).toBeGreaterThan(MAX_EVENTS);
  });

  it('lets every built-in run, and never estimates less than a built-in actually does', () => {
    for (const id of BUILTIN_IDS) {
      const work = estimateWork(BUILTIN_SCENARIOS[id]);
      expect(work.events, id).toBeLessThanOrEqual(MAX_EVENTS);
      const trace = runScenario(BUILTIN_SCENARIOS[id]);
      const sends = trace.filter((e) => e.type === 'send').length;
      expect(work.segments, `${id} segments`).toBeGreaterThanOrEqual(sends);
      expect(work.events, `${id} events`).toBeGreaterThanOrEqual(trace.length);
    }
  });
});

describe('steps after the end of the run', () => {
  it('reports a step at 1e300 instead of accepting a step that would never happen', () => {
    const found = messages(scenario([{ at: 1e300, do: 'vanish', host: 'client' }]));
    expect(found).toEqual([
      `steps[1].at: 1e+300 s is after the end of the run, so this step would never happen: the run ends at ${DEFAULT_END_S} s unless "until" says otherwise (at most 86400)`,
    ]);
  });

  it('reports a step after "until"', () => {
    const found = messages(scenario([{ at: 30, do: 'vanish', host: 'client' }], { until: 20 }));
    expect(found).toEqual([
      'steps[1].at: 30 s is after the end of the run, so this step would never happen: the run ends at "until": 20 s',
    ]);
    expect(messages(scenario([{ at: 20, do: 'vanish', host: 'client' }], { until: 20 }))).toEqual(
      [],
    );
  });

  it('agrees with the core: a run without "until" ends at DEFAULT_END_S', () => {
    expect(createSimulation(scenario([])).endTime()).toBe(DEFAULT_END_S);
  });
});

describe('deeply nested comments', () => {
  it('rejects a 100,000-deep $comment with one answer whatever the stack depth', () => {
    const depth = 100_000;
    const text = `{"version":1,"hosts":{"a":"10.0.0.1"},"steps":[],"$comment":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const parsed = parseScenarioText(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toEqual([
      { path: '$comment', message: 'expected a comment nested at most 32 levels deep' },
    ]);
  });

  it('keeps a comment nested within the limit', () => {
    const nested = JSON.parse(`${'['.repeat(31)}1${']'.repeat(31)}`) as unknown;
    const parsed = parseScenario({ ...scenario([]), $comment: nested });
    expect(parsed.ok).toBe(true);
  });
});
