import { describe, expect, it } from 'vitest';
import { TCP_STATES } from '../../sim/state';
import { TRANSITION_IDS } from '../../teach/transitions';
import {
  CLOSED_END,
  currentNode,
  LAYOUTS,
  NODE_IDS,
  pathOf,
  pointAlong,
  type DiagramNode,
  type DiagramTransition,
} from './diagramModel';

const tr = (from: string, to: string, t: number, why: string) =>
  ({ from, to, t, why }) as DiagramTransition;

const ACTIVE_CLOSE: DiagramTransition[] = [
  tr('CLOSED', 'SYN_SENT', 0.1, 'connect'),
  tr('SYN_SENT', 'ESTABLISHED', 0.2, 'rcv-synack'),
  tr('ESTABLISHED', 'FIN_WAIT_1', 2, 'close'),
  tr('FIN_WAIT_1', 'FIN_WAIT_2', 2.1, 'rcv-ack-of-fin'),
  tr('FIN_WAIT_2', 'TIME_WAIT', 2.1, 'rcv-fin'),
  tr('TIME_WAIT', 'CLOSED', 62.1, 'timewait-timeout'),
];

function overlaps(a: DiagramNode, b: DiagramNode): boolean {
  return Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;
}

function onBorder(n: DiagramNode, p: { x: number; y: number }): boolean {
  const dx = Math.abs(p.x - n.x) - n.w / 2;
  const dy = Math.abs(p.y - n.y) - n.h / 2;
  return (Math.abs(dx) < 0.01 && dy <= 0.01) || (Math.abs(dy) < 0.01 && dx <= 0.01);
}

