/**
 * The state diagram as data: where each state sits, how each transition is routed, where its
 * label goes, and which arrows a socket's state changes walked. Laid out like RFC 9293 Figure 5:
 * CLOSED top centre, LISTEN below it, SYN_RECEIVED left and SYN_SENT right, ESTABLISHED in the
 * middle, the closer's states down the left, the other side's down the right, CLOSING and
 * TIME_WAIT in the middle at the bottom, and a second CLOSED bottom right where the close ends.
 *
 * Two layouts share the routes: `wide` (with the RFC's labels on the arrows) and `compact` (for
 * narrow screens: bigger text relative to the drawing, labels only in the caption).
 */
import type { TcpState } from '../../sim/state';
import {
  labelFor,
  transitionFor,
  TRANSITIONS,
  type RfcLabel,
  type RfcTransition,
  type TransitionId,
  type TransitionKind,
} from '../../teach/transitions';

export type { TransitionId, TransitionKind, RfcLabel };

/** The bottom-right CLOSED of the figure, where a connection ends. */
export const CLOSED_END = 'CLOSED_END';
export type NodeId = TcpState | typeof CLOSED_END;

export interface DiagramTransition {
  from: TcpState;
  to: TcpState;
  /** Seconds. */
  t: number;
  /** A StateCause of the trace. */
  why: string;
}

export type DiagramSelection = { kind: 'state'; state: TcpState } | { kind: 'edge'; id: string };

export interface Point {
  x: number;
  y: number;
}

export type LayoutName = 'wide' | 'compact';

export interface DiagramNode {
  id: NodeId;
  state: TcpState;
  x: number;
  y: number;
  w: number;
  h: number;
}

export type LabelPlacement = 'left' | 'right' | 'above' | 'below' | 'on';

export interface EdgeLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  placement: LabelPlacement;
}

export interface DiagramEdge extends RfcTransition {
  id: TransitionId;
  fromNode: NodeId;
  toNode: NodeId;
  /** SVG path data. */
  d: string;
  /** The polyline the path follows (curves sampled), for hit tests and placing marks. */
  points: Point[];
  label: EdgeLabel;
  /** Where the step numbers sit, on the line. */
  badge: Point;
}

export interface DiagramLayout {
  name: LayoutName;
  width: number;
  height: number;
  fontSize: number;
  labelSize: number;
  nodes: Record<NodeId, DiagramNode>;
  edges: DiagramEdge[];
}

type Side = 'top' | 'bottom' | 'left' | 'right';
type Shape = 'line' | 'curve' | 'hv' | 'vh' | 'vhv' | 'gutter-left' | 'gutter-right';

interface RouteSpec {
  from: [NodeId, Side, number];
  to: [NodeId, Side, number];
  shape: Shape;
  label: LabelPlacement;
  /** For `vhv`: where the horizontal run is, as a fraction of the way from start to end. */
  via?: number;
  /** Where along the path (0–1 of its length, or of segment `labelSeg` of a polyline) the label sits. */
  labelAt?: number;
  labelSeg?: number;
  /** A nudge for the label, in drawing units. */
  labelShift?: [number, number];
  badgeAt?: number;
}

