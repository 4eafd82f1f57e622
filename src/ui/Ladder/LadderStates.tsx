/** Each endpoint's state, written beside its lifeline where it changes (RFC 793 spelling). */
import { rfcName } from '../../sim/state';
import type { StateShape } from './scene';
import type { ladderT } from './strings';

type Tr = ReturnType<typeof ladderT>;

export function stateText(shape: StateShape, tr: Tr): string {
  const { item } = shape;
  if (item.kind === 'label') return rfcName(item.label.state);
  const { band } = item;
  const params = { count: band.count, state: rfcName(band.state) };
  return band.total > band.count
    ? tr('ladder.state.bucketMore', { ...params, more: band.total - band.count })
    : tr('ladder.state.bucket', params);
}

export function LadderStates({ shapes, tr }: { shapes: readonly StateShape[]; tr: Tr }) {
  return (
    <>
      {shapes.map((s) => (
        <text
          key={s.key}
          className={`tcpsim-ladder__state tcpsim-ladder__state--${s.item.kind}`}
          x={s.x}
          y={s.y}
          textAnchor={s.anchor}
        >
          {stateText(s, tr)}
        </text>
      ))}
    </>
  );
}
