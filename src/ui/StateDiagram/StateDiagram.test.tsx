// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../sim/simulation';
import { BUILTIN_SCENARIOS } from '../../sim/scenario/builtins';
import type { StateEvent } from '../../sim/trace';
import type { DiagramTransition } from './diagramModel';
import { StateDiagram } from './StateDiagram';

afterEach(cleanup);

/** The state changes of one named socket of a built-in scenario, up to a time. */
function socketPath(id: keyof typeof BUILTIN_SCENARIOS, name: string, until = Infinity) {
  // ACKs at once: the four-segment close, through FIN_WAIT_2 (Linux closes in three).
  const states = runScenario({
    ...BUILTIN_SCENARIOS[id],
    settings: { ...BUILTIN_SCENARIOS[id].settings, delayedAck: false, tailLossProbe: false },
  }).filter((e): e is StateEvent => e.type === 'state');
  const key = states.find((e) => e.name === name)!.socket;
  const transitions: DiagramTransition[] = states
    .filter((e) => e.socket === key && e.t <= until)
    .map((e) => ({ from: e.from, to: e.to, t: e.t, why: e.why }));
  return { transitions, current: transitions[transitions.length - 1]!.to };
}

const edge = (c: HTMLElement, id: string) => c.querySelector<SVGGElement>(`[data-edge="${id}"]`);
const node = (c: HTMLElement, id: string) => c.querySelector<SVGGElement>(`[data-node="${id}"]`);