/** The routes, layout-independent: sides of the boxes and offsets along them (−0.5 to 0.5). */
const ROUTES: Record<TransitionId, RouteSpec> = {
  'CLOSED-LISTEN': {
    from: ['CLOSED', 'bottom', -0.15],
    to: ['LISTEN', 'top', -0.15],
    shape: 'line',
    label: 'left',
  },
  'LISTEN-CLOSED': {
    from: ['LISTEN', 'top', 0.15],
    to: ['CLOSED', 'bottom', 0.15],
    shape: 'line',
    label: 'right',
  },
  'CLOSED-SYN_SENT': {
    from: ['CLOSED', 'right', -0.2],
    to: ['SYN_SENT', 'top', 0.25],
    shape: 'hv',
    label: 'above',
    labelAt: 0.3,
    badgeAt: 0.75,
  },
  'SYN_SENT-CLOSED': {
    from: ['SYN_SENT', 'top', -0.25],
    to: ['CLOSED', 'right', 0.2],
    shape: 'vh',
    label: 'left',
    labelAt: 0.22,
    badgeAt: 0.75,
  },
  'LISTEN-SYN_SENT': {
    from: ['LISTEN', 'bottom', 0.3],
    to: ['SYN_SENT', 'left', -0.3],
    shape: 'curve',
    label: 'above',
    labelAt: 0.62,
    badgeAt: 0.3,
  },
  'LISTEN-SYN_RECEIVED': {
    from: ['LISTEN', 'bottom', -0.3],
    to: ['SYN_RECEIVED', 'right', -0.3],
    shape: 'curve',
    label: 'above',
    labelAt: 0.62,
    badgeAt: 0.3,
  },
  'SYN_RECEIVED-LISTEN': {
    from: ['SYN_RECEIVED', 'top', 0],
    to: ['LISTEN', 'left', 0],
    shape: 'vh',
    label: 'above',
    labelAt: 0.62,
    badgeAt: 0.2,
  },
  'SYN_SENT-SYN_RECEIVED': {
    from: ['SYN_SENT', 'left', 0],
    to: ['SYN_RECEIVED', 'right', 0],
    shape: 'line',
    label: 'on',
    labelAt: 0.5,
    badgeAt: 0.2,
  },
  'SYN_SENT-ESTABLISHED': {
    from: ['SYN_SENT', 'left', 0.3],
    to: ['ESTABLISHED', 'top', 0.3],
    shape: 'curve',
    label: 'below',
    labelAt: 0.25,
    badgeAt: 0.75,
  },
  'SYN_RECEIVED-ESTABLISHED': {
    from: ['SYN_RECEIVED', 'right', 0.3],
    to: ['ESTABLISHED', 'top', -0.3],
    shape: 'curve',
    label: 'below',
    labelAt: 0.25,
    badgeAt: 0.75,
  },
  'SYN_RECEIVED-FIN_WAIT_1': {
    from: ['SYN_RECEIVED', 'bottom', -0.25],
    to: ['FIN_WAIT_1', 'top', -0.25],
    shape: 'line',
    label: 'right',
    labelAt: 0.5,
    badgeAt: 0.2,
  },
  'SYN_RECEIVED-CLOSE_WAIT': {
    from: ['SYN_RECEIVED', 'bottom', 0.25],
    to: ['CLOSE_WAIT', 'top', -0.25],
    shape: 'vhv',
    via: 0.74,
    label: 'below',
    labelAt: 0.3,
    badgeAt: 0.15,
  },
  'ESTABLISHED-FIN_WAIT_1': {
    from: ['ESTABLISHED', 'bottom', -0.3],
    to: ['FIN_WAIT_1', 'right', -0.3],
    shape: 'curve',
    label: 'above',
    labelAt: 0.62,
    badgeAt: 0.15,
  },
  'ESTABLISHED-CLOSE_WAIT': {
    from: ['ESTABLISHED', 'bottom', 0.3],
    to: ['CLOSE_WAIT', 'left', -0.3],
    shape: 'curve',
    label: 'above',
    labelAt: 0.62,
    badgeAt: 0.25,
  },
  'FIN_WAIT_1-FIN_WAIT_2': {
    from: ['FIN_WAIT_1', 'bottom', -0.25],
    to: ['FIN_WAIT_2', 'top', -0.25],
    shape: 'line',
    label: 'right',
    labelAt: 0.5,
    badgeAt: 0.2,
  },
  'FIN_WAIT_1-CLOSING': {
    from: ['FIN_WAIT_1', 'right', 0.3],
    to: ['CLOSING', 'top', -0.3],
    shape: 'curve',
    label: 'below',
    labelAt: 0.42,
    badgeAt: 0.8,
  },
  'FIN_WAIT_1-TIME_WAIT': {
    from: ['FIN_WAIT_1', 'bottom', 0.3],
    to: ['TIME_WAIT', 'left', -0.25],
    shape: 'curve',
    label: 'right',
    labelAt: 0.5,
    badgeAt: 0.78,
  },
  'FIN_WAIT_2-TIME_WAIT': {
    from: ['FIN_WAIT_2', 'bottom', 0],
    to: ['TIME_WAIT', 'left', 0.25],
    shape: 'vh',
    label: 'above',
    labelSeg: 1,
    labelAt: 0.45,
    badgeAt: 0.85,
  },
  'CLOSE_WAIT-LAST_ACK': {
    from: ['CLOSE_WAIT', 'bottom', 0],
    to: ['LAST_ACK', 'top', 0],
    shape: 'line',
    label: 'right',
    labelAt: 0.5,
    badgeAt: 0.5,
  },
  'CLOSING-TIME_WAIT': {
    from: ['CLOSING', 'bottom', 0],
    to: ['TIME_WAIT', 'top', 0],
    shape: 'line',
    label: 'right',
    labelAt: 0.5,
    badgeAt: 0.5,
  },
  'LAST_ACK-CLOSED': {
    from: ['LAST_ACK', 'bottom', 0],
    to: [CLOSED_END, 'top', 0],
    shape: 'line',
    label: 'left',
    labelAt: 0.5,
    badgeAt: 0.5,
  },
  'TIME_WAIT-CLOSED': {
    from: ['TIME_WAIT', 'right', -0.15],
    to: [CLOSED_END, 'left', -0.15],
    shape: 'line',
    label: 'on',
    labelAt: 0.5,
    badgeAt: 0.15,
  },
  'abort-SYN_SENT': {
    from: ['SYN_SENT', 'right', 0],
    to: [CLOSED_END, 'right', -0.25],
    shape: 'gutter-right',
    label: 'left',
    labelSeg: 1,
    labelAt: 0.12,
    badgeAt: 0.3,
  },
  'abort-ESTABLISHED': {
    from: ['ESTABLISHED', 'right', 0],
    to: [CLOSED_END, 'right', -0.25],
    shape: 'gutter-right',
    label: 'above',
    labelSeg: 0,
    labelAt: 0.5,
    badgeAt: 0.45,
  },
  'abort-CLOSE_WAIT': {
    from: ['CLOSE_WAIT', 'right', 0],
    to: [CLOSED_END, 'right', -0.25],
    shape: 'gutter-right',
    // Under the bottom-right CLOSED, clear of the right column's own labels.
    label: 'below',
    labelSeg: 2,
    labelAt: 0,
    labelShift: [-64, 30],
    badgeAt: 0.5,
  },
  'abort-LAST_ACK': {
    from: ['LAST_ACK', 'right', 0],
    to: [CLOSED_END, 'right', -0.25],
    shape: 'gutter-right',
    // Under the bottom-right CLOSED, clear of the right column's own labels.
    label: 'below',
    labelSeg: 2,
    labelAt: 0,
    labelShift: [-64, 30],
    badgeAt: 0.5,
  },
  'abort-SYN_RECEIVED': {
    from: ['SYN_RECEIVED', 'left', 0],
    to: [CLOSED_END, 'bottom', 0],
    shape: 'gutter-left',
    label: 'below',
    labelSeg: 2,
    labelAt: 0.35,
    badgeAt: 0.12,
  },
  'abort-FIN_WAIT_1': {
    from: ['FIN_WAIT_1', 'left', 0],
    to: [CLOSED_END, 'bottom', 0],
    shape: 'gutter-left',
    label: 'below',
    labelSeg: 2,
    labelAt: 0.35,
    badgeAt: 0.12,
  },
  'abort-FIN_WAIT_2': {
    from: ['FIN_WAIT_2', 'left', 0],
    to: [CLOSED_END, 'bottom', 0],
    shape: 'gutter-left',
    label: 'below',
    labelSeg: 2,
    labelAt: 0.35,
    badgeAt: 0.12,
  },
  'abort-CLOSING': {
    from: ['CLOSING', 'bottom', 0.35],
    to: [CLOSED_END, 'top', -0.35],
    shape: 'vhv',
    via: 0.5,
    label: 'below',
    labelSeg: 1,
    labelAt: 0.5,
    badgeAt: 0.2,
  },
  'abort-TIME_WAIT': {
    from: ['TIME_WAIT', 'right', 0.25],
    to: [CLOSED_END, 'left', 0.25],
    shape: 'line',
    label: 'below',
    labelAt: 0.5,
    badgeAt: 0.85,
  },
};

