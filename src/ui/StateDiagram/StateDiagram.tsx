/**
 * RFC 9293's state diagram for one socket: its current state filled and ringed, the arrows it
 * walked drawn thick and numbered in order, the last one in its own colour with its label in
 * bold. Every state and arrow is a button (click, Enter or Space selects it; the arrow keys move
 * between them), named for screen readers: "ESTABLISHED, current state", "Transition
 * ESTABLISHED to FIN_WAIT_1: CLOSE / snd FIN, taken at 2.000 s".
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type RefObject,
} from 'react';
import { teachT } from '../../teach/content';
import { secondsText, type Translate } from '../../teach/i18n';
import { labelText, type RfcLabel } from '../../teach/transitions';
import type { TcpState } from '../../sim/state';
import {
  CLOSED_END,
  COMPACT_BELOW_PX,
  currentNode,
  LAYOUTS,
  NODE_IDS,
  pathOf,
  type DiagramEdge,
  type DiagramLayout,
  type DiagramNode,
  type DiagramSelection,
  type DiagramTransition,
  type LayoutName,
  type PathStep,
} from './diagramModel';
import './StateDiagram.css';

export type { DiagramSelection, DiagramTransition } from './diagramModel';

export interface StateDiagramProps {
  /** The selected socket's state changes up to the playback time, oldest first. */
  transitions: readonly DiagramTransition[];
  /** The selected socket's state now; null when no socket is selected. */
  current: TcpState | null;
  selected?: DiagramSelection | null;
  onSelect?: (selection: DiagramSelection) => void;
  t?: Translate;
  /** `auto` (default) picks `compact` below 560 CSS pixels of width. */
  layout?: LayoutName | 'auto';
  /**
   * Show the arrows drawn on demand (resets, aborts, timeouts, the RFC text's extra arrow).
   * Left undefined, a toggle button in the diagram controls it.
   */
  showAllEdges?: boolean;
  className?: string;
}

function useContainerLayout(
  ref: RefObject<HTMLElement | null>,
  wanted: LayoutName | 'auto',
): LayoutName {
  const [auto, setAuto] = useState<LayoutName>('wide');
  useEffect(() => {
    if (wanted !== 'auto') return;
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) setAuto(width < COMPACT_BELOW_PX ? 'compact' : 'wide');
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, wanted]);
  return wanted === 'auto' ? auto : wanted;
}

const CHAR_EM = 0.6; // the monospace advance, in em

function labelLines(label: RfcLabel): string[] {
  return label.action ? [label.event, label.action] : [label.event];
}

interface LabelProps {
  edge: DiagramEdge;
  label: RfcLabel;
  size: number;
  className: string;
}

/** An RFC label: the event over a rule over the action, as Figure 5 writes them. */
function EdgeLabelText({ edge, label, size, className }: LabelProps): ReactElement {
  const lines = labelLines(label);
  const { x, y, anchor, placement } = edge.label;
  const width = Math.max(...lines.map((l) => l.length)) * CHAR_EM * size;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const two = lines.length === 2;
  const height = two ? 2.8 * size : 1.2 * size;
  let top: number;
  if (placement === 'on') top = two ? y - 1.25 * size : y - 1.35 * size;
  else if (placement === 'above') top = y - height;
  else if (placement === 'below') top = y;
  else top = y - height / 2;
  const base1 = top + 0.95 * size;
  const rule = top + 1.4 * size;
  const base2 = placement === 'on' ? y + 1.15 * size : top + 2.55 * size;
  const pad = 0.3 * size;
  return (
    <g className={className}>
      <rect
        className="tcpsim-sd-chip"
        x={left - pad}
        y={placement === 'on' ? y - 1.3 * size : top - pad / 2}
        width={width + 2 * pad}
        height={placement === 'on' ? 2.8 * size : height + pad}
        rx={4}
      />
      <text x={x} y={base1} textAnchor={anchor} fontSize={size}>
        {lines[0]}
      </text>
      {two && placement !== 'on' && (
        <line x1={left} x2={left + width} y1={rule} y2={rule} className="tcpsim-sd-rule" />
      )}
      {two && (
        <text x={x} y={base2} textAnchor={anchor} fontSize={size}>
          {lines[1]}
        </text>
      )}
    </g>
  );
}

