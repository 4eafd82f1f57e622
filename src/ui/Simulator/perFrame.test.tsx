// @vitest-environment happy-dom
/**
 * The per-frame rule (docs/simulator-ui.md, "A frame costs what changed"): moving the playback
 * time renders no view unless what that view shows changed. Between two events nothing a view
 * draws from React changes (the moving parts follow the time by direct writes), so the whole
 * instrument commits nothing; reaching an event renders again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Profiler } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCapture } from '../../capture/capture';
import { capturePlayback } from '../../capture/play';
import { LocaleProvider } from '../../i18n';
import { createSimStore, SimStoreProvider, type SimStore } from '../../store';
import { Simulator } from './Simulator';

MotionGlobalConfig.skipAnimations = true;
afterEach(cleanup);

async function mount(store: SimStore) {
  const commits: string[] = [];
  const view = render(
    <Profiler id="simulator" onRender={(_id, phase) => commits.push(phase)}>
      <LocaleProvider locale="en">
        <SimStoreProvider store={store}>
          <Simulator />
        </SimStoreProvider>
      </LocaleProvider>
    </Profiler>,
  );
  // The lazily loaded views are in before anything is counted (a first chunk load may be slow
  // on a busy machine: wait for it, however long it takes within the test's time).
  const loaded = { timeout: 20_000 };
  await screen.findByRole('region', { name: 'Ladder diagram, time running down' }, loaded);
  // netstat is one click away, in its tab: open it so its views count too.
  act(() => screen.getByRole('tab', { name: 'netstat / ss' }).click());
  await screen.findAllByRole('img', { name: /^Sockets per state on/ }, loaded);
  return { ...view, commits };
}

describe('a frame costs what changed', () => {
  it(
    'renders nothing while time moves between two events (a SYN in flight)',
    { timeout: 30_000 },
    async () => {
      const store = createSimStore({ builtinId: 'handshake-and-close' });
      act(() => store.getState().seek(0.11));
      const { commits } = await mount(store);
      const clock = screen.getByText(/^0\.110 s$/);
      commits.length = 0;
      for (let t = 0.111; t < 0.14; t += 0.001) act(() => store.getState().seek(t));
      expect(commits).toEqual([]);
      // The moving parts did move.
      expect(clock.textContent).toBe('0.139 s');
    },
  );

  it(
    'renders nothing while playing between events, and renders when an event is reached',
    { timeout: 30_000 },
    async () => {
      const store = createSimStore({ builtinId: 'handshake-and-close' });
      act(() => store.getState().seek(0.11));
      const { commits } = await mount(store);
      commits.length = 0;
      act(() => store.getState().play());
      const afterPlay = commits.length;
      for (let i = 0; i < 20; i++) act(() => store.getState().advance(0.001));
      expect(commits.length).toBe(afterPlay);
      act(() => store.getState().seek(0.151));
      expect(commits.length).toBeGreaterThan(afterPlay);
    },
  );

  it(
    'holds a capture to the same rule: its snapshot changes at its events only',
    { timeout: 30_000 },
    async () => {
      const file = join(import.meta.dirname, '../../capture/fixtures/handshake-close.pcap');
      const { connections } = parseCapture(new Uint8Array(readFileSync(file)));
      const store = createSimStore();
      store
        .getState()
        .loadCapture(capturePlayback({ file: 'c.pcap', connections, relative: true }));
      // Between the client's data (3.2 ms) and its FIN (55.4 ms) nothing happens.
      act(() => store.getState().seek(0.01));
      const { commits } = await mount(store);
      commits.length = 0;
      for (let t = 0.011; t < 0.05; t += 0.001) act(() => store.getState().seek(t));
      expect(commits).toEqual([]);
      act(() => store.getState().seek(0.0555));
      expect(commits.length).toBeGreaterThan(0);
    },
  );
});
