/**
 * The question card of predict-then-reveal: the prompt, the choices as a native radio group,
 * "Answer" and "Show the answer", then right or wrong with what happens and why, and the score
 * ("3 of 5"). Driven by props: the app pauses playback at `question.pauseAt`, scores with
 * `answer()` from src/teach/predict.ts, and plays on to reveal.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { teachT } from '../../teach/content';
import type { Translate } from '../../teach/i18n';
import type { Question, Score } from '../../teach/predict';
import './PredictPanel.css';

export interface PredictPanelProps {
  /** The question to ask; null when the run has nothing left to ask. */
  question: Question | null;
  /** Show the answer (after answering, or after "Show the answer"). */
  revealed: boolean;
  /** The choice the learner answered with; null or absent when revealed without answering. */
  answered?: string | null;
  score: Score;
  /** The learner submits a choice. */
  onAnswer: (choiceId: string) => void;
  /** The learner asks for the answer without guessing; without it the button is not shown. */
  onReveal?: () => void;
  /** The learner moves on; without it the button is not shown. */
  onNext?: () => void;
  t?: Translate;
  /** The level of the card's heading. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string;
}

function CheckIcon() {
  return (
    <svg
      className="tcpsim-predict-icon is-right"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M2.5 8.5 L6.5 12.5 L13.5 3.5" />
    </svg>
  );
}

function CrossIcon() {
  return (
    <svg
      className="tcpsim-predict-icon is-wrong"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M3.5 3.5 L12.5 12.5 M12.5 3.5 L3.5 12.5" />
    </svg>
  );
}

interface CardProps {
  question: Question;
  revealed: boolean;
  answered: string | null;
  onAnswer: (choiceId: string) => void;
  onReveal?: () => void;
  onNext?: () => void;
  tr: Translate;
}

function QuestionCard({
  question,
  revealed,
  answered,
  onAnswer,
  onReveal,
  onNext,
  tr,
}: CardProps): ReactElement {
  const [picked, setPicked] = useState<string | null>(answered);
  const name = `tcpsim-predict-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const feedbackRef = useRef<HTMLDivElement>(null);
  const wasRevealed = useRef(revealed);

  // When the answer appears, the buttons that were focused go away: take focus to the feedback.
  useEffect(() => {
    if (revealed && !wasRevealed.current) feedbackRef.current?.focus();
    wasRevealed.current = revealed;
  }, [revealed]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (picked !== null && !revealed) onAnswer(picked);
  };

  const chosen = answered ?? null;
  const right = chosen !== null && question.choices.some((c) => c.id === chosen && c.correct);
  const legendId = `${name}-legend`;

  return (
    <form className="tcpsim-predict-form" onSubmit={submit} data-question={question.id}>
      <p className="tcpsim-predict-kind">{tr(`predict.kind.${question.kind}`)}</p>
      <fieldset className="tcpsim-predict-choices" disabled={revealed}>
        <legend id={legendId} className="tcpsim-predict-prompt">
          {tr(question.promptKey, question.promptParams)}
        </legend>
        {question.choices.map((c) => {
          const isChosen = revealed && chosen === c.id;
          const classes = [
            'tcpsim-predict-choice',
            revealed && c.correct && 'is-right',
            isChosen && !c.correct && 'is-wrong',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <label key={c.id} className={classes}>
              <input
                type="radio"
                name={name}
                value={c.id}
                checked={(revealed ? chosen : picked) === c.id}
                onChange={() => setPicked(c.id)}
              />
              <span className="tcpsim-predict-choice-text">{tr(c.labelKey, c.params)}</span>
              {revealed && c.correct && (
                <span className="tcpsim-predict-mark">
                  <CheckIcon />
                  <span>{tr('predict.rightAnswer')}</span>
                </span>
              )}
              {isChosen && !c.correct && (
                <span className="tcpsim-predict-mark">
                  <CrossIcon />
                  <span>{tr('predict.yourAnswer')}</span>
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
      {!revealed && (
        <div className="tcpsim-predict-actions">
          <button type="submit" disabled={picked === null}>
            {tr('predict.answer')}
          </button>
          {onReveal && (
            <button type="button" onClick={onReveal}>
              {tr('predict.reveal')}
            </button>
          )}
        </div>
      )}
      <div
        ref={feedbackRef}
        className="tcpsim-predict-feedback"
        role="status"
        tabIndex={-1}
        data-result={revealed ? (chosen === null ? 'revealed' : right ? 'right' : 'wrong') : ''}
      >
        {revealed && (
          <>
            <p className="tcpsim-predict-verdict">
              {chosen === null ? null : right ? <CheckIcon /> : <CrossIcon />}
              <strong>
                {chosen === null
                  ? tr('predict.revealed')
                  : right
                    ? tr('predict.correct')
                    : tr('predict.wrong')}
              </strong>
            </p>
            <p>
              <span className="tcpsim-predict-term">{tr('predict.what')}:</span>{' '}
              {tr(question.answerKey, question.answerParams)}
            </p>
            <p>
              <span className="tcpsim-predict-term">{tr('predict.why')}:</span>{' '}
              {tr(question.explanationKey, question.explanationParams)}
            </p>
            {question.reasonKeys.length > 0 && (
              <ul className="tcpsim-predict-reasons">
                {question.reasonKeys.map((k) => (
                  <li key={k}>{tr(k)}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {revealed && onNext && (
        <div className="tcpsim-predict-actions">
          <button type="button" onClick={onNext}>
            {tr('predict.next')}
          </button>
        </div>
      )}
    </form>
  );
}

export function PredictPanel({
  question,
  revealed,
  answered = null,
  score,
  onAnswer,
  onReveal,
  onNext,
  t,
  headingLevel = 3,
  className,
}: PredictPanelProps): ReactElement {
  const tr = teachT(t);
  const titleId = `tcpsim-predict-title-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4' | 'h5';
  return (
    <section
      className={['tcpsim-predict', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-testid="predict-panel"
    >
      <header className="tcpsim-predict-header">
        <Heading id={titleId} className="tcpsim-predict-title">
          {tr('predict.title')}
        </Heading>
        <p className="tcpsim-predict-score">
          <span className="tcpsim-visually-hidden">
            {tr('predict.scoreLabel', { correct: score.correct, total: score.total })}
          </span>
          <span aria-hidden="true">
            {tr('predict.score', { correct: score.correct, total: score.total })}
          </span>
          {score.streak > 1 && (
            <span className="tcpsim-predict-streak">
              {tr('predict.streak', { streak: score.streak })}
            </span>
          )}
        </p>
      </header>
      {question ? (
        <QuestionCard
          key={question.id}
          question={question}
          revealed={revealed}
          answered={answered}
          onAnswer={onAnswer}
          onReveal={onReveal}
          onNext={onNext}
          tr={tr}
        />
      ) : (
        <p className="tcpsim-predict-none">{tr('predict.none')}</p>
      )}
    </section>
  );
}
