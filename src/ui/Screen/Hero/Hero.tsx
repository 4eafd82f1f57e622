import { Suspense } from 'react';
import { Wire } from '../../Wire/Wire';
import { LadderView } from '../../Simulator/deferredViews';
import './Hero.css';

/**
 * The middle of the screen: the wire as a thin live edge (what is in flight right now) on top of
 * the ladder, which takes every pixel left. `wire={false}` (controls="minimal") leaves the ladder.
 */
export function Hero({ wire = true }: { wire?: boolean }) {
  return (
    <div className="tcpsim-hero">
      {wire && <Wire />}
      <Suspense fallback={<div className="tcpsim-hero__pending" />}>
        <LadderView />
      </Suspense>
    </div>
  );
}
