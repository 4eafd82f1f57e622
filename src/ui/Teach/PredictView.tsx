import { useEffect, useRef } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { PredictPanel } from '../Predict/PredictPanel';
import { useTeachT } from './useTeachT';

/**
 * Predict-then-reveal on the store: the question about the next segment to arrive (playback
 * stops just before it), the answer and why once given, the score for this scenario.
 */
export function PredictView() {
  const { t } = useLocale();
  const tt = useTeachT();
  const predict = useSimStore((s) => s.predict);
  const presenting = useSimStore((s) => s.presenter);
  const answerQuestion = useSimStore((s) => s.answerQuestion);
  const revealQuestion = useSimStore((s) => s.revealQuestion);
  const continuePredict = useSimStore((s) => s.continuePredict);
  const rootRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);
  const questionId = predict.question?.id ?? null;

  // "Continue" goes away with its question: bring focus to the next one's choices.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const root = rootRef.current;
    const first = root?.querySelector<HTMLElement>('input[type="radio"]');
    // On a projector the wire above must stay in view; the card is right below it.
    (first ?? root)?.focus({ preventScroll: presenting });
  }, [questionId, presenting]);

  if (!predict.on) return null;
  return (
    <div className="tcpsim-teach-predict" ref={rootRef} tabIndex={-1}>
      <p className="tcpsim-teach-predict__hint">{t('learn.predictHint')}</p>
      <PredictPanel
        question={predict.question}
        revealed={predict.revealed}
        answered={predict.answered}
        score={predict.score}
        onAnswer={answerQuestion}
        onReveal={revealQuestion}
        onNext={() => {
          moveFocus.current = true;
          continuePredict();
        }}
        t={tt}
        headingLevel={2}
      />
    </div>
  );
}
