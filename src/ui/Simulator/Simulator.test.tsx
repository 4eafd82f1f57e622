// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../i18n';
import { createSimStore, SimStoreProvider, type SimStore } from '../../store';
import { Simulator } from './Simulator';

function mount(store: SimStore) {
  return render(
    <LocaleProvider locale="en">
      <SimStoreProvider store={store}>
        <Simulator />
      </SimStoreProvider>
    </LocaleProvider>,
  );
}

// happy-dom rejects a cancelled Web Animation's `finished` promise, and nobody awaits it.
MotionGlobalConfig.skipAnimations = true;

afterEach(cleanup);

describe('Simulator', () => {
  it('shows each host with its sockets and their states', () => {
    const store = createSimStore();
    act(() => store.getState().seek(1));
    mount(store);
    const client = screen.getByRole('region', { name: 'client' });
    const server = screen.getByRole('region', { name: 'server' });
    expect(within(client).getByText('ESTABLISHED')).toBeTruthy();
    expect(within(server).getByText('LISTEN')).toBeTruthy();
    expect(within(server).getByText('web#1')).toBeTruthy();
  });

  it('plays and steps from the keyboard, but only while it has focus', () => {
    const store = createSimStore();
    mount(store);
    const root = screen.getByRole('region', { name: 'TCP connection simulator' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(store.getState().time).toBe(0);
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(store.getState().time).toBe(0.1);
    fireEvent.keyDown(root, { key: 'ArrowLeft' });
    expect(store.getState().time).toBe(0);
    fireEvent.keyDown(root, { key: ' ' });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(root, { key: ' ' });
    expect(store.getState().playing).toBe(false);
  });

  it('leaves the arrows to a select that has focus', () => {
    const store = createSimStore();
    mount(store);
    fireEvent.keyDown(screen.getByLabelText('Speed'), { key: 'ArrowRight' });
    expect(store.getState().time).toBe(0);
  });

  it('draws a segment in flight as a button that drops it', () => {
    const store = createSimStore();
    act(() => store.getState().seek(0.12));
    mount(store);
    const syn = screen.getByRole('button', {
      name: 'SYN, SEQ 100, from client, in flight — press to drop',
    });
    act(() => syn.click());
    expect(store.getState().actions).toEqual([{ do: 'drop', match: { id: 1 }, at: 0.12 }]);
    // Lost where it was pressed, at 0.12 s: a moment later it lies there.
    act(() => store.getState().seek(0.13));
    expect(
      screen.getByRole('img', { name: 'SYN, SEQ 100, from client, lost: lost on the wire' }),
    ).toBeTruthy();
  });

  it('announces state changes as playback passes them', () => {
    const store = createSimStore();
    act(() => store.getState().seek(0.2));
    mount(store);
    act(() => store.getState().stepForward());
    const live = screen.getByRole('status', { name: 'State changes' });
    expect(live.textContent).toBe('server: SYN_RECEIVED → ESTABLISHED on ACK 301');
  });

  it('records what the controls ask for at the playback time', () => {
    const store = createSimStore();
    act(() => store.getState().seek(1.5));
    mount(store);
    // The actions are one click away, in their tab under the ladder.
    act(() => screen.getByRole('tab', { name: 'Do something' }).click());
    const server = screen.getByRole('group', { name: 'On the server' });
    act(() => within(server).getByRole('button', { name: 'close()' }).click());
    expect(store.getState().actions).toEqual([
      { do: 'close', host: 'server', socket: '*', at: 1.5 },
    ]);
    const wire = screen.getByRole('group', { name: 'On the wire' });
    fireEvent.change(within(wire).getByLabelText('Segment'), { target: { value: 'FIN,ACK' } });
    act(() => within(wire).getByRole('button', { name: 'Drop the next one' }).click());
    expect(store.getState().actions.at(-1)).toEqual({
      do: 'drop',
      match: { from: 'client', flags: 'FIN,ACK' },
      at: 1.5,
    });
  });

  it('marks skipped idle time on the timeline', () => {
    const store = createSimStore({ builtinId: 'client-vanishes' });
    act(() => {
      store.getState().seek(1.5);
      store.getState().advance(0.02);
    });
    mount(store);
    expect(screen.getByText('28 s skipped')).toBeTruthy();
  });
});
