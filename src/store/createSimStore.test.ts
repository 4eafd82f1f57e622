import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_SCENARIOS } from '../sim/scenario/builtins/index';
import type { Scenario, Step } from '../sim/scenario/types';
import { createSimulation } from '../sim/simulation';
import type { FromWorker } from '../worker/protocol';
import { hostSlicedRunner, hostSyncRunner } from '../worker/runner';
import { createSimHost } from '../worker/simHost';
import { createSimStore, type SimStore } from './createSimStore';
import { IDLE_LEAD } from './playbackRules';
import { buildTraceIndex } from './traceIndex';

/** Checkpoints every few events, so that backward seeks really restore one. */
const DENSE = { minEvents: 5, eventsPerSocket: 0, max: 1000 };

function freshSnapshot(scenario: Scenario, t: number, actions: readonly Step[] = []) {
  const sim = createSimulation(scenario, { actions });
  sim.runUntil(t);
  return sim.snapshot();
}

/** The store's trace and index are those of a plain run with its actions, from t = 0. */
function expectFromScratch(store: SimStore) {
  const s = store.getState();
  const sim = createSimulation(s.scenario, { actions: s.actions });
  sim.run();
  expect(JSON.stringify(s.trace)).toBe(JSON.stringify(sim.trace));
  const fresh = buildTraceIndex(sim.log, s.hosts, (s.scenario.settings?.delayMs ?? 50) / 1000);
  const index = s.index;
  expect([...index.times]).toEqual([...fresh.times]);
  expect(index.segments).toEqual(fresh.segments);
  expect(index.stateEvents).toEqual(fresh.stateEvents);
  for (const t of [0, 0.5, 3, 10, 30, 61, 1000]) {
    expect(index.segmentsAt(t, 0.3)).toEqual(fresh.segmentsAt(t, 0.3));
    for (const h of s.hosts) {
      expect(index.countsAt(h.name, t), `${h.name} at ${t}`).toEqual(fresh.countsAt(h.name, t));
      expect(index.callsBefore(h.name, t, 5)).toEqual(fresh.callsBefore(h.name, t, 5));
      expect(index.kernelBefore(h.name, t)).toEqual(fresh.kernelBefore(h.name, t));
    }
  }
}

