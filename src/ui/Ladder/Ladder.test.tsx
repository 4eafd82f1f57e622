// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Profiler } from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { LiveTime } from '../frame/liveTime';
import { Ladder } from './Ladder';
import { hostsOf, traceOf } from './testTraces';

afterEach(cleanup);

const lost = traceOf('lost-final-ack');
const hosts = hostsOf('lost-final-ack');

function segment(container: HTMLElement, id: number): SVGGElement | null {
  return container.querySelector(`[data-segment="${id}"]`);
}

describe('Ladder', () => {
  it('draws one focusable arrow per segment, named in words', () => {
    const { container } = render(<Ladder trace={lost} hosts={hosts} time={2.5} height={900} />);
    const arrows = screen.getAllByRole('button');
    expect(arrows).toHaveLength(11);
    const synAck = segment(container, 2)!;
    expect(synAck.getAttribute('tabindex')).toBe('0');
    expect(synAck.getAttribute('aria-label')).toBe(
      'Segment #2, server to client, sent at 0.150 s: SEQ=300 ACK=101 CTL=SYN,ACK. Delivered at 0.200 s.',
    );
    expect(synAck.textContent).toBe('#2 <SEQ=300><ACK=101><CTL=SYN,ACK>');
  });

  it('draws the lost ACK stopping halfway with a cross', () => {
    const { container } = render(<Ladder trace={lost} hosts={hosts} time={2.5} height={900} />);
    const ack = segment(container, 9)!;
    const line = ack.querySelector('.tcpsim-ladder__line')!;
    expect(line.getAttribute('marker-end')).toMatch(/-cross\)$/);
    expect(ack.getAttribute('aria-label')).toContain('Dropped at 2.125 s: dropped by a rule.');
    expect(ack.textContent).toContain('dropped by a rule');
    const delivered = segment(container, 8)!.querySelector('.tcpsim-ladder__line')!;
    expect(delivered.getAttribute('marker-end')).toMatch(/-head-fin\)$/);
  });

  it('dashes a retransmission and says which segment it repeats', () => {
    const { container } = render(<Ladder trace={lost} hosts={hosts} time={2.5} height={900} />);
    const again = segment(container, 10)!;
    expect(again.getAttribute('class')).toContain('tcpsim-ladder__arrow--retransmit');
    expect(again.textContent).toContain('retransmit of #8');
    expect(again.getAttribute('aria-label')).toContain('retransmit of #8.');
  });

  it('writes each state beside its lifeline in the RFC’s spelling', () => {
    const { container } = render(<Ladder trace={lost} hosts={hosts} time={2.5} height={900} />);
    const states = [...container.querySelectorAll('.tcpsim-ladder__state')].map(
      (n) => n.textContent,
    );
    expect(states).toEqual(
      expect.arrayContaining(['SYN-SENT', 'SYN-RECEIVED', 'FIN-WAIT-1', 'CLOSE-WAIT', 'TIME-WAIT']),
    );
  });

  it('only draws events up to the playback time', () => {
    const { container } = render(<Ladder trace={lost} hosts={hosts} time={0.17} height={900} />);
    expect(screen.getAllByRole('button')).toHaveLength(2);
    expect(segment(container, 3)).toBeNull();
    const inFlight = segment(container, 2)!;
    expect(inFlight.getAttribute('aria-label')).toContain('In flight.');
    const states = [...container.querySelectorAll('.tcpsim-ladder__state')].map(
      (n) => n.textContent,
    );
    expect(states).not.toContain('ESTABLISHED');
    expect(container.querySelector('.tcpsim-ladder__now-label')!.textContent).toBe('now 0.170 s');
  });

  it('selects a segment on click and on Enter, and highlights the selected one', () => {
    const onSelect = vi.fn();
    const { container, rerender } = render(
      <Ladder trace={lost} hosts={hosts} time={2.5} height={900} onSelectSegment={onSelect} />,
    );
    fireEvent.click(segment(container, 4)!);
    fireEvent.keyDown(segment(container, 6)!, { key: 'Enter' });
    fireEvent.keyDown(segment(container, 7)!, { key: ' ' });
    fireEvent.keyDown(segment(container, 8)!, { key: 'a' });
    expect(onSelect.mock.calls).toEqual([[4], [6], [7]]);

    rerender(
      <Ladder
        trace={lost}
        hosts={hosts}
        time={2.5}
        height={900}
        selectedSegment={6}
        onSelectSegment={onSelect}
      />,
    );
    const selected = segment(container, 6)!;
    expect(selected.getAttribute('aria-pressed')).toBe('true');
    expect(selected.querySelector('.tcpsim-ladder__halo')).not.toBeNull();
    expect(segment(container, 4)!.getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps the current time in view and draws only the visible window', async () => {
    const { container } = render(<Ladder trace={lost} hosts={hosts} time={62.4} height={240} />);
    const region = screen.getByRole('region', { name: 'Ladder diagram, time running down' });
    // The scrollbar follows in the next frame; the picture is drawn for the new window at once.
    await waitFor(() => expect(region.scrollTop).toBeGreaterThan(0), { timeout: 10_000 });
    // The handshake scrolled out of view is not drawn at all.
    expect(segment(container, 1)).toBeNull();
    const states = [...container.querySelectorAll('.tcpsim-ladder__state')].map(
      (n) => n.textContent,
    );
    expect(states).toContain('CLOSED');
  });

  it('draws bare lifelines before anything has happened', () => {
    const { container } = render(<Ladder trace={[]} hosts={hosts} time={0} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(container.querySelector('.tcpsim-ladder__header')!.textContent).toContain('client');
  });

  it('names the picture and summarises what it shows', () => {
    render(<Ladder trace={lost} hosts={hosts} time={2.5} height={900} />);
    const svg = screen.getByRole('group', {
      name: 'Ladder diagram of the segments between client and server',
    });
    expect(within(svg).getAllByRole('button').length).toBe(11);
    expect(svg.querySelector('desc')!.textContent).toMatch(/11 segments drawn/);
  });

  it('takes its texts from the translator when given one', () => {
    const t = (key: string, params?: Record<string, string | number>) =>
      `${key}${params ? JSON.stringify(params) : ''}`;
    render(<Ladder trace={lost} hosts={hosts} time={2.5} height={900} t={t} />);
    expect(screen.getByRole('region').getAttribute('aria-label')).toBe('ladder.region');
    expect(screen.getByRole('list').getAttribute('aria-label')).toBe('ladder.legend');
  });

  it('keeps rendered nodes bounded for a 2,000-SYN flood', () => {
    for (const id of ['syn-flood-cookies', 'syn-flood'] as const) {
      const trace = traceOf(id);
      const end = trace[trace.length - 1]!.t;
      for (const time of [0.5, 3, 20, end]) {
        for (const pxPerSecond of [undefined, 40, 5]) {
          const { container, unmount } = render(
            <Ladder
              trace={trace}
              hosts={hostsOf(id)}
              time={time}
              pxPerSecond={pxPerSecond}
              height={800}
            />,
          );
          const svg = container.querySelector('.tcpsim-ladder__svg')!;
          expect(svg.querySelectorAll('*').length).toBeLessThanOrEqual(400);
          unmount();
        }
      }
    }
  });

  it('draws spoofed SYNs arriving from the other-hosts lane', () => {
    const trace = traceOf('syn-flood');
    const { container } = render(
      <Ladder trace={trace} hosts={hostsOf('syn-flood')} time={0.16} height={900} />,
    );
    expect(container.querySelector('.tcpsim-ladder__header')!.textContent).toContain('other hosts');
    const first = segment(container, 1)!;
    expect(first.getAttribute('aria-label')).toBe(
      'Segment #1, 198.18.127.18:55902 to server, sent at 0.100 s: SEQ=3002305430 CTL=SYN. Delivered at 0.150 s. Spoofed source.',
    );
  });
});

