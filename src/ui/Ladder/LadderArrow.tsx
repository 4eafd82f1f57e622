/** One segment: a focusable arrow that names itself, and selects on click, Enter or Space. */
import type { KeyboardEvent } from 'react';
import type { ArrowShape, TextSpot } from './scene';
import { markerId } from './LadderDefs';
import { segColour } from './colours';
import type { LadderArrow as Arrow } from './ladderModel';
import { seconds, type ladderT } from './strings';

type Tr = ReturnType<typeof ladderT>;

export function arrowName(
  a: Arrow,
  tr: Tr,
  laneName: (lane: Arrow['from'], address: string) => string,
): string {
  const fate =
    a.progress < 1 || a.end === 'pending'
      ? tr('ladder.fate.inFlight')
      : a.end === 'drop'
        ? tr('ladder.fate.dropped', {
            time: seconds(tr, a.tEnd),
            reason: tr(`ladder.drop.${a.dropReason ?? 'loss'}` as const),
          })
        : tr('ladder.fate.delivered', { time: seconds(tr, a.tEnd) });
  const extra = [
    a.retransmitOf !== null ? `${tr('ladder.retransmitOf', { id: a.retransmitOf })}.` : '',
    a.spoofed ? tr('ladder.spoofed') : '',
  ].filter(Boolean);
  return [
    tr('ladder.arrowName', {
      id: a.id,
      from: laneName(a.from, a.send.from),
      to: laneName(a.to, a.send.to),
      time: seconds(tr, a.tSend),
      // Spoken without the angle brackets, which screen readers read out as "less than".
      label: a.label.replace(/></g, ' ').replace(/[<>]/g, ''),
      fate,
    }),
    ...extra,
  ].join(' ');
}

function transform(spot: TextSpot): string | undefined {
  return spot.angle ? `rotate(${spot.angle.toFixed(2)} ${spot.x} ${spot.y})` : undefined;
}

interface Props {
  shape: ArrowShape;
  prefix: string;
  name: string;
  tr: Tr;
  selected: boolean;
  onSelect?: (id: number) => void;
}

/**
 * An arrow in flight is drawn whole, to where it lands, without its head: the ladder shows it
 * only above the "now" line (a clip that glides with it), and its head (LadderArrowHead) glides
 * along it. So an arrow grows on the compositor, not by rewriting its path every frame.
 */
export function LadderArrow({ shape, prefix, name, tr, selected, onSelect }: Props) {
  const { arrow: a, x1, y1, landed, label } = shape;
  const x2 = landed ? shape.x2 : shape.xEnd;
  const y2 = landed ? shape.y2 : shape.yEnd;
  const d = `M${x1},${y1} L${x2},${y2}`;
  const dead = landed && a.end === 'drop';
  const select = () => onSelect?.(a.id);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select();
    }
  };
  const className = [
    'tcpsim-ladder__arrow',
    `tcpsim-ladder__arrow--${a.kind}`,
    a.retransmitOf !== null ? 'tcpsim-ladder__arrow--retransmit' : '',
    selected ? 'is-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      className={className}
      data-segment={a.id}
      onClick={select}
      onKeyDown={onKeyDown}
    >
      {selected && <path className="tcpsim-ladder__halo" d={d} />}
      <path
        className="tcpsim-ladder__line"
        d={d}
        style={{ stroke: segColour(a.kind) }}
        markerStart={
          a.kind === 'ack' || a.kind === 'data'
            ? undefined
            : `url(#${markerId.tail(prefix, a.kind)})`
        }
        markerEnd={
          !landed
            ? undefined
            : dead
              ? `url(#${markerId.cross(prefix)})`
              : `url(#${markerId.head(prefix, a.kind)})`
        }
      />
      {label && (
        <text
          className="tcpsim-ladder__label"
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          transform={transform(label)}
        >
          {`#${a.id} ${a.label}`}
        </text>
      )}
      {label && a.retransmitOf !== null && (
        <text
          className="tcpsim-ladder__note"
          x={label.x}
          y={label.y + 12}
          textAnchor={label.anchor}
          transform={transform(label)}
        >
          {tr('ladder.retransmitOf', { id: a.retransmitOf })}
        </text>
      )}
      {shape.note && (
        <text
          className="tcpsim-ladder__note"
          x={shape.note.x}
          y={shape.note.y}
          textAnchor={shape.note.anchor}
        >
          {tr(`ladder.drop.${a.dropReason ?? 'loss'}` as const)}
        </text>
      )}
    </g>
  );
}

/** Where an arrow in flight has got to at time t, as a transform for its head. */
export function headTransform(tip: { x: number; y: number }): string {
  return `translate(${tip.x}px, ${tip.y}px)`;
}

/**
 * The head of an arrow in flight: a marker on a one-pixel stub pointing the arrow's way, at the
 * origin of a group the ladder moves to the tip.
 */
export function LadderArrowHead({
  shape,
  prefix,
  tip,
}: {
  shape: ArrowShape;
  prefix: string;
  tip: { x: number; y: number };
}) {
  const { arrow: a, x1, y1, xEnd, yEnd } = shape;
  const length = Math.hypot(xEnd - x1, yEnd - y1) || 1;
  const ux = (xEnd - x1) / length;
  const uy = (yEnd - y1) / length;
  return (
    <g
      className={`tcpsim-ladder__head tcpsim-ladder__arrow--${a.kind}`}
      data-head={a.id}
      aria-hidden="true"
      style={{ transform: headTransform(tip) }}
    >
      <path
        className="tcpsim-ladder__line"
        d={`M${-ux},${-uy} L0,0`}
        style={{ stroke: segColour(a.kind) }}
        markerEnd={`url(#${markerId.head(prefix, a.kind)})`}
      />
    </g>
  );
}
