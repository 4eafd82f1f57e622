/** Host names and addresses above the lifelines; stays put while the time runs under it. */
import type { LadderHost } from './ladderIndex';
import type { LadderLayout } from './layout';
import { HEADER_H } from './layout';
import { seconds, type ladderT } from './strings';

interface Props {
  hosts: readonly LadderHost[];
  layout: LadderLayout;
  time: number;
  outLeft: boolean;
  outRight: boolean;
  tr: ReturnType<typeof ladderT>;
}

export function LadderHeader({ hosts, layout, time, outLeft, outRight, tr }: Props) {
  const { lanes } = layout;
  return (
    <g className="tcpsim-ladder__header">
      {(['left', 'right'] as const).map((lane, i) => {
        const host = hosts[i];
        if (!host) return null;
        return (
          <g key={lane}>
            <text className="tcpsim-ladder__host" x={lanes[lane]} y={20} textAnchor="middle">
              {host.name}
            </text>
            <text className="tcpsim-ladder__ip" x={lanes[lane]} y={36} textAnchor="middle">
              {host.ip}
            </text>
          </g>
        );
      })}
      {outLeft && (
        <text className="tcpsim-ladder__ip" x={lanes.outLeft - 6} y={36} textAnchor="start">
          {tr('ladder.otherHosts')}
        </text>
      )}
      {outRight && (
        <text className="tcpsim-ladder__ip" x={lanes.outRight + 6} y={36} textAnchor="end">
          {tr('ladder.otherHosts')}
        </text>
      )}
      <text className="tcpsim-ladder__now-label" x={4} y={HEADER_H - 6}>
        {tr('ladder.now', { time: seconds(tr, time) })}
      </text>
      <path className="tcpsim-ladder__rule" d={`M0,${HEADER_H - 0.5} H${layout.width}`} />
    </g>
  );
}