describe('createSimStore', () => {
  it('records the full trace of the scenario, byte for byte as a plain run', () => {
    const store = createSimStore({ builtinId: 'lost-final-ack' });
    const sim = createSimulation(BUILTIN_SCENARIOS['lost-final-ack']);
    sim.run();
    expect(JSON.stringify(store.getState().trace)).toBe(JSON.stringify(sim.trace));
    expect(store.getState().time).toBe(0);
    expect(store.getState().duration).toBeCloseTo(62.9);
  });

  it('gives the same snapshot as a fresh run after seeking forward and back', () => {
    const scenario = BUILTIN_SCENARIOS['close-wait-leak'];
    const store = createSimStore({ builtinId: 'close-wait-leak', checkpoints: DENSE });
    for (const t of [5, 12.3, 0.7, 65, 3.1, 3.1, 70, 0, 40]) {
      store.getState().seek(t);
      expect(store.getState().time).toBe(t);
      expect(store.getState().snapshot, `at ${t}`).toEqual(freshSnapshot(scenario, t));
    }
  });

  it('makes two stores that do not share playback', () => {
    const a = createSimStore();
    const b = createSimStore({ builtinId: 'no-listener' });
    a.getState().seek(2);
    expect(b.getState().time).toBe(0);
    expect(b.getState().builtinId).toBe('no-listener');
    expect(a.getState().builtinId).toBe('handshake-and-close');
  });

  it('steps to the next and previous event times', () => {
    const store = createSimStore();
    store.getState().stepForward();
    expect(store.getState().time).toBe(0.1);
    store.getState().stepForward();
    expect(store.getState().time).toBe(0.15);
    store.getState().stepBack();
    expect(store.getState().time).toBe(0.1);
    expect(store.getState().snapshot).toEqual(
      freshSnapshot(BUILTIN_SCENARIOS['handshake-and-close'], 0.1),
    );
  });

  it('jumps over idle time and marks the gap', () => {
    const store = createSimStore({ builtinId: 'client-vanishes' });
    store.getState().seek(1.5);
    store.getState().play();
    store.getState().advance(0.016);
    const { time, skipped } = store.getState();
    expect(time).toBeCloseTo(30 - IDLE_LEAD);
    expect(skipped).toEqual([{ from: 1.5, to: time }]);
    // While segments are on the wire, time moves at its normal pace.
    store.getState().seek(30.01);
    store.getState().advance(0.016);
    expect(store.getState().time).toBeCloseTo(30.026);
  });

  it('merges a replayed gap with the one already marked', () => {
    const store = createSimStore({ builtinId: 'client-vanishes' });
    store.getState().seek(1.5);
    store.getState().advance(0.01);
    store.getState().seek(10);
    store.getState().advance(0.01);
    expect(store.getState().skipped).toHaveLength(1);
    expect(store.getState().skipped[0]!.from).toBe(1.5);
  });

  it('stops playing at the end, and starts again from zero on play', () => {
    const store = createSimStore({ builtinId: 'no-listener' });
    store.getState().play();
    for (let i = 0; i < 200 && store.getState().playing; i++) store.getState().advance(0.05);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().time).toBe(store.getState().duration);
    store.getState().play();
    expect(store.getState().time).toBe(0);
    expect(store.getState().playing).toBe(true);
  });

  it('records an action at the playback time and keeps the time', () => {
    const store = createSimStore({ builtinId: 'handshake-and-close' });
    store.getState().seek(1.5);
    expect(store.getState().act({ do: 'send', host: 'server', socket: 'web#1', bytes: 500 })).toBe(
      true,
    );
    const s = store.getState();
    expect(s.time).toBe(1.5);
    expect(s.actions).toEqual([
      { do: 'send', host: 'server', socket: 'web#1', bytes: 500, at: 1.5 },
    ]);
    expect(
      [...s.trace].some((e) => e.type === 'call' && e.call === 'send' && e.host === 'server'),
    ).toBe(true);
  });

  it('truncates later actions when acting after scrubbing back, and changes the future', () => {
    const scenario = BUILTIN_SCENARIOS['handshake-and-close'];
    const store = createSimStore({ builtinId: 'handshake-and-close', checkpoints: DENSE });
    store.getState().seek(1.5);
    store.getState().act({ do: 'abort', host: 'client', socket: 'c1' });
    const aborted = store.getState().trace;
    expect([...aborted].some((e) => e.type === 'send' && e.why === 'rst-abort')).toBe(true);

    store.getState().seek(0.5);
    store.getState().act({ do: 'send', host: 'client', socket: 'c1', bytes: 10 });
    const s = store.getState();
    expect(s.actions.map((a) => a.do)).toEqual(['send']);
    expect([...s.trace].some((e) => e.type === 'send' && e.why === 'rst-abort')).toBe(false);
    expect(s.time).toBe(0.5);
    for (const t of [0.5, 0.6, 2.2, 0.3]) {
      store.getState().seek(t);
      expect(store.getState().snapshot).toEqual(freshSnapshot(scenario, t, s.actions));
    }
  });

  it('refuses an invalid action with the reason, keeping the recorded ones', () => {
    const store = createSimStore();
    store.getState().seek(1);
    expect(store.getState().act({ do: 'close', host: 'client', socket: 'nobody' })).toBe(false);
    const s = store.getState();
    expect(s.actions).toEqual([]);
    expect(s.message?.kind).toBe('invalid-action');
    expect(s.message?.detail).toMatch(/nobody/);
    s.dismissMessage();
    expect(store.getState().message).toBeNull();
  });

  it('drops exactly the segment pressed on the wire, where it is at that moment', () => {
    const store = createSimStore({ builtinId: 'handshake-and-close' });
    store.getState().seek(0.12);
    expect(store.getState().dropSegment(1)).toBe(true);
    const s = store.getState();
    expect([...s.trace].find((e) => e.type === 'drop')).toEqual({
      t: 0.12,
      type: 'drop',
      id: 1,
      reason: 'rule',
    });
    expect([...s.trace].find((e) => e.type === 'deliver' && e.id === 1)).toBeUndefined();
    expect(s.actions).toEqual([{ do: 'drop', match: { id: 1 }, at: 0.12 }]);
    expect(s.time).toBe(0.12);
    // The segment had arrived in the run before: the index kept from it forgot that.
    expectFromScratch(store);
  });

  it('keeps the trace and its index up to an action; the worker computes only what follows', () => {
    const heard: FromWorker[] = [];
    const store = createSimStore({
      builtinId: 'syn-flood-cookies',
      checkpoints: { minEvents: 200, eventsPerSocket: 0, max: 1000 },
      runner: (listen) =>
        hostSyncRunner(createSimHost, (m) => {
          heard.push(m);
          listen(m);
        }),
    });
    const whole = store.getState().trace.length;
    store.getState().seek(30);
    store.getState().act({ do: 'vanish', host: 'server' });
    const started = heard.filter((m) => m.type === 'started');
    expect(started).toHaveLength(2);
    expect(started[1]!.type === 'started' && started[1]!.keep).toBeGreaterThan(whole / 2);
    expectFromScratch(store);
    // Acting again, earlier: the future after the playback time (the vanish) is forgotten.
    store.getState().seek(10);
    store.getState().act({ do: 'close', host: 'client', socket: 'c1' });
    expect(store.getState().actions.map((a) => a.do)).toEqual(['close']);
    expectFromScratch(store);
  });

  it('reloads with another profile and resets to the scenario alone', () => {
    const store = createSimStore({ builtinId: 'firewall-drop' });
    store.getState().seek(2);
    store.getState().act({ do: 'firewall', host: 'server', port: 80, action: 'off' });
    store.getState().setProfile('rfc9293');
    let s = store.getState();
    expect(s.scenario.profile).toBe('rfc9293');
    expect(s.builtinId).toBe('firewall-drop');
    expect(s.actions).toEqual([]);
    expect(s.time).toBe(0);
    store.getState().seek(3);
    store.getState().act({ do: 'vanish', host: 'client' });
    store.getState().reset();
    s = store.getState();
    expect(s.actions).toEqual([]);
    expect(s.time).toBe(0);
    expect(s.scenario.profile).toBe('rfc9293');
  });

  it('falls back to the default scenario and says why when given a broken one', () => {
    const broken = { version: 1, hosts: {}, steps: [] } as unknown as Scenario;
    const store = createSimStore({ scenario: broken });
    expect(store.getState().builtinId).toBe('handshake-and-close');
    expect(store.getState().message?.kind).toBe('invalid-scenario');
    expect(store.getState().loadScenario(broken)).toBe(false);
    expect(store.getState().builtinId).toBe('handshake-and-close');
  });

  it('clamps the speed to the range offered', () => {
    const store = createSimStore();
    store.getState().setSpeed(1000);
    expect(store.getState().speed).toBe(64);
    store.getState().setSpeed(0.01);
    expect(store.getState().speed).toBe(0.25);
  });
});