function badgeText(steps: readonly PathStep[]): string {
  return steps.map((s) => s.step).join(',');
}

function focusSibling(from: Element, delta: number | 'first' | 'last'): void {
  const svg = from.closest('svg');
  if (!svg) return;
  const items = [...svg.querySelectorAll<SVGGElement>('[data-sd-item]')];
  const i = items.indexOf(from as SVGGElement);
  const next =
    delta === 'first'
      ? items[0]
      : delta === 'last'
        ? items[items.length - 1]
        : items[(i + delta + items.length) % items.length];
  next?.focus();
}

function onItemKey(e: KeyboardEvent<SVGGElement>, select: () => void): void {
  switch (e.key) {
    case 'Enter':
    case ' ':
      e.preventDefault();
      select();
      break;
    case 'ArrowRight':
    case 'ArrowDown':
      e.preventDefault();
      focusSibling(e.currentTarget, 1);
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      e.preventDefault();
      focusSibling(e.currentTarget, -1);
      break;
    case 'Home':
      e.preventDefault();
      focusSibling(e.currentTarget, 'first');
      break;
    case 'End':
      e.preventDefault();
      focusSibling(e.currentTarget, 'last');
      break;
  }
}

export function StateDiagram({
  transitions,
  current,
  selected = null,
  onSelect,
  t,
  layout: wantedLayout = 'auto',
  showAllEdges,
  className,
}: StateDiagramProps): ReactElement {
  const tr = teachT(t);
  const rootRef = useRef<HTMLElement>(null);
  const layoutName = useContainerLayout(rootRef, wantedLayout);
  const layout: DiagramLayout = LAYOUTS[layoutName];
  const [showToggle, setShowToggle] = useState(false);
  const showAll = showAllEdges ?? showToggle;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = {
    title: `tcpsim-sd-${uid}-title`,
    desc: `tcpsim-sd-${uid}-desc`,
    marker: (kind: string) => `tcpsim-sd-${uid}-arrow-${kind}`,
  };

  const path = useMemo(() => pathOf(transitions), [transitions]);
  const currentId = currentNode(current, path);
  const last = path.last;
  const lastEdgeId = last?.edgeId ?? null;
  const seconds = (v: number) => tr('diagram.seconds', { value: secondsText(v) });

  const select = (s: DiagramSelection) => onSelect?.(s);
  const isSelectedState = (n: DiagramNode) =>
    selected?.kind === 'state' && selected.state === n.state;
  const isSelectedEdge = (e: DiagramEdge) => selected?.kind === 'edge' && selected.id === e.id;

  const visibleEdges = layout.edges.filter(
    (e) =>
      e.kind === 'figure' ||
      e.kind === 'note' ||
      showAll ||
      path.byEdge.has(e.id) ||
      isSelectedEdge(e),
  );

  const stateName = (n: DiagramNode) =>
    n.id === CLOSED_END ? tr('diagram.state.closedEnd') : n.state;

  const nodeLabel = (n: DiagramNode) => {
    const name = stateName(n);
    if (n.id === currentId) return tr('diagram.state.current', { name });
    if (path.visited.has(n.id)) return tr('diagram.state.visited', { name });
    return name;
  };

  const edgeShownLabel = (e: DiagramEdge): RfcLabel => {
    const steps = path.byEdge.get(e.id);
    return steps ? steps[steps.length - 1]!.label : { event: e.event, action: e.action };
  };

  const edgeLabel = (e: DiagramEdge) => {
    let name = tr('diagram.edge.name', {
      from: e.from,
      to: e.to,
      label: labelText(edgeShownLabel(e)),
    });
    const steps = path.byEdge.get(e.id);
    if (steps) {
      const times = steps.map((s) => seconds(s.transition.t)).join(', ');
      name = tr('diagram.edge.taken', { name, times });
      if (e.id === lastEdgeId) name = tr('diagram.edge.last', { name });
    }
    return name;
  };

  const markerFor = (e: DiagramEdge) =>
    e.id === lastEdgeId
      ? 'last'
      : path.byEdge.has(e.id)
        ? 'path'
        : e.kind === 'abort' || e.kind === 'extra'
          ? 'muted'
          : 'base';

  let caption: string;
  if (last) {
    caption = last.edgeId
      ? tr('diagram.caption.last', {
          time: seconds(last.transition.t),
          from: last.transition.from,
          to: last.transition.to,
          label: labelText(last.label),
        })
      : tr('diagram.caption.undrawn', {
          time: seconds(last.transition.t),
          from: last.transition.from,
          to: last.transition.to,
        });
  } else if (current) caption = tr('diagram.caption.start', { state: current });
  else caption = tr('diagram.caption.none');

  const showLabels = layout.name === 'wide';
  const badgeR = layout.name === 'wide' ? 9.5 : 8;

  return (
    <figure
      ref={rootRef}
      className={['tcpsim-sd', className].filter(Boolean).join(' ')}
      data-layout={layout.name}
      data-testid="state-diagram"
    >
      <div className="tcpsim-sd-tools">
        {showAllEdges === undefined && (
          <button
            type="button"
            className="tcpsim-sd-toggle"
            aria-pressed={showToggle}
            onClick={() => setShowToggle((v) => !v)}
          >
            <svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">
              <line x1="1" y1="6" x2="23" y2="6" className="tcpsim-sd-icon-abort" />
            </svg>
            {tr('diagram.showResets')}
          </button>
        )}
      </div>
      <svg
        className="tcpsim-sd-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-labelledby={ids.title}
        aria-describedby={ids.desc}
        preserveAspectRatio="xMidYMin meet"
      >
        <title id={ids.title}>{tr('diagram.title')}</title>
        <desc id={ids.desc}>{tr('diagram.description')}</desc>
        <defs>
          {(['base', 'muted', 'path', 'last'] as const).map((kind) => (
            <marker
              key={kind}
              id={ids.marker(kind)}
              viewBox="0 0 10 10"
              refX="9.5"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth={kind === 'last' ? 14 : kind === 'path' ? 12 : 10}
              markerHeight={kind === 'last' ? 14 : kind === 'path' ? 12 : 10}
              orient="auto"
            >
              <path
                d="M0,0.5 L10,5 L0,9.5 z"
                className={`tcpsim-sd-arrow tcpsim-sd-arrow-${kind}`}
              />
            </marker>
          ))}
        </defs>

        {/* States first, then transitions: the order Tab and the arrow keys walk. */}
        <g className="tcpsim-sd-nodes">
          {NODE_IDS.map((id) => {
            const n = layout.nodes[id];
            const isCurrent = id === currentId;
            const classes = [
              'tcpsim-sd-node',
              isCurrent && 'is-current',
              path.visited.has(id) && 'is-visited',
              isSelectedState(n) && 'is-selected',
            ]
              .filter(Boolean)
              .join(' ');
            const x = n.x - n.w / 2;
            const y = n.y - n.h / 2;
            return (
              <g
                key={id}
                className={classes}
                role="button"
                tabIndex={0}
                aria-pressed={isSelectedState(n)}
                aria-label={nodeLabel(n)}
                data-sd-item=""
                data-node={id}
                onClick={() => select({ kind: 'state', state: n.state })}
                onKeyDown={(ev) => onItemKey(ev, () => select({ kind: 'state', state: n.state }))}
              >
                <rect
                  className="tcpsim-sd-node-ring"
                  x={x - 6}
                  y={y - 6}
                  width={n.w + 12}
                  height={n.h + 12}
                  rx={10}
                />
                {isCurrent && (
                  <rect
                    className="tcpsim-sd-current-ring"
                    x={x - 4}
                    y={y - 4}
                    width={n.w + 8}
                    height={n.h + 8}
                    rx={9}
                  />
                )}
                <rect className="tcpsim-sd-box" x={x} y={y} width={n.w} height={n.h} rx={6} />
                <text
                  x={n.x}
                  y={n.y}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize={layout.fontSize}
                  className="tcpsim-sd-node-text"
                >
                  {n.state}
                </text>
              </g>
            );
          })}
        </g>

        <g className="tcpsim-sd-edges">
          {visibleEdges.map((e) => {
            const taken = path.byEdge.has(e.id);
            const classes = [
              'tcpsim-sd-edge',
              `tcpsim-sd-kind-${e.kind}`,
              taken && 'is-taken',
              e.id === lastEdgeId && 'is-last',
              isSelectedEdge(e) && 'is-selected',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <g
                key={e.id}
                className={classes}
                role="button"
                tabIndex={0}
                aria-pressed={isSelectedEdge(e)}
                aria-label={edgeLabel(e)}
                data-sd-item=""
                data-edge={e.id}
                onClick={() => select({ kind: 'edge', id: e.id })}
                onKeyDown={(ev) => onItemKey(ev, () => select({ kind: 'edge', id: e.id }))}
              >
                <path d={e.d} className="tcpsim-sd-hit" />
                <path d={e.d} className="tcpsim-sd-ring" />
                <path
                  d={e.d}
                  className="tcpsim-sd-line"
                  markerEnd={`url(#${ids.marker(markerFor(e))})`}
                />
              </g>
            );
          })}
        </g>

        <g className="tcpsim-sd-overlay" aria-hidden="true">
          {visibleEdges
            .filter((e) => path.byEdge.has(e.id))
            .sort((a, b) => Number(a.id === lastEdgeId) - Number(b.id === lastEdgeId))
            .map((e) => (
              <path
                key={e.id}
                d={e.d}
                className={e.id === lastEdgeId ? 'tcpsim-sd-walk is-last' : 'tcpsim-sd-walk'}
                markerEnd={`url(#${ids.marker(e.id === lastEdgeId ? 'last' : 'path')})`}
              />
            ))}
        </g>

        <g className="tcpsim-sd-labels" aria-hidden="true">
          {visibleEdges.map((e) => {
            const isLast = e.id === lastEdgeId;
            // The compact layout has no room for labels: its caption carries the last one.
            const wanted =
              showLabels &&
              (e.kind !== 'abort' || path.byEdge.has(e.id) || isSelectedEdge(e) || isLast);
            if (!wanted) return null;
            return (
              <EdgeLabelText
                key={e.id}
                edge={e}
                label={edgeShownLabel(e)}
                size={layout.labelSize}
                className={[
                  'tcpsim-sd-label',
                  path.byEdge.has(e.id) && 'is-taken',
                  isLast && 'is-last',
                ]
                  .filter(Boolean)
                  .join(' ')}
              />
            );
          })}
        </g>

        <g className="tcpsim-sd-badges" aria-hidden="true">
          {visibleEdges.map((e) => {
            const steps = path.byEdge.get(e.id);
            if (!steps) return null;
            const text = badgeText(steps);
            const w = Math.max(badgeR * 2, text.length * CHAR_EM * 11 + 8);
            return (
              <g
                key={e.id}
                className={e.id === lastEdgeId ? 'tcpsim-sd-badge is-last' : 'tcpsim-sd-badge'}
              >
                <rect
                  x={e.badge.x - w / 2}
                  y={e.badge.y - badgeR}
                  width={w}
                  height={badgeR * 2}
                  rx={badgeR}
                />
                <text x={e.badge.x} y={e.badge.y} dy="0.35em" textAnchor="middle" fontSize={11}>
                  {text}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="tcpsim-sd-caption">{caption}</figcaption>
      <ul className="tcpsim-sd-legend" aria-label={tr('diagram.legend.title')}>
        <li>
          <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">
            <rect x="2" y="2" width="24" height="12" rx="3" className="tcpsim-sd-icon-current" />
          </svg>
          {tr('diagram.legend.current')}
        </li>
        <li>
          <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">
            <line x1="1" y1="8" x2="27" y2="8" className="tcpsim-sd-icon-path" />
            <circle cx="14" cy="8" r="6" className="tcpsim-sd-icon-badge" />
          </svg>
          {tr('diagram.legend.path')}
        </li>
        <li>
          <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">
            <line x1="1" y1="8" x2="27" y2="8" className="tcpsim-sd-icon-last" />
          </svg>
          {tr('diagram.legend.last')}
        </li>
        <li>
          <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">
            <line x1="1" y1="8" x2="27" y2="8" className="tcpsim-sd-icon-note" />
          </svg>
          {tr('diagram.legend.note')}
        </li>
        <li>
          <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">
            <line x1="1" y1="8" x2="27" y2="8" className="tcpsim-sd-icon-abort" />
          </svg>
          {tr('diagram.legend.abort')}
        </li>
      </ul>
    </figure>
  );
}
