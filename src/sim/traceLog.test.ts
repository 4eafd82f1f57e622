import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from './scenario/builtins';
import { createSimulation } from './simulation';
import { TraceLog, chunkBuffers } from './traceLog';
import { TraceWriter } from './traceWriter';

function runOf(id: keyof typeof BUILTIN_SCENARIOS) {
  const sim = createSimulation(BUILTIN_SCENARIOS[id]);
  sim.run();
  return sim;
}

describe('TraceLog', () => {
  it.each(['handshake-and-close', 'syn-flood-cookies', 'lost-final-ack', 'half-close'] as const)(
    'gives back every line of %s as the JSON the core wrote',
    (id) => {
      const sim = runOf(id);
      const copy = new TraceWriter();
      for (const e of sim.trace) copy.push(e);
      expect(copy.length).toBe(sim.trace.length);
      expect(copy.toArray().map((e) => JSON.stringify(e))).toEqual(
        sim.trace.map((e) => JSON.stringify(e)),
      );
    },
  );

  it('once sharing lines, gives every reader one object per send and state change', () => {
    const sim = runOf('handshake-and-close');
    const log = new TraceLog();
    log.shareLines();
    log.appendChunk(sim.log.exportChunk());
    const kinds = new Set<string>();
    for (let i = 0; i < log.length; i++) {
      const line = log.at(i)!;
      expect(JSON.stringify(line)).toBe(JSON.stringify(sim.log.at(i)));
      const kept = line.type === 'send' || line.type === 'state';
      expect(log.at(i) === line).toBe(kept);
      expect(log.view().at(i) === line).toBe(kept);
      kinds.add(line.type);
    }
    expect([...kinds].sort()).toEqual(['call', 'deliver', 'send', 'state']);
    // A kept prefix (an action re-runs the rest) still gives the same objects.
    const kept = log.prefix(10);
    for (let i = 0; i < 10; i++) {
      const line = log.at(i)!;
      if (line.type === 'send' || line.type === 'state') expect(kept.at(i)).toBe(line);
    }
  });

  it('crosses in chunks whose buffers can be transferred, and rebuilds the same lines', () => {
    const sim = createSimulation(BUILTIN_SCENARIOS['syn-flood']);
    const received = new TraceLog();
    let mark = sim.log.mark();
    received.appendChunk(sim.log.exportChunk());
    for (let t = 1; !sim.isFinished(); t += 7) {
      sim.runUntil(t);
      const chunk = sim.log.exportChunk(mark);
      mark = sim.log.mark();
      // structuredClone with a transfer list is what postMessage does.
      received.appendChunk(structuredClone(chunk, { transfer: chunkBuffers(chunk) }));
    }
    expect(received.length).toBe(sim.log.length);
    expect(JSON.stringify(received.view())).toBe(JSON.stringify(sim.trace));
  });

  it('refuses a chunk that does not follow its last line', () => {
    const sim = runOf('handshake-and-close');
    const all = sim.log.exportChunk();
    const log = new TraceLog();
    log.appendChunk(all);
    expect(() => log.appendChunk(all)).toThrow(/out of order/);
  });

  it('forks share the lines so far; what each writes afterwards stays its own', () => {
    const log = new TraceWriter();
    log.push({ t: 0.1, type: 'deliver', id: 1 });
    const fork = log.fork();
    log.push({ t: 0.2, type: 'deliver', id: 2 });
    fork.push({ t: 0.3, type: 'kernel', host: 'server', text: 'hello' });
    expect(log.toArray()).toEqual([
      { t: 0.1, type: 'deliver', id: 1 },
      { t: 0.2, type: 'deliver', id: 2 },
    ]);
    expect(fork.toArray()).toEqual([
      { t: 0.1, type: 'deliver', id: 1 },
      { t: 0.3, type: 'kernel', host: 'server', text: 'hello' },
    ]);
    expect(fork.fork().fork().at(0)).toEqual({ t: 0.1, type: 'deliver', id: 1 });
  });

  it('turns a delivery into a drop when the host discards the segment', () => {
    const log = new TraceWriter();
    log.push({ t: 1, type: 'deliver', id: 9 });
    log.rewriteAsDrop(0, 'queue-full');
    expect(log.at(0)).toEqual({ t: 1, type: 'drop', id: 9, reason: 'queue-full' });
    expect(() => log.rewriteAsDrop(0, 'queue-full')).toThrow(/no delivery/);
  });

  it('forgets the lines after a truncation; what is pushed next follows the kept ones', () => {
    const sim = runOf('syn-flood-cookies');
    const lines = sim.trace.map((e) => JSON.stringify(e));
    const log = new TraceWriter();
    for (const e of sim.trace) log.push(e);
    log.truncate(1000);
    expect(log.length).toBe(1000);
    for (const e of sim.trace.slice(1000)) log.push(e);
    expect(log.toArray().map((e) => JSON.stringify(e))).toEqual(lines);
  });

  it('gives the page a prefix to keep; a fork (a re-run) sends only the lines after it', () => {
    const sim = createSimulation(BUILTIN_SCENARIOS['syn-flood']);
    sim.runUntil(3);
    // A checkpoint at line `keep`, from which the worker will re-run a different future.
    const checkpoint = sim.clone();
    const keep = sim.log.length;
    sim.runUntil(5);
    const page = new TraceLog();
    page.appendChunk(sim.log.exportChunk());
    const fork = checkpoint.log.fork();
    fork.push({ t: 3.5, type: 'kernel', host: 'server', text: 'a different future' });
    fork.push({
      t: 3.5,
      type: 'call',
      host: 'client',
      socket: 'late#9',
      call: 'close',
      result: 'ok',
    });
    const kept = page.prefix(keep);
    expect(kept.view().toArray()).toEqual(sim.log.toArray(0, keep));
    // The page says how many words and texts it holds; the chunk brings the rest.
    const { words, texts } = kept.mark();
    kept.appendChunk(fork.exportChunk({ ...fork.markAt(keep), words, texts }));
    expect(kept.view().toArray()).toEqual(fork.toArray());
    expect(page.length).toBe(sim.log.length);
  });
});