describe('a run streamed while playing', () => {
  it('is taken in only as far ahead of playback as it needs, and at full speed once paused', async () => {
    const scenario: Scenario = {
      version: 1,
      title: 'Many short connections',
      seed: 3,
      hosts: { client: '192.168.123.10', server: '10.0.0.80' },
      steps: [
        { at: 0, host: 'server', do: 'listen', port: 80, backlog: 4096, as: 'web' },
        {
          at: 0.1,
          host: 'client',
          do: 'connect',
          to: 'server:80',
          as: 'req',
          count: 2000,
          interval: 0.01,
          closeAfter: 0,
        },
      ],
    };
    let chunks = 0;
    let acks = 0;
    const store = createSimStore({
      scenario,
      runner: (listen) => {
        const runner = hostSlicedRunner(createSimHost, (m) => {
          if (m.type === 'chunk' && !m.finished) chunks++;
          listen(m);
        });
        return {
          ...runner,
          kind: runner.kind,
          send(m) {
            if (m.type === 'ack') acks++;
            runner.send(m);
          },
        };
      },
    });
    store.getState().play();
    // Held: a chunk taken in and not acknowledged, with what is computed well ahead of playback.
    // (Generous timeouts: a loaded machine computes slowly; the test waits for states, not time.)
    await vi.waitFor(
      () => {
        expect(chunks).toBeGreaterThan(0);
        expect(acks).toBe(chunks - 1);
        expect(store.getState().run.until - store.getState().time).toBeGreaterThan(5);
      },
      { timeout: 60_000 },
    );
    // Still held once the page had its turns (an acknowledgement would have gone by now).
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done, 0));
    expect(acks).toBe(chunks - 1);
    const { until } = store.getState().run;
    expect(store.getState().run.status).toBe('computing');
    // Playback coming close asks for the next piece at once.
    store.getState().advance(until - store.getState().time - 1);
    expect(acks).toBe(chunks);
    // Paused, the rest comes in without waiting for playback.
    store.getState().pause();
    await vi.waitFor(() => expect(store.getState().run.status).toBe('complete'), {
      timeout: 60_000,
    });
    expect(store.getState().time).toBeLessThan(until);
  }, 150_000);
});
