/**
 * Markers: an arrowhead per kind (in its colour), a tail mark per kind (the cue that is not
 * colour), and the cross where a dropped segment dies. Ids are prefixed per instance so two
 * ladders on one page do not share them.
 */
import type { ReactElement } from 'react';
import type { SegKind } from './ladderIndex';
import { SEG_KINDS, segColour } from './colours';

export const markerId = {
  head: (prefix: string, kind: SegKind) => `${prefix}-head-${kind}`,
  tail: (prefix: string, kind: SegKind) => `${prefix}-tail-${kind}`,
  cross: (prefix: string) => `${prefix}-cross`,
  clip: (prefix: string) => `${prefix}-clip`,
};

/** The tail mark of each kind, in a 10 × 10 box centred on the arrow's start. */
function tailShape(kind: SegKind, fill: string): ReactElement | null {
  const style = { fill, stroke: fill };
  switch (kind) {
    case 'syn':
      return <circle cx={5} cy={5} r={3.5} style={style} />;
    case 'synack':
      return <path d="M5,0.5 L9.5,5 L5,9.5 L0.5,5 Z" style={style} />;
    case 'fin':
      return <rect x={1.5} y={1.5} width={7} height={7} style={style} />;
    case 'rst':
      return <rect x={3.5} y={0} width={3} height={10} style={style} />;
    default:
      return null;
  }
}

export function LadderDefs({
  prefix,
  clip,
}: {
  prefix: string;
  clip: { x: number; y: number; width: number; height: number };
}) {
  return (
    <defs>
      <clipPath id={markerId.clip(prefix)}>
        <rect {...clip} />
      </clipPath>
      {SEG_KINDS.map((kind) => (
        <marker
          key={`head-${kind}`}
          id={markerId.head(prefix, kind)}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={8}
          markerHeight={8}
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 Z" style={{ fill: segColour(kind) }} />
        </marker>
      ))}
      {SEG_KINDS.filter((kind) => tailShape(kind, '') !== null).map((kind) => (
        <marker
          key={`tail-${kind}`}
          id={markerId.tail(prefix, kind)}
          viewBox="0 0 10 10"
          refX={5}
          refY={5}
          markerWidth={9}
          markerHeight={9}
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          {tailShape(kind, segColour(kind))}
        </marker>
      ))}
      <marker
        id={markerId.cross(prefix)}
        viewBox="0 0 12 12"
        refX={6}
        refY={6}
        markerWidth={12}
        markerHeight={12}
        markerUnits="userSpaceOnUse"
        orient="0"
      >
        <path
          d="M1,1 L11,11 M1,11 L11,1"
          style={{ stroke: 'currentColor', strokeWidth: 2.5, fill: 'none' }}
        />
      </marker>
    </defs>
  );
}