interface LayoutSpec {
  name: LayoutName;
  width: number;
  height: number;
  node: { w: number; h: number };
  cols: [number, number, number];
  rows: [number, number, number, number, number, number, number];
  gutter: { left: number; right: number; bottom: number };
  fontSize: number;
  labelSize: number;
  corner: number;
}

const WIDE: LayoutSpec = {
  name: 'wide',
  width: 860,
  height: 926,
  node: { w: 150, h: 44 },
  cols: [115, 430, 745],
  rows: [62, 190, 320, 450, 580, 700, 820],
  gutter: { left: 16, right: 844, bottom: 874 },
  fontSize: 16,
  labelSize: 13.5,
  corner: 14,
};

const COMPACT: LayoutSpec = {
  name: 'compact',
  width: 420,
  height: 500,
  node: { w: 116, h: 34 },
  cols: [66, 210, 354],
  rows: [24, 92, 162, 232, 302, 372, 446],
  gutter: { left: 4, right: 416, bottom: 488 },
  fontSize: 13,
  labelSize: 11,
  corner: 10,
};

const POSITIONS: Record<NodeId, [col: 0 | 1 | 2, row: 0 | 1 | 2 | 3 | 4 | 5 | 6]> = {
  CLOSED: [1, 0],
  LISTEN: [1, 1],
  SYN_RECEIVED: [0, 2],
  SYN_SENT: [2, 2],
  ESTABLISHED: [1, 3],
  FIN_WAIT_1: [0, 4],
  CLOSE_WAIT: [2, 4],
  FIN_WAIT_2: [0, 5],
  CLOSING: [1, 5],
  LAST_ACK: [2, 5],
  TIME_WAIT: [1, 6],
  [CLOSED_END]: [2, 6],
};