describe('StateDiagram', () => {
  it('lights the transition the socket just took', () => {
    const { transitions, current } = socketPath('lost-final-ack', 'c1', 2.05);
    const { container } = render(
      <StateDiagram transitions={transitions} current={current} layout="wide" />,
    );
    expect(current).toBe('FIN_WAIT_1');
    const close = edge(container, 'ESTABLISHED-FIN_WAIT_1')!;
    expect(close.classList).toContain('is-last');
    expect(close.getAttribute('aria-label')).toBe(
      'Transition ESTABLISHED to FIN_WAIT_1: CLOSE / snd FIN, taken at 2.000 s, the last transition',
    );
    const label = container.querySelector('.tcpsim-sd-label.is-last')!;
    expect(label.textContent).toBe('CLOSEsnd FIN');
    expect(container.querySelector('.tcpsim-sd-walk.is-last')).not.toBeNull();
    expect(
      screen.getByText(/Last transition, at 2\.000 s: ESTABLISHED to FIN_WAIT_1/),
    ).toBeTruthy();
  });

  it('names and fills the current state', () => {
    const { transitions, current } = socketPath('lost-final-ack', 'c1', 1);
    render(<StateDiagram transitions={transitions} current={current} layout="wide" />);
    const established = screen.getByRole('button', { name: 'ESTABLISHED, current state' });
    expect(established.classList).toContain('is-current');
    expect(screen.getByRole('button', { name: 'SYN_SENT, visited' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'LISTEN' })).toHaveLength(1);
  });

  it('numbers the path taken so far, in order', () => {
    const { transitions, current } = socketPath('lost-final-ack', 'c1');
    const { container } = render(
      <StateDiagram transitions={transitions} current={current} layout="wide" />,
    );
    const badges = [...container.querySelectorAll('.tcpsim-sd-badge')].map((b) => b.textContent);
    expect(badges.sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(container.querySelectorAll('.tcpsim-sd-edge.is-taken')).toHaveLength(6);
    expect(node(container, 'CLOSED_END')!.getAttribute('aria-label')).toBe(
      'CLOSED, end of the connection, current state',
    );
    expect(node(container, 'CLOSED')!.getAttribute('aria-label')).toBe('CLOSED, visited');
  });

  it('selects a state or a transition by click, Enter or Space', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <StateDiagram transitions={[]} current="CLOSED" onSelect={onSelect} layout="wide" />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'TIME_WAIT' }));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'state', state: 'TIME_WAIT' });
    fireEvent.keyDown(node(container, 'CLOSE_WAIT')!, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'state', state: 'CLOSE_WAIT' });
    fireEvent.keyDown(edge(container, 'LISTEN-SYN_RECEIVED')!, { key: ' ' });
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'edge', id: 'LISTEN-SYN_RECEIVED' });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Transition TIME_WAIT to CLOSED: Timeout=2MSL / delete TCB',
      }),
    );
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'edge', id: 'TIME_WAIT-CLOSED' });
    fireEvent.click(node(container, 'CLOSED_END')!);
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'state', state: 'CLOSED' });
  });

  it('makes every state and every drawn transition keyboard focusable', () => {
    const { container } = render(<StateDiagram transitions={[]} current={null} layout="wide" />);
    const items = [...container.querySelectorAll<SVGGElement>('[data-sd-item]')];
    expect(items.length).toBe(12 + 21); // 12 boxes, Figure 5's 20 arrows and note 2's
    for (const item of items) {
      expect(item.getAttribute('tabindex')).toBe('0');
      expect(item.getAttribute('role')).toBe('button');
      expect(item.getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('moves focus between states and transitions with the arrow keys', () => {
    const { container } = render(<StateDiagram transitions={[]} current={null} layout="wide" />);
    const first = node(container, 'CLOSED')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(node(container, 'LISTEN'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-edge')).toBeTruthy();
  });

  it('marks the selection as pressed', () => {
    const { container } = render(
      <StateDiagram
        transitions={[]}
        current={null}
        selected={{ kind: 'edge', id: 'FIN_WAIT_1-TIME_WAIT' }}
        layout="wide"
      />,
    );
    const shortcut = edge(container, 'FIN_WAIT_1-TIME_WAIT')!;
    expect(shortcut.getAttribute('aria-pressed')).toBe('true');
    expect(shortcut.classList).toContain('tcpsim-sd-kind-note');
    expect(shortcut.getAttribute('aria-label')).toBe(
      'Transition FIN_WAIT_1 to TIME_WAIT: rcv FIN, ACK of our FIN / snd ACK',
    );
    expect(node(container, 'LISTEN')!.getAttribute('aria-pressed')).toBe('false');
  });

  it('draws resets, aborts and timeouts on demand, and always once taken', () => {
    const { container } = render(<StateDiagram transitions={[]} current={null} layout="wide" />);
    expect(edge(container, 'abort-ESTABLISHED')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show resets, aborts and timeouts' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(edge(container, 'abort-ESTABLISHED')).not.toBeNull();
    expect(edge(container, 'SYN_RECEIVED-CLOSE_WAIT')).not.toBeNull();
    cleanup();

    const { transitions, current } = socketPath('no-listener', 'c1');
    const view = render(<StateDiagram transitions={transitions} current={current} layout="wide" />);
    const refused = edge(view.container, 'abort-SYN_SENT')!;
    expect(refused.classList).toContain('is-last');
    expect(refused.getAttribute('aria-label')).toBe(
      'Transition SYN_SENT to CLOSED: rcv RST / delete TCB, taken at 0.200 s, the last transition',
    );
    expect(view.container.querySelector('.tcpsim-sd-label.is-last')!.textContent).toBe(
      'rcv RSTdelete TCB',
    );
  });

  it('leaves labels to the caption in the compact layout', () => {
    const { transitions, current } = socketPath('lost-final-ack', 'c1', 2.05);
    const { container } = render(
      <StateDiagram transitions={transitions} current={current} layout="compact" />,
    );
    expect(container.querySelector('[data-layout="compact"]')).not.toBeNull();
    expect(container.querySelectorAll('.tcpsim-sd-label')).toHaveLength(0);
    expect(container.querySelector('figcaption')!.textContent).toBe(
      'Last transition, at 2.000 s: ESTABLISHED to FIN_WAIT_1, CLOSE / snd FIN.',
    );
    expect(container.querySelector('.tcpsim-sd-svg')!.getAttribute('viewBox')).toBe('0 0 420 500');
  });

  it('routes every text through the translator it is given', () => {
    const t = (key: string, params?: Record<string, string | number>) =>
      `${key}${params ? JSON.stringify(params) : ''}`;
    const { container } = render(
      <StateDiagram transitions={[]} current="LISTEN" t={t} layout="wide" />,
    );
    expect(node(container, 'LISTEN')!.getAttribute('aria-label')).toBe(
      'diagram.state.current{"name":"LISTEN"}',
    );
    expect(container.querySelector('figcaption')!.textContent).toBe(
      'diagram.caption.start{"state":"LISTEN"}',
    );
    expect(container.querySelector('title')!.textContent).toBe('diagram.title');
  });

  it('says so when no socket is selected', () => {
    render(<StateDiagram transitions={[]} current={null} layout="wide" />);
    expect(screen.getByText('No socket selected.')).toBeTruthy();
  });
});
