import { describe, expect, it } from 'vitest';
import { createSimStore } from './createSimStore';
import { actionableSockets, freshSocketName, servicePort, settingAt, socketRef } from './selectors';

describe('selectors', () => {
  it('follows a setting through the profile, the scenario and set actions', () => {
    const store = createSimStore({ builtinId: 'syn-flood' });
    expect(settingAt(store.getState(), 'syncookies')).toBe(false);
    store.getState().seek(2);
    store.getState().act({ do: 'set', settings: { syncookies: true } });
    expect(settingAt(store.getState(), 'syncookies')).toBe(true);
    store.getState().seek(1);
    expect(settingAt(store.getState(), 'syncookies')).toBe(false);
  });

  it('finds the port a host serves, even with nobody listening', () => {
    expect(servicePort(createSimStore().getState(), 'server')).toBe(80);
    expect(servicePort(createSimStore({ builtinId: 'no-listener' }).getState(), 'server')).toBe(
      8080,
    );
  });

  it('names new connections without clashing with the scenario', () => {
    const store = createSimStore();
    expect(freshSocketName(store.getState(), 'client')).toBe('my1');
    store.getState().act({ do: 'connect', host: 'client', to: 'server:80', as: 'my1' });
    expect(freshSocketName(store.getState(), 'client')).toBe('my2');
  });

  it('offers the sockets an application holds, by the names steps can use', () => {
    const store = createSimStore();
    store.getState().seek(1);
    const server = store.getState().snapshot.hosts[1];
    expect(actionableSockets(server).map(socketRef)).toEqual(['web#1']);
  });
});
