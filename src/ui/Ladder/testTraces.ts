/** Real traces for the tests: the built-in scenarios, run once per test file. */
import { runScenario } from '../../sim/simulation';
import { BUILTIN_SCENARIOS, type BuiltinId } from '../../sim/scenario/builtins';
import type { Scenario } from '../../sim/scenario/types';
import type { TraceEvent } from '../../sim/trace';
import type { LadderHost } from './ladderIndex';

const traces = new Map<BuiltinId, readonly TraceEvent[]>();

/**
 * A built-in with every ACK sent at once (delayedAck off): the textbook four-segment close these
 * view tests were written against, with Linux's timers (Linux itself closes in three segments).
 */
export function textbook(id: BuiltinId): Scenario {
  return {
    ...BUILTIN_SCENARIOS[id],
    settings: { ...BUILTIN_SCENARIOS[id].settings, delayedAck: false, tailLossProbe: false },
  };
}

export function traceOf(id: BuiltinId): readonly TraceEvent[] {
  let trace = traces.get(id);
  if (!trace) {
    trace = runScenario(textbook(id));
    traces.set(id, trace);
  }
  return trace;
}

export function hostsOf(id: BuiltinId): LadderHost[] {
  return Object.entries(BUILTIN_SCENARIOS[id].hosts).map(([name, ip]) => ({ name, ip }));
}
