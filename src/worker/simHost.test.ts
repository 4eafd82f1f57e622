import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../sim/scenario/builtins/index';
import { createSimulation } from '../sim/simulation';
import { TraceLog } from '../sim/traceLog';
import type { Step } from '../sim/scenario/types';
import type { FromWorker, ToWorker } from './protocol';
import { createSimHost } from './simHost';
import { unpackSnapshot } from './snapshotCodec';

/**
 * The worker's message handler, run in-process: a fake inbox, a queue for what it defers, and a
 * clock that moves 10 ms per look (so its slices end after a fixed amount of work, not of time).
 */
function harness(options: { chunkLines?: number } = {}) {
  const out: FromWorker[] = [];
  const later: (() => void)[] = [];
  let clock = 0;
  const host = createSimHost(
    { post: (m) => out.push(m), later: (fn) => later.push(fn), now: () => (clock += 10) },
    { sliceMs: 25, ...options },
  );
  return {
    out,
    send: (m: ToWorker) => host.handle(m),
    /** Runs what the host deferred, once each (what it defers meanwhile waits for the next). */
    tick() {
      for (const fn of later.splice(0)) fn();
    },
    chunks: () => out.filter((m) => m.type === 'chunk'),
  };
}

const SYN_FLOOD = BUILTIN_SCENARIOS['syn-flood'];