/** A playback time a test moves by hand, as the store's subscription would. */
function liveTime(start: number) {
  let now = start;
  const listeners = new Set<(t: number) => void>();
  const source: LiveTime = {
    get: () => now,
    glide: () => null,
    on: (_event, listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const move = (t: number) =>
    act(() => {
      now = t;
      for (const listener of listeners) listener(t);
    });
  return { source, move };
}

describe('Ladder following a live playback time', () => {
  function renderLive(start: number) {
    const live = liveTime(start);
    let commits = 0;
    const view = render(
      <Profiler id="ladder" onRender={() => commits++}>
        <Ladder trace={lost} hosts={hosts} time={0} live={live.source} height={900} />
      </Profiler>,
    );
    return { ...view, move: live.move, commits: () => commits };
  }

  it('moves an arrow in flight, the "now" line and the clock without rendering', () => {
    const { container, move, commits } = renderLive(0.11);
    // An arrow in flight is drawn whole and shown above the "now" line; its head rides the tip.
    const moving = (root: Element) => ({
      clip: root.querySelector<SVGElement>('.tcpsim-ladder__flying')!.style.clipPath,
      head: root.querySelector<SVGElement>('[data-head="1"]')!.style.transform,
      now: root.querySelector<HTMLElement>('.tcpsim-ladder__now')!.style.clipPath,
    });
    const before = { commits: commits(), ...moving(container) };
    move(0.13);
    expect(commits()).toBe(before.commits);
    const after = moving(container);
    expect(after.clip).not.toBe(before.clip);
    expect(after.head).not.toBe(before.head);
    expect(after.now).not.toBe(before.now);
    expect(container.querySelector('.tcpsim-ladder__now-label')!.textContent).toBe('now 0.130 s');
    // Everything moving is where a fresh render at that time draws it.
    const fresh = render(<Ladder trace={lost} hosts={hosts} time={0.13} height={900} />);
    expect(moving(fresh.container)).toEqual(after);
  });

  it('renders again when playback reaches an event, and only then', () => {
    const { container, move, commits } = renderLive(0.11);
    const before = commits();
    move(0.12);
    move(0.14);
    expect(commits()).toBe(before);
    move(0.16);
    expect(commits()).toBe(before + 1);
    expect(segment(container, 1)!.getAttribute('aria-label')).toContain('Delivered at 0.150 s.');
    expect(segment(container, 2)).not.toBeNull();
  });

  it('asks the clock for a tick where "now" will leave the view, and scrolls there', () => {
    let now = 0.11;
    const asked: number[] = [];
    const listeners = new Set<(t: number) => void>();
    const source: LiveTime = {
      get: () => now,
      glide: () => ({ from: now, to: 62.4, speed: 1 }),
      on: (_event, listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      tickAt: (t) => asked.push(t),
    };
    const move = (t: number) =>
      act(() => {
        now = t;
        for (const listener of listeners) listener(t);
      });
    const { container } = render(
      <Ladder trace={lost} hosts={hosts} time={0} live={source} height={240} />,
    );
    move(0.12);
    const leaves = asked.at(-1)!;
    expect(leaves).toBeGreaterThan(0.12);
    expect(leaves).toBeLessThan(62.4);
    // Just past it, the view has followed "now" down: the line is in sight, not clipped away.
    const line = () => container.querySelector<HTMLElement>('.tcpsim-ladder__now')!;
    const inSight = () => {
      const top = Number(/inset\(([\d.]+)px/.exec(line().style.clipPath)![1]);
      return top < parseFloat(line().style.height);
    };
    expect(inSight()).toBe(true);
    move(leaves + 0.01);
    expect(inSight()).toBe(true);
  });

  it('goes back with a seek to an earlier time', () => {
    const { container, move } = renderLive(2.5);
    expect(screen.getAllByRole('button')).toHaveLength(11);
    move(0.11);
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(segment(container, 2)).toBeNull();
  });
});
