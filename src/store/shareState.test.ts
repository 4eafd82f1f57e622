import { describe, expect, it } from 'vitest';
import { decodeShareState, encodeShareState } from '../share/shareLink';
import { BUILTIN_SCENARIOS } from '../sim/scenario/builtins/index';
import type { Scenario } from '../sim/scenario/types';
import { createSimStore } from './createSimStore';
import { builtinOf, shareStateOf, storeFromShareState } from './shareState';

async function roundTrip(state: ReturnType<typeof shareStateOf>) {
  const decoded = await decodeShareState(encodeShareState(state));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return storeFromShareState(decoded.state);
}

describe('share state', () => {
  it('replays a built-in with recorded actions to the same time, trace and snapshot', async () => {
    const store = createSimStore({ builtinId: 'handshake-and-close' });
    store.getState().seek(2.06);
    expect(store.getState().act({ do: 'drop', match: { flags: 'ACK', from: 'client' } })).toBe(
      true,
    );
    store.getState().seek(2.4123);
    store.getState().setSpeed(4);
    const state = shareStateOf(store.getState(), 'ko');
    expect(state.builtin).toBe('handshake-and-close');
    expect(state.scenario).toBeUndefined();
    expect(state.lang).toBe('ko');

    const copy = (await roundTrip(state)).getState();
    const s = store.getState();
    expect(copy.builtinId).toBe('handshake-and-close');
    expect(copy.actions).toEqual(s.actions);
    expect(copy.time).toBe(s.time);
    expect(copy.speed).toBe(4);
    expect(JSON.stringify(copy.trace)).toBe(JSON.stringify(s.trace));
    expect(copy.snapshot).toEqual(s.snapshot);
  });

  it('keeps a built-in under the other profile as that built-in', async () => {
    const store = createSimStore({ builtinId: 'lost-final-ack' });
    store.getState().setProfile('rfc9293');
    const state = shareStateOf(store.getState());
    expect(state.builtin).toBeUndefined();
    const copy = (await roundTrip(state)).getState();
    expect(copy.builtinId).toBe('lost-final-ack');
    expect(copy.scenario.profile).toBe('rfc9293');
    expect(JSON.stringify(copy.trace)).toBe(JSON.stringify(store.getState().trace));
  });

  it('carries a scenario of its own whole', async () => {
    const own: Scenario = {
      ...BUILTIN_SCENARIOS['no-listener'],
      title: 'Mine',
      seed: 7,
    };
    const store = createSimStore({ scenario: own });
    store.getState().seek(0.3);
    const copy = (await roundTrip(shareStateOf(store.getState()))).getState();
    expect(copy.builtinId).toBeNull();
    expect(copy.scenario.title).toBe('Mine');
    expect(copy.time).toBe(0.3);
  });

  it('recognises built-ins whatever the key order, and nothing else', () => {
    const reordered = JSON.parse(JSON.stringify(BUILTIN_SCENARIOS['half-close'])) as Scenario;
    const { hosts, ...rest } = reordered;
    expect(builtinOf({ hosts, ...rest })).toBe('half-close');
    expect(builtinOf({ ...reordered, seed: 99 })).toBeNull();
  });

  it('clamps a time past the end to the end', () => {
    const store = storeFromShareState({ builtin: 'no-listener', actions: [], time: 80_000 });
    expect(store.getState().time).toBe(store.getState().duration);
  });
});
