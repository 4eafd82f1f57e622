/**
 * Where a capture shows itself in the instrument (the app hands these to the simulator): the
 * banner above it, and the card in its first tab instead of the scenario's. Both are in the
 * capture's lazily loaded code, already there once a capture plays: the first visit and the
 * embed carry only these few lines.
 */
import { lazy, Suspense } from 'react';
import { useSimStore } from '../../store';
import { ScenarioCard } from '../ScenarioPicker/ScenarioCard';

const CaptureBanner = lazy(() => import('./CaptureBanner'));
const CaptureCard = lazy(() => import('./CaptureCard'));

function useCapture(): boolean {
  return useSimStore((s) => s.source.kind === 'capture');
}

export function CaptureBannerSlot() {
  if (!useCapture()) return null;
  return (
    <Suspense fallback={null}>
      <CaptureBanner />
    </Suspense>
  );
}

export function CaptureCardSlot() {
  if (!useCapture()) return <ScenarioCard />;
  return (
    <Suspense fallback={null}>
      <CaptureCard />
    </Suspense>
  );
}
