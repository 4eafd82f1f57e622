import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, type BuiltinId } from '../../sim/scenario/builtins/index';
import type { Step } from '../../sim/scenario/types';
import { createSimulation } from '../../sim/simulation';
import { TraceWriter } from '../../sim/traceWriter';
import { ladderIndex, type LadderIndex } from './ladderIndex';

/**
 * The page's trace of a run, and the one it has once an action re-ran the rest: the old one's
 * lines before the action (a prefix of it), then the new run's.
 */
function rerun(id: BuiltinId, action: Step) {
  const scenario = BUILTIN_SCENARIOS[id];
  const before = createSimulation(scenario);
  before.run();
  const after = createSimulation(scenario, { actions: [action] });
  after.run();
  const page = new TraceWriter();
  for (const e of before.log) page.push(e);
  let keep = 0;
  while (keep < after.log.length && after.log.timeAt(keep) < action.at - 1e-7) keep++;
  const kept = page.prefix(keep);
  for (let i = keep; i < after.log.length; i++) kept.push(after.log.at(i)!);
  const hosts = Object.entries(scenario.hosts).map(([name, ip]) => ({ name, ip }));
  return { before: page.view(), after: kept.view(), fresh: after.log.view(), hosts };
}

function plain(index: LadderIndex) {
  const { pending, processed, segs, ...rest } = index;
  return {
    ...rest,
    segs: [...segs],
    processed,
    pending: [...pending.keys()].sort((a, b) => a - b),
  };
}

const CASES: [BuiltinId, Step][] = [
  // The data segment is on the wire (sent at 1, arrives at 1.05).
  ['handshake-and-close', { at: 1.02, do: 'abort', host: 'client', socket: 'c1' }],
  ['lost-final-ack', { at: 2.07, do: 'vanish', host: 'server' }],
  ['syn-flood-cookies', { at: 3.01, do: 'firewall', host: 'server', port: 80, action: 'drop' }],
  ['simultaneous-open', { at: 0.1, do: 'drop', match: { flags: 'SYN' }, count: 2 }],
];

describe('the ladder index of a trace an action re-ran', () => {
  it.each(CASES)('is carried over from the run before and cut back (%s)', (id, action) => {
    const { before, after, fresh, hosts } = rerun(id, action);
    const old = ladderIndex(before, hosts);
    const carried = ladderIndex(after, hosts);
    // The same object, cut back and extended rather than built again from the first line.
    expect(carried).toBe(old);
    expect(plain(carried)).toEqual(plain(ladderIndex(fresh, hosts)));
  });
});
