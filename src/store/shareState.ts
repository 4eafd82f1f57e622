/**
 * A store from a share link's state, and a share link's state from a store
 * (src/share/shareLink.ts does the encoding). Opening a link replays the same scenario with the
 * same recorded actions and seeks to the same time: the same run, to the event.
 */
import type { ShareState } from '../share/shareLink';
import { BUILTIN_IDS, BUILTIN_SCENARIOS, type BuiltinId } from '../sim/scenario/builtins/index';
import type { Scenario } from '../sim/scenario/types';
import { parseScenario } from '../sim/scenario/validate';
import {
  createSimStore,
  type SimStore,
  type SimStoreOptions,
  type SimStoreState,
} from './createSimStore';

/** JSON with sorted keys: two scenarios are the same when their texts are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function withoutProfile(scenario: Scenario): string {
  const { profile: _profile, ...rest } = scenario;
  return canonical(rest);
}

const builtinTexts = new Map<BuiltinId, string>();

/**
 * The built-in a scenario is, perhaps under the other profile (the picker's profile switch keeps
 * the built-in's card): null for a scenario of one's own.
 */
export function builtinOf(scenario: Scenario): BuiltinId | null {
  const text = withoutProfile(scenario);
  for (const id of BUILTIN_IDS) {
    let known = builtinTexts.get(id);
    if (known === undefined) {
      const parsed = parseScenario(BUILTIN_SCENARIOS[id]);
      known = parsed.ok ? withoutProfile(parsed.scenario) : '';
      builtinTexts.set(id, known);
    }
    if (known === text) return id;
  }
  return null;
}

/** What a share link records of a store: scenario (or built-in), actions, time, speed. */
export function shareStateOf(s: SimStoreState, lang?: string): ShareState {
  const state: ShareState = { actions: [...s.actions], time: s.time, speed: s.speed };
  const builtin = s.builtinId;
  const asBuiltin =
    builtin !== null &&
    (s.scenario.profile ?? 'linux') === (BUILTIN_SCENARIOS[builtin].profile ?? 'linux');
  if (asBuiltin) state.builtin = builtin;
  else state.scenario = s.scenario;
  if (lang) state.lang = lang;
  return state;
}

/**
 * A store that replays a share link's state and stands at its time. A built-in under the other
 * profile comes back as that built-in (its card, its place in the picker).
 */
export function storeFromShareState(
  state: ShareState,
  options: Pick<SimStoreOptions, 'checkpoints'> = {},
): SimStore {
  const common: SimStoreOptions = { ...options, actions: state.actions };
  if (state.speed !== undefined) common.speed = state.speed;
  const store = state.builtin
    ? createSimStore({ ...common, builtinId: state.builtin })
    : createSimStore({ ...common, scenario: state.scenario });
  const s = store.getState();
  if (!state.builtin && s.message === null) {
    const id = builtinOf(s.scenario);
    // createSimStore has no option for "this scenario, shown as that built-in": say it after.
    if (id) store.setState({ builtinId: id });
  }
  if (state.time > 0 && s.message === null) store.getState().seek(state.time);
  return store;
}
