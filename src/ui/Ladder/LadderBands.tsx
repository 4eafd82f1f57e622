/** Groups of segments too dense to draw one by one: a shaded band and a count. */
import type { BandShape } from './scene';
import type { LadderBand } from './ladderModel';
import { segColour } from './colours';
import { seconds, type ladderT } from './strings';

type Tr = ReturnType<typeof ladderT>;

export function bandText(
  b: LadderBand,
  tr: Tr,
  hostName: (lane: LadderBand['from']) => string,
): string {
  const flags = b.flags || tr('ladder.band.segments');
  const outFrom = b.from === 'outLeft' || b.from === 'outRight';
  const outTo = b.to === 'outLeft' || b.to === 'outRight';
  const base = outFrom
    ? tr(b.spoofed === b.count ? 'ladder.band.fromSpoofed' : 'ladder.band.fromOthers', {
        count: b.count,
        flags,
      })
    : outTo
      ? tr('ladder.band.toOthers', { count: b.count, flags })
      : tr('ladder.band.between', {
          count: b.count,
          flags,
          from: hostName(b.from),
          to: hostName(b.to),
        });
  if (b.dropped === 0) return base;
  const dropped = b.dropReason
    ? tr('ladder.band.droppedWhy', {
        count: b.dropped,
        reason: tr(`ladder.drop.${b.dropReason}` as const),
      })
    : tr('ladder.band.dropped', { count: b.dropped });
  return `${base}, ${dropped}`;
}

interface Props {
  shapes: readonly BandShape[];
  tr: Tr;
  hostName: (lane: LadderBand['from']) => string;
}

export function LadderBands({ shapes, tr, hostName }: Props) {
  return (
    <>
      {shapes.map(({ band, points, label }) => {
        const text = bandText(band, tr, hostName);
        const name = tr('ladder.band.name', {
          text,
          from: seconds(tr, band.t0),
          to: seconds(tr, band.t1),
        });
        return (
          <g key={band.key} role="img" aria-label={name} className="tcpsim-ladder__band">
            <polygon
              points={points}
              style={{ fill: segColour(band.kind), stroke: segColour(band.kind) }}
            />
            {label && (
              <text
                className="tcpsim-ladder__label"
                x={label.x}
                y={label.y}
                textAnchor={label.anchor}
                aria-hidden="true"
              >
                {text}
              </text>
            )}
          </g>
        );
      })}
    </>
  );
}
