/** What the colours and marks mean; the samples reuse the ladder's own markers. */
import { markerId } from './LadderDefs';
import { SEG_KINDS, segColour } from './colours';
import type { ladderT } from './strings';

function Sample({
  d,
  style,
  start,
  end,
}: {
  d: string;
  style: object;
  start?: string;
  end?: string;
}) {
  return (
    <svg width={44} height={12} viewBox="0 0 44 12" aria-hidden="true" focusable="false">
      <path
        d={d}
        style={style}
        markerStart={start}
        markerEnd={end}
        className="tcpsim-ladder__line"
      />
    </svg>
  );
}

export function LadderLegend({ prefix, tr }: { prefix: string; tr: ReturnType<typeof ladderT> }) {
  return (
    <ul className="tcpsim-ladder__legend" aria-label={tr('ladder.legend')}>
      {SEG_KINDS.map((kind) => (
        <li key={kind} className={`tcpsim-ladder__arrow--${kind}`}>
          <Sample
            d="M6,6 L38,6"
            style={{ stroke: segColour(kind) }}
            start={
              kind === 'ack' || kind === 'data' ? undefined : `url(#${markerId.tail(prefix, kind)})`
            }
            end={`url(#${markerId.head(prefix, kind)})`}
          />
          {tr(`ladder.legend.${kind}` as const)}
        </li>
      ))}
      <li className="tcpsim-ladder__arrow--retransmit">
        <Sample d="M6,6 L38,6" style={{ stroke: 'currentColor' }} />
        {tr('ladder.legend.retransmit')}
      </li>
      <li>
        <Sample
          d="M6,6 L30,6"
          style={{ stroke: 'currentColor' }}
          end={`url(#${markerId.cross(prefix)})`}
        />
        {tr('ladder.legend.drop')}
      </li>
    </ul>
  );
}