describe('the simulation worker', () => {
  it('streams the run in chunks, one at a time, that rebuild the trace of a straight run', () => {
    const h = harness({ chunkLines: 5000 });
    h.send({ type: 'run', job: 1, scenario: SYN_FLOOD, actions: [], seek: 0 });
    expect(h.out[0]).toMatchObject({ type: 'started', job: 1 });
    const log = new TraceLog();
    for (let guard = 0; guard < 10_000; guard++) {
      h.tick();
      const chunks = h.chunks();
      // Nothing more is posted until the page acknowledges what it has.
      expect(chunks.length).toBeLessThanOrEqual(log.length === 0 ? 1 : guard + 1);
      const last = chunks[chunks.length - 1];
      if (last && last.type === 'chunk' && last.chunk.from.events === log.length) {
        log.appendChunk(last.chunk);
        expect(last.chunk.events.t.length).toBeLessThanOrEqual(5000);
        if (last.finished) break;
        h.send({ type: 'ack', job: 1 });
      }
    }
    const straight = createSimulation(SYN_FLOOD);
    straight.run();
    expect(JSON.stringify(log.view())).toBe(JSON.stringify(straight.trace));
    const chunks = h.chunks();
    expect(chunks.length).toBeGreaterThan(3);
    const last = chunks[chunks.length - 1]!;
    expect(last).toMatchObject({ finished: true, cancelled: false });
  });

  it('counts the connections the scenario asks for, as it goes', () => {
    const h = harness();
    h.send({
      type: 'run',
      job: 1,
      scenario: BUILTIN_SCENARIOS['port-exhaustion'],
      actions: [],
      seek: 0,
    });
    h.tick();
    h.tick();
    const first = h.chunks()[0]!;
    expect(first.type === 'chunk' && first.progress.total).toBe(28_300);
    expect(first.type === 'chunk' && first.progress.done).toBeGreaterThan(0);
    expect(first.type === 'chunk' && first.progress.done).toBeLessThan(28_300);
  });

  it('answers a seek with the snapshot a fresh run has at that time, the latest seek only', () => {
    const h = harness();
    h.send({ type: 'run', job: 1, scenario: SYN_FLOOD, actions: [], seek: 0 });
    for (let i = 0; i < 2000 && !h.chunks().some((c) => c.type === 'chunk' && c.finished); i++) {
      h.tick();
      h.send({ type: 'ack', job: 1 });
    }
    h.out.length = 0;
    h.send({ type: 'seek', job: 1, t: 2 });
    h.send({ type: 'seek', job: 1, t: 5.5 });
    h.tick();
    const answers = h.out.filter((m) => m.type === 'snapshot');
    expect(answers).toHaveLength(1);
    const reference = createSimulation(SYN_FLOOD);
    reference.runUntil(5.5);
    const answer = answers[0]!;
    expect(answer.type === 'snapshot' && answer.t).toBe(5.5);
    expect(
      answer.type === 'snapshot' && answer.snapshot && unpackSnapshot(answer.snapshot),
    ).toEqual(reference.snapshot());
  });

  it('stops when cancelled: a last chunk says so, and seeks stay within what the page has', () => {
    const h = harness({ chunkLines: 2000 });
    h.send({
      type: 'run',
      job: 1,
      scenario: BUILTIN_SCENARIOS['port-exhaustion'],
      actions: [],
      seek: 0,
    });
    h.tick();
    h.tick();
    const log = new TraceLog();
    const first = h.chunks()[0]!;
    if (first.type === 'chunk') log.appendChunk(first.chunk);
    h.send({ type: 'cancel', job: 1 });
    const last = h.out[h.out.length - 1]!;
    expect(last).toMatchObject({ type: 'chunk', finished: true, cancelled: true });
    if (last.type === 'chunk') log.appendChunk(last.chunk);
    const end = log.timeAt(log.length - 1);
    expect(last.type === 'chunk' && last.progress.until).toBe(end);
    h.out.length = 0;
    h.send({ type: 'seek', job: 1, t: 100 });
    h.tick();
    expect(h.out).toEqual([expect.objectContaining({ type: 'snapshot', t: end })]);
    // Nothing more is computed or sent.
    h.tick();
    h.tick();
    expect(h.chunks()).toHaveLength(0);
  });

  it('ignores messages for a job it has moved on from', () => {
    const h = harness();
    h.send({ type: 'run', job: 1, scenario: SYN_FLOOD, actions: [], seek: 0 });
    h.send({
      type: 'run',
      job: 2,
      scenario: BUILTIN_SCENARIOS['lost-final-ack'],
      actions: [],
      seek: 0,
    });
    h.send({ type: 'seek', job: 1, t: 3 });
    h.send({ type: 'cancel', job: 1 });
    for (let i = 0; i < 50; i++) {
      h.tick();
      h.send({ type: 'ack', job: 2 });
    }
    expect(h.out.filter((m) => m.type !== 'started').every((m) => m.job === 2)).toBe(true);
    expect(h.chunks().some((c) => c.type === 'chunk' && c.finished && !c.cancelled)).toBe(true);
  });

  it('says what is wrong with a scenario it cannot run', () => {
    const h = harness();
    h.send({ type: 'run', job: 3, scenario: { version: 1 }, actions: [], seek: 0 });
    expect(h.out).toEqual([{ type: 'error', job: 3, detail: expect.stringContaining('hosts') }]);
  });

  describe('a run that continues the last one (a recorded action)', () => {
    const scenario = BUILTIN_SCENARIOS['syn-flood-cookies'];
    const DENSE = { minEvents: 200, eventsPerSocket: 0, max: 1000 };
    type Run = Extract<ToWorker, { type: 'run' }>;

    /** Acknowledges and ticks until the job's last chunk came; appends each chunk to `log`. */
    function drain(h: ReturnType<typeof harness>, job: number, log: TraceLog): number {
      let sent = 0;
      for (let i = 0; i < 10_000; i++) {
        h.tick();
        for (const m of h.out.splice(0)) {
          if (m.type !== 'chunk' || m.job !== job) continue;
          log.appendChunk(m.chunk);
          sent += m.chunk.events.t.length;
          if (m.finished) return sent;
          h.send({ type: 'ack', job });
        }
      }
      throw new Error('the run never finished');
    }

    function fresh(actions: Step[]): string[] {
      const sim = createSimulation(scenario, { actions });
      sim.run();
      return sim.log.toArray().map((e) => JSON.stringify(e));
    }

    function keptOf(h: ReturnType<typeof harness>, job: number): number {
      const started = h.out.find((m) => m.type === 'started' && m.job === job);
      if (started?.type !== 'started') throw new Error(`job ${job} did not start`);
      return started.keep;
    }

    const run = (job: number, actions: Step[], from?: Run['from']): Run => ({
      type: 'run',
      job,
      scenario,
      actions,
      checkpoints: DENSE,
      seek: 0,
      ...(from && { from }),
    });

    it('starts from the nearest checkpoint and sends only the lines after it', () => {
      const h = harness();
      h.send(run(1, []));
      const page = new TraceLog();
      drain(h, 1, page);
      const action: Step = { at: 40, do: 'vanish', host: 'client' };
      const before = page.length;
      const holds = page.mark();
      h.send(run(2, [action], { job: 1, mark: holds, started: true }));
      const keep = keptOf(h, 2);
      expect(keep).toBeGreaterThan(before / 2);
      const mine = page.prefix(keep);
      const sent = drain(h, 2, mine);
      expect(sent).toBeLessThan(before - keep + 2000);
      expect(
        mine
          .view()
          .toArray()
          .map((e) => JSON.stringify(e)),
      ).toEqual(fresh([action]));
    });

    it('keeps no more than the run before had in common when the page acts again at once', () => {
      const h = harness();
      h.send(run(1, []));
      const page = new TraceLog();
      drain(h, 1, page);
      const first: Step = { at: 20, do: 'set', settings: { lossRate: 0.3 } };
      const second: Step = { at: 50, do: 'close', host: 'client', socket: '*' };
      // The page asks for run 2, and acts again before it heard that run 2 started: it still
      // holds run 1's lines, the same as run 2's only up to what run 2 kept.
      h.send(run(2, [first], { job: 1, mark: page.mark(), started: true }));
      for (let i = 0; i < 20; i++) {
        h.tick();
        h.send({ type: 'ack', job: 2 });
      }
      const holds = page.markAt(page.length);
      h.send(run(3, [first, second], { job: 2, mark: holds, started: false }));
      expect(keptOf(h, 3)).toBeLessThanOrEqual(keptOf(h, 2));
      const mine = page.prefix(keptOf(h, 3));
      drain(h, 3, mine);
      expect(
        mine
          .view()
          .toArray()
          .map((e) => JSON.stringify(e)),
      ).toEqual(fresh([first, second]));
    });

    it('starts over for another scenario, or for a job it no longer has', () => {
      const h = harness();
      h.send(run(1, []));
      const page = new TraceLog();
      drain(h, 1, page);
      const mark = page.mark();
      h.send({
        ...run(2, []),
        scenario: { ...scenario, seed: 99 },
        from: { job: 1, mark, started: true },
      });
      expect(keptOf(h, 2)).toBe(0);
      h.send(run(3, [], { job: 1, mark, started: true }));
      expect(keptOf(h, 3)).toBe(0);
    });
  });
});
