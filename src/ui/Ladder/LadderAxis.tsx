/**
 * The frame of the picture: lifelines (dotted where a quiet stretch is squeezed), the time axis,
 * the length of each squeezed stretch. (The "now" line is drawn over the picture: LadderNow.)
 */
import type { Lane } from './ladderIndex';
import type { LadderLayout } from './layout';
import type { TimeMap } from './timeMap';
import { timeTicks } from './timeMap';
import { seconds, type ladderT } from './strings';

type Tr = ReturnType<typeof ladderT>;

interface Props {
  map: TimeMap;
  layout: LadderLayout;
  /** The visible range, in map pixels. */
  y0: number;
  y1: number;
  /** Map pixels → SVG pixels (kept small: huge coordinates render badly). */
  offset: number;
  outLeft: boolean;
  outRight: boolean;
  tr: Tr;
}

/** Vertical runs at x over [a, b], solid outside squeezed stretches and dotted inside them. */
function lifelineRuns(
  map: TimeMap,
  xs: readonly number[],
  a: number,
  b: number,
  offset: number,
): [string, string] {
  let solid = '';
  let dotted = '';
  const run = (x: number, from: number, to: number) => `M${x},${from + offset} V${to + offset} `;
  for (const x of xs) {
    let y = a;
    for (const g of map.gaps) {
      if (g.y1 <= y) continue;
      if (g.y0 >= b) break;
      if (g.y0 > y) solid += run(x, y, g.y0);
      dotted += run(x, Math.max(y, g.y0), Math.min(b, g.y1));
      y = g.y1;
    }
    if (b > y) solid += run(x, y, b);
  }
  return [solid.trim(), dotted.trim()];
}

export function LadderAxis({ map, layout, y0, y1, offset, outLeft, outRight, tr }: Props) {
  const a = Math.max(0, y0);
  const b = Math.min(map.height, y1);
  const { lanes } = layout;
  const [solid, dotted] = lifelineRuns(map, [lanes.left, lanes.right], a, b, offset);
  const others = (['outLeft', 'outRight'] as Lane[])
    .filter((l) => (l === 'outLeft' ? outLeft : outRight))
    .map((l) => `M${lanes[l]},${a + offset} V${b + offset}`)
    .join(' ');
  const yOf = (t: number) => map.scale(t) + offset;
  const ticks = timeTicks(map, map.scale.invert(a), map.scale.invert(b));
  const tickPath = ticks.map((t) => `M${layout.axisRight},${yOf(t)} h6`).join(' ');
  const gaps = map.gaps.filter((g) => g.y1 >= a && g.y0 <= b);
  const middle = (lanes.left + lanes.right) / 2;
  return (
    <g className="tcpsim-ladder__axis">
      {solid && <path className="tcpsim-ladder__lifeline" d={solid} />}
      {dotted && (
        <path className="tcpsim-ladder__lifeline tcpsim-ladder__lifeline--quiet" d={dotted} />
      )}
      {others && (
        <path className="tcpsim-ladder__lifeline tcpsim-ladder__lifeline--others" d={others} />
      )}
      {tickPath && <path className="tcpsim-ladder__tick" d={tickPath} />}
      {ticks.map((t) => (
        <text
          key={t}
          className="tcpsim-ladder__tick-label"
          x={layout.axisRight - 2}
          y={yOf(t) + 4}
          textAnchor="end"
        >
          {seconds(tr, t)}
        </text>
      ))}
      {gaps.map((g) => (
        <text
          key={g.from}
          className="tcpsim-ladder__gap"
          x={middle}
          y={(g.y0 + g.y1) / 2 + offset + 4}
          textAnchor="middle"
        >
          {tr('ladder.gap', { duration: seconds(tr, g.to - g.from) })}
        </text>
      ))}
    </g>
  );
}
