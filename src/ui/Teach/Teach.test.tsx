// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../i18n';
import { createSimStore, SimStoreProvider, type SimStore } from '../../store';
import { Simulator } from '../Simulator/Simulator';
import { loadLanguage } from '../../teach/loadLanguage';

// happy-dom rejects a cancelled Web Animation's `finished` promise, and nobody awaits it.
MotionGlobalConfig.skipAnimations = true;

function mount(store: SimStore, locale = 'en') {
  return render(
    <LocaleProvider locale={locale}>
      <SimStoreProvider store={store}>
        <Simulator />
      </SimStoreProvider>
    </LocaleProvider>,
  );
}

afterEach(cleanup);
// Languages other than English are fetched when first used; these tests switch among them.
beforeAll(() => Promise.all([loadLanguage('ko'), loadLanguage('zh-CN')]));

describe('the teaching panel in the simulator', () => {
  it("draws the diagram of the client's socket and follows the card the learner presses", async () => {
    const store = createSimStore();
    act(() => store.getState().seek(1));
    mount(store);
    act(() => screen.getByRole('tab', { name: 'State diagram' }).click());
    const diagram = await screen.findByTestId('state-diagram', {}, { timeout: 10_000 });
    expect(
      within(diagram).getByRole('button', { name: 'ESTABLISHED, current state' }),
    ).toBeTruthy();
    const explanation = screen.getByTestId('explanation-panel');
    expect(within(explanation).getByRole('heading', { name: 'ESTABLISHED' })).toBeTruthy();

    const client = screen.getByRole('region', { name: 'client' });
    const server = screen.getByRole('region', { name: 'server' });
    const follow = (host: HTMLElement, name: RegExp) => within(host).getByRole('button', { name });
    expect(follow(client, /^Follow in the state diagram c1/).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const listener = follow(server, /^Follow in the state diagram web,/);
    expect(listener.getAttribute('aria-pressed')).toBe('false');
    act(() => listener.click());
    expect(listener.getAttribute('aria-pressed')).toBe('true');
    expect(within(diagram).getByRole('button', { name: 'LISTEN, current state' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Socket in the diagram').value).toContain(
      '10.0.0.80:80>*',
    );
  });

  it('explains what is clicked in the diagram, in the reader’s language', async () => {
    const store = createSimStore();
    act(() => store.getState().seek(2.05));
    mount(store, 'ko');
    act(() => screen.getByRole('tab', { name: '상태 다이어그램' }).click());
    const diagram = await screen.findByTestId('state-diagram', {}, { timeout: 10_000 });
    const edge = diagram.querySelector<SVGGElement>('[data-edge="ESTABLISHED-FIN_WAIT_1"]')!;
    act(() => fireEvent.click(edge));
    expect(store.getState().diagramSelection).toEqual({
      kind: 'edge',
      id: 'ESTABLISHED-FIN_WAIT_1',
    });
    // Found afresh, and waited for: the panel shows the edge once React has rendered the choice.
    const explanation = await screen.findByRole('region', {
      name: 'ESTABLISHED에서 FIN_WAIT_1 상태로',
    });
    expect(await within(explanation).findByText('이번 실행에서')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '상태 다이어그램' })).toBeTruthy();
  });

  it('shows the next steps to try on the scenario card', () => {
    mount(createSimStore({ builtinId: 'close-wait-leak' }));
    const card = screen.getByRole('region', { name: /CLOSE_WAIT piles up/ });
    expect(within(card).getByText('What to try next')).toBeTruthy();
    expect(within(card).getAllByRole('listitem')[0]!.textContent).toMatch(
      /^Release close\(\) on the server and watch CLOSE_WAIT drain/,
    );
  });
});

describe('predict mode', () => {
  it('asks, scores and reveals through the question card', () => {
    const store = createSimStore();
    mount(store);
    act(() => screen.getByRole('button', { name: 'Predict mode' }).click());
    const panel = screen.getByTestId('predict-panel');
    expect(
      within(panel).getByText(/Segment #1 <SEQ=100><CTL=SYN> is about to reach web/),
    ).toBeTruthy();
    act(() => {
      store.getState().play();
      for (let i = 0; i < 20; i++) store.getState().advance(0.05);
    });
    expect(store.getState().time).toBe(0.149999);
    act(() => within(panel).getByRole('radio', { name: 'SYN,ACK' }).click());
    act(() => within(panel).getByRole('button', { name: 'Answer' }).click());
    expect(within(panel).getByText('Right.')).toBeTruthy();
    expect(within(panel).getByText('Score: 1 of 1 right')).toBeTruthy();
    expect(store.getState().time).toBe(0.15);
    act(() => within(panel).getByRole('button', { name: 'Continue' }).click());
    expect(within(panel).getByText(/Segment #2/)).toBeTruthy();
  });
});

describe('segment details', () => {
  it('opens from the wire in "explains it" mode: fields, why, and what it did', () => {
    const store = createSimStore();
    act(() => store.getState().seek(0.12));
    mount(store);
    act(() => screen.getByRole('radio', { name: 'explains it' }).click());
    act(() =>
      screen
        .getByRole('button', { name: 'SYN, SEQ 100, from client, in flight — press for details' })
        .click(),
    );
    expect(store.getState().actions).toEqual([]);
    const details = screen.getByTestId('segment-details');
    expect(within(details).getByText('Sequence number').nextElementSibling?.textContent).toBe(
      '100',
    );
    expect(within(details).getByText('Window').nextElementSibling?.textContent).toBe('64240');
    expect(within(details).getByText(/mss 1460/)).toBeTruthy();
    expect(
      within(details).getByText(/Sent because the application called connect\(\)/),
    ).toBeTruthy();
    expect(within(details).getByText('It has not arrived yet at the playback time.')).toBeTruthy();
    act(() => store.getState().seek(0.2));
    expect(
      within(details).getByText(/^web#1 on the server: LISTEN to SYN_RECEIVED\. A SYN arrived/),
    ).toBeTruthy();
  });
});

describe("the teacher's keys", () => {
  it('answer on the simulator only: P, L, D, R and ? (Esc closes the help)', () => {
    const store = createSimStore();
    const { container } = mount(store);
    const root = screen.getByRole('region', { name: 'TCP connection simulator' });
    fireEvent.keyDown(window, { key: 'p' });
    expect(store.getState().presenter).toBe(false);
    fireEvent.keyDown(root, { key: 'p' });
    expect(store.getState().presenter).toBe(true);
    expect(root.getAttribute('data-presenter')).toBe('true');

    fireEvent.keyDown(root, { key: 'd' });
    expect(store.getState().actions).toEqual([{ do: 'drop', match: { id: 1 }, at: 0 }]);
    expect(screen.getByText('Segment #1 will be lost on the wire.')).toBeTruthy();
    fireEvent.keyDown(root, { key: 'r' });
    expect(store.getState().actions).toEqual([]);

    fireEvent.keyDown(root, { key: 'l' });
    expect(root.getAttribute('lang')).toBe('ko');
    fireEvent.keyDown(root, { key: 'l' });
    expect(root.getAttribute('lang')).toBe('zh-CN');
    fireEvent.keyDown(root, { key: 'l' });
    expect(root.getAttribute('lang')).toBe('en');

    const dialog = container.querySelector('dialog')!;
    expect(dialog.open).toBe(false);
    fireEvent.keyDown(root, { key: '?' });
    expect(dialog.open).toBe(true);
    // Keys inside the dialog do nothing behind it.
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Close' }), { key: 'p' });
    expect(store.getState().presenter).toBe(true);

    fireEvent.keyDown(root, { key: 'P' });
    expect(store.getState().presenter).toBe(false);
  });

  it('leave letters to the fields that take them', () => {
    const store = createSimStore();
    mount(store);
    fireEvent.keyDown(screen.getByLabelText('Speed'), { key: 'p' });
    expect(store.getState().presenter).toBe(false);
  });
});