describe.each(Object.values(LAYOUTS))('the $name layout', (layout) => {
  it('draws every state once, and CLOSED twice as the RFC does', () => {
    const states = NODE_IDS.map((id) => layout.nodes[id].state);
    for (const s of TCP_STATES) expect(states).toContain(s);
    expect(states.filter((s) => s === 'CLOSED')).toHaveLength(2);
  });

  it('keeps the RFC’s geography', () => {
    const n = layout.nodes;
    expect(n.CLOSED.y).toBeLessThan(n.LISTEN.y);
    expect(n.CLOSED.x).toBe(n.LISTEN.x);
    expect(n.SYN_RECEIVED.x).toBeLessThan(n.ESTABLISHED.x);
    expect(n.SYN_SENT.x).toBeGreaterThan(n.ESTABLISHED.x);
    expect(n.SYN_RECEIVED.y).toBe(n.SYN_SENT.y);
    expect(n.ESTABLISHED.y).toBeGreaterThan(n.SYN_SENT.y);
    expect(n.FIN_WAIT_1.x).toBe(n.SYN_RECEIVED.x);
    expect(n.FIN_WAIT_2.x).toBe(n.FIN_WAIT_1.x);
    expect(n.CLOSE_WAIT.x).toBe(n.SYN_SENT.x);
    expect(n.LAST_ACK.x).toBe(n.CLOSE_WAIT.x);
    expect(n.CLOSING.x).toBe(n.ESTABLISHED.x);
    expect(n.TIME_WAIT.x).toBe(n.ESTABLISHED.x);
    expect(n.TIME_WAIT.y).toBeGreaterThan(n.CLOSING.y);
    expect(n[CLOSED_END].x).toBe(n.LAST_ACK.x);
    expect(n[CLOSED_END].y).toBe(n.TIME_WAIT.y);
  });

  it('fits every box inside the drawing without overlap', () => {
    const nodes = NODE_IDS.map((id) => layout.nodes[id]);
    for (const a of nodes) {
      expect(a.x - a.w / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w / 2).toBeLessThanOrEqual(layout.width);
      expect(a.y - a.h / 2).toBeGreaterThanOrEqual(0);
      expect(a.y + a.h / 2).toBeLessThanOrEqual(layout.height);
      for (const b of nodes) if (a !== b) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
    }
  });

  it('routes every transition from the border of one box to the border of the other', () => {
    expect(layout.edges.map((e) => e.id).sort()).toEqual([...TRANSITION_IDS].sort());
    for (const e of layout.edges) {
      const from = layout.nodes[e.fromNode];
      const to = layout.nodes[e.toNode];
      expect(from.state).toBe(e.from);
      expect(to.state).toBe(e.to);
      expect(onBorder(from, e.points[0]!), `${e.id} starts on ${e.fromNode}`).toBe(true);
      expect(onBorder(to, e.points[e.points.length - 1]!), `${e.id} ends on ${e.toNode}`).toBe(
        true,
      );
      expect(e.d).toMatch(/^M[\d.-]+,[\d.-]+ /);
      for (const p of e.points) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(layout.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('ends a connection in the bottom-right CLOSED', () => {
    const end = (id: string) => layout.edges.find((e) => e.id === id)!.toNode;
    expect(end('TIME_WAIT-CLOSED')).toBe(CLOSED_END);
    expect(end('LAST_ACK-CLOSED')).toBe(CLOSED_END);
    expect(end('LISTEN-CLOSED')).toBe('CLOSED');
    expect(end('SYN_SENT-CLOSED')).toBe('CLOSED');
  });
});

describe('a socket’s path through the diagram', () => {
  it('numbers the arrows it walked in order', () => {
    const path = pathOf(ACTIVE_CLOSE);
    expect(path.steps.map((s) => s.edgeId)).toEqual([
      'CLOSED-SYN_SENT',
      'SYN_SENT-ESTABLISHED',
      'ESTABLISHED-FIN_WAIT_1',
      'FIN_WAIT_1-FIN_WAIT_2',
      'FIN_WAIT_2-TIME_WAIT',
      'TIME_WAIT-CLOSED',
    ]);
    expect(path.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(path.last!.edgeId).toBe('TIME_WAIT-CLOSED');
    expect([...path.visited]).toContain(CLOSED_END);
    expect([...path.visited]).not.toContain('LISTEN');
  });

  it('gathers the steps of an arrow walked twice', () => {
    const path = pathOf([
      tr('LISTEN', 'SYN_RECEIVED', 1, 'rcv-syn'),
      tr('SYN_RECEIVED', 'LISTEN', 2, 'rcv-rst'),
      tr('LISTEN', 'SYN_RECEIVED', 3, 'rcv-syn'),
    ]);
    expect(path.byEdge.get('LISTEN-SYN_RECEIVED')!.map((s) => s.step)).toEqual([1, 3]);
  });

  it('labels a way out to CLOSED by its cause', () => {
    const path = pathOf([
      tr('CLOSED', 'SYN_SENT', 0.1, 'connect'),
      tr('SYN_SENT', 'CLOSED', 0.2, 'rcv-rst'),
    ]);
    expect(path.last!.edgeId).toBe('abort-SYN_SENT');
    expect(path.last!.label).toEqual({ event: 'rcv RST', action: 'delete TCB' });
  });

  it('keeps a change the RFC does not draw, without an arrow', () => {
    const path = pathOf([tr('TIME_WAIT', 'SYN_RECEIVED', 3, 'rcv-syn')]);
    expect(path.last!.edgeId).toBeNull();
  });

  it('highlights the CLOSED the socket is in: top before it opens, bottom right after', () => {
    expect(currentNode('CLOSED', pathOf([]))).toBe('CLOSED');
    expect(currentNode('CLOSED', pathOf(ACTIVE_CLOSE))).toBe(CLOSED_END);
    expect(
      currentNode(
        'CLOSED',
        pathOf([tr('CLOSED', 'LISTEN', 0, 'listen'), tr('LISTEN', 'CLOSED', 9, 'close')]),
      ),
    ).toBe('CLOSED');
    expect(currentNode('ESTABLISHED', pathOf(ACTIVE_CLOSE.slice(0, 2)))).toBe('ESTABLISHED');
    expect(currentNode(null, pathOf(ACTIVE_CLOSE))).toBeNull();
  });
});

describe('pointAlong', () => {
  it('walks a polyline by length', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(pointAlong(pts, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(pts, 0.25)).toEqual({ x: 5, y: 0 });
    expect(pointAlong(pts, 0.75)).toEqual({ x: 10, y: 5 });
    expect(pointAlong(pts, 1)).toEqual({ x: 10, y: 10 });
  });
});
