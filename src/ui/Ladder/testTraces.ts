/** Real traces for the tests: the built-in scenarios, run once per test file. */
import { runScenario } from '../../sim/simulation';
import { BUILTIN_SCENARIOS, type BuiltinId } from '../../sim/scenario/builtins';
import type { TraceEvent } from '../../sim/trace';
import type { LadderHost } from './ladderIndex';

const traces = new Map<BuiltinId, readonly TraceEvent[]>();

export function traceOf(id: BuiltinId): readonly TraceEvent[] {
  let trace = traces.get(id);
  if (!trace) {
    trace = runScenario(BUILTIN_SCENARIOS[id]);
    traces.set(id, trace);
  }
  return trace;
}

export function hostsOf(id: BuiltinId): LadderHost[] {
  return Object.entries(BUILTIN_SCENARIOS[id].hosts).map(([name, ip]) => ({ name, ip }));
}