export const NODE_IDS = Object.keys(POSITIONS) as NodeId[];

function anchor(node: DiagramNode, side: Side, offset: number): Point {
  switch (side) {
    case 'top':
      return { x: node.x + offset * node.w, y: node.y - node.h / 2 };
    case 'bottom':
      return { x: node.x + offset * node.w, y: node.y + node.h / 2 };
    case 'left':
      return { x: node.x - node.w / 2, y: node.y + offset * node.h };
    case 'right':
      return { x: node.x + node.w / 2, y: node.y + offset * node.h };
  }
}

const NORMAL: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

const r1 = (v: number) => Math.round(v * 10) / 10;
const fmt = (p: Point) => `${r1(p.x)},${r1(p.y)}`;

/** A polyline with its corners rounded (quadratic arcs of radius r). */
function roundedPolyline(pts: Point[], r: number): string {
  let d = `M${fmt(pts[0]!)}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const prev = pts[i - 1]!;
    const cur = pts[i]!;
    const next = pts[i + 1]!;
    const inLen = Math.hypot(cur.x - prev.x, cur.y - prev.y);
    const outLen = Math.hypot(next.x - cur.x, next.y - cur.y);
    const rr = Math.min(r, inLen / 2, outLen / 2);
    const a = {
      x: cur.x - ((cur.x - prev.x) / inLen) * rr,
      y: cur.y - ((cur.y - prev.y) / inLen) * rr,
    };
    const b = {
      x: cur.x + ((next.x - cur.x) / outLen) * rr,
      y: cur.y + ((next.y - cur.y) / outLen) * rr,
    };
    d += ` L${fmt(a)} Q${fmt(cur)} ${fmt(b)}`;
  }
  return `${d} L${fmt(pts[pts.length - 1]!)}`;
}

function cubic(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
  };
}

/** The point at a fraction of a polyline's length. */
export function pointAlong(pts: readonly Point[], fraction: number): Point {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < pts.length; i++) {
    const l = Math.hypot(pts[i]!.x - pts[i - 1]!.x, pts[i]!.y - pts[i - 1]!.y);
    lengths.push(l);
    total += l;
  }
  let want = Math.max(0, Math.min(1, fraction)) * total;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (want <= l || i === lengths.length - 1) {
      const f = l === 0 ? 0 : Math.min(1, want / l);
      const a = pts[i]!;
      const b = pts[i + 1]!;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    }
    want -= l;
  }
  return pts[0]!;
}

function route(spec: RouteSpec, nodes: Record<NodeId, DiagramNode>, L: LayoutSpec) {
  const [fromId, fromSide, fromOff] = spec.from;
  const [toId, toSide, toOff] = spec.to;
  const p0 = anchor(nodes[fromId], fromSide, fromOff);
  const p3 = anchor(nodes[toId], toSide, toOff);
  let d: string;
  let points: Point[];
  switch (spec.shape) {
    case 'line':
      points = [p0, p3];
      d = `M${fmt(p0)} L${fmt(p3)}`;
      break;
    case 'curve': {
      const k = Math.max(30, 0.45 * Math.hypot(p3.x - p0.x, p3.y - p0.y));
      const n0 = NORMAL[fromSide];
      const n3 = NORMAL[toSide];
      const p1 = { x: p0.x + n0.x * k, y: p0.y + n0.y * k };
      const p2 = { x: p3.x + n3.x * k, y: p3.y + n3.y * k };
      d = `M${fmt(p0)} C${fmt(p1)} ${fmt(p2)} ${fmt(p3)}`;
      points = Array.from({ length: 25 }, (_, i) => cubic(p0, p1, p2, p3, i / 24));
      break;
    }
    case 'hv':
      points = [p0, { x: p3.x, y: p0.y }, p3];
      d = roundedPolyline(points, L.corner);
      break;
    case 'vh':
      points = [p0, { x: p0.x, y: p3.y }, p3];
      d = roundedPolyline(points, L.corner);
      break;
    case 'vhv': {
      const y = p0.y + (p3.y - p0.y) * (spec.via ?? 0.5);
      points = [p0, { x: p0.x, y }, { x: p3.x, y }, p3];
      d = roundedPolyline(points, L.corner);
      break;
    }
    case 'gutter-right':
      points = [p0, { x: L.gutter.right, y: p0.y }, { x: L.gutter.right, y: p3.y }, p3];
      d = roundedPolyline(points, L.corner);
      break;
    case 'gutter-left':
      points = [
        p0,
        { x: L.gutter.left, y: p0.y },
        { x: L.gutter.left, y: L.gutter.bottom },
        { x: p3.x, y: L.gutter.bottom },
        p3,
      ];
      d = roundedPolyline(points, L.corner);
      break;
  }
  return { d, points };
}

function placeLabel(points: Point[], spec: RouteSpec): EdgeLabel {
  const seg = spec.labelSeg;
  const at =
    seg === undefined
      ? pointAlong(points, spec.labelAt ?? 0.5)
      : pointAlong(points.slice(seg, seg + 2), spec.labelAt ?? 0.5);
  const [dx, dy] = spec.labelShift ?? [0, 0];
  const p = { x: at.x + dx, y: at.y + dy };
  const gap = 7;
  switch (spec.label) {
    case 'left':
      return { x: p.x - gap, y: p.y, anchor: 'end', placement: 'left' };
    case 'right':
      return { x: p.x + gap, y: p.y, anchor: 'start', placement: 'right' };
    case 'above':
      return { x: p.x, y: p.y - gap, anchor: 'middle', placement: 'above' };
    case 'below':
      return { x: p.x, y: p.y + gap, anchor: 'middle', placement: 'below' };
    case 'on':
      return { x: p.x, y: p.y, anchor: 'middle', placement: 'on' };
  }
}

function buildLayout(L: LayoutSpec): DiagramLayout {
  const nodes = {} as Record<NodeId, DiagramNode>;
  for (const id of NODE_IDS) {
    const [col, row] = POSITIONS[id];
    nodes[id] = {
      id,
      state: id === CLOSED_END ? 'CLOSED' : id,
      x: L.cols[col],
      y: L.rows[row],
      w: L.node.w,
      h: L.node.h,
    };
  }
  const edges: DiagramEdge[] = TRANSITIONS.map((tr) => {
    const spec = ROUTES[tr.id];
    const { d, points } = route(spec, nodes, L);
    return {
      ...tr,
      fromNode: spec.from[0],
      toNode: spec.to[0],
      d,
      points,
      label: placeLabel(points, spec),
      badge: pointAlong(points, spec.badgeAt ?? 0.3),
    };
  });
  return {
    name: L.name,
    width: L.width,
    height: L.height,
    fontSize: L.fontSize,
    labelSize: L.labelSize,
    nodes,
    edges,
  };
}

export const LAYOUTS: Record<LayoutName, DiagramLayout> = {
  wide: buildLayout(WIDE),
  compact: buildLayout(COMPACT),
};

/** Below this container width (CSS pixels) the `auto` layout switches to `compact`. */
export const COMPACT_BELOW_PX = 560;

export function edgeById(layout: DiagramLayout, id: string): DiagramEdge | undefined {
  return layout.edges.find((e) => e.id === id);
}

/** One step of a socket's path through the diagram. */
export interface PathStep {
  /** 1-based, in the order the socket took them. */
  step: number;
  transition: DiagramTransition;
  /** Null when the RFC figure has no arrow for this change. */
  edgeId: TransitionId | null;
  /** The label the arrow shows for this step (an abort arrow is labelled by its cause). */
  label: RfcLabel;
}

export interface DiagramPath {
  steps: PathStep[];
  /** Edge id → the steps that walked it, in order. */
  byEdge: Map<string, PathStep[]>;
  visited: Set<NodeId>;
  last: PathStep | null;
}

function nodeFor(state: TcpState, edgeId: TransitionId | null, end: 'from' | 'to'): NodeId {
  if (state !== 'CLOSED' || edgeId === null) return state;
  const spec = ROUTES[edgeId];
  return (end === 'from' ? spec.from : spec.to)[0];
}

/** The arrows a socket walked, numbered in order. */
export function pathOf(transitions: readonly DiagramTransition[]): DiagramPath {
  const steps: PathStep[] = [];
  const byEdge = new Map<string, PathStep[]>();
  const visited = new Set<NodeId>();
  transitions.forEach((tr, i) => {
    const edgeId = transitionFor(tr.from, tr.to, tr.why);
    const step: PathStep = {
      step: i + 1,
      transition: tr,
      edgeId,
      label: edgeId ? labelFor(edgeId, tr.why) : { event: tr.why, action: '' },
    };
    steps.push(step);
    visited.add(nodeFor(tr.from, edgeId, 'from'));
    visited.add(nodeFor(tr.to, edgeId, 'to'));
    if (edgeId) {
      const list = byEdge.get(edgeId) ?? [];
      list.push(step);
      byEdge.set(edgeId, list);
    }
  });
  return { steps, byEdge, visited, last: steps[steps.length - 1] ?? null };
}

/**
 * The box to highlight for the current state: CLOSED is drawn twice, so after a connection ends
 * the bottom-right CLOSED is current, before it opens the top one.
 */
export function currentNode(current: TcpState | null, path: DiagramPath): NodeId | null {
  if (current === null) return null;
  if (current !== 'CLOSED') return current;
  const last = path.last;
  if (last && last.transition.to === 'CLOSED' && last.edgeId) return ROUTES[last.edgeId].to[0];
  return 'CLOSED';
}
