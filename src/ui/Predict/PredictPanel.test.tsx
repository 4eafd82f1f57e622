// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../sim/simulation';
import { BUILTIN_SCENARIOS } from '../../sim/scenario/builtins';
import { answer, EMPTY_SCORE, nextQuestion, type Question, type Score } from '../../teach/predict';
import { PredictPanel } from './PredictPanel';

afterEach(cleanup);

const trace = runScenario(BUILTIN_SCENARIOS['handshake-and-close']);
const finalAck = nextQuestion(trace, 0, {
  kinds: ['state'],
  filter: (p) => p.before === 'SYN_RECEIVED',
})!;
const rightId = finalAck.choices.find((c) => c.correct)!.id;
const wrongId = finalAck.choices.find((c) => !c.correct)!.id;

/** The panel wired the way the app will wire it: answer scores and reveals. */
function Harness({ question, onNext }: { question: Question; onNext?: () => void }) {
  const [score, setScore] = useState<Score>(EMPTY_SCORE);
  const [answered, setAnswered] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  return (
    <PredictPanel
      question={question}
      score={score}
      answered={answered}
      revealed={revealed}
      onAnswer={(id) => {
        setScore((s) => answer(s, question, id));
        setAnswered(id);
        setRevealed(true);
      }}
      onReveal={() => setRevealed(true)}
      onNext={onNext}
    />
  );
}

describe('PredictPanel', () => {
  it('asks for the server state before the final ACK arrives, as a radio group', () => {
    render(<Harness question={finalAck} />);
    const group = screen.getByRole('group', { name: /now in SYN_RECEIVED/ });
    expect(group).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(finalAck.choices.length);
    expect(screen.getByRole('radio', { name: 'ESTABLISHED' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Stays in SYN_RECEIVED' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Answer' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByText('0 of 0')).toBeTruthy();
  });

  it('tells a right answer, explains it, and scores it', () => {
    render(<Harness question={finalAck} />);
    fireEvent.click(screen.getByRole('radio', { name: 'ESTABLISHED' }));
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Right.');
    expect(status.textContent).toMatch(/goes from SYN_RECEIVED to ESTABLISHED/);
    expect(status.textContent).toMatch(/the handshake is complete/);
    expect(screen.getByText('1 of 1')).toBeTruthy();
    expect(screen.getByText('Score: 1 of 1 right')).toBeTruthy();
    expect(document.activeElement).toBe(status);
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio.closest('fieldset')!.disabled).toBe(true);
    }
  });

  it('tells a wrong answer and marks the right one, by words as well as colour', () => {
    const { container } = render(<Harness question={finalAck} />);
    const wrongLabel = container.querySelector<HTMLInputElement>(`input[value="${wrongId}"]`)!;
    fireEvent.click(wrongLabel);
    fireEvent.submit(wrongLabel.form!);
    expect(screen.getByRole('status').textContent).toContain('Not quite.');
    expect(screen.getByText('your answer')).toBeTruthy();
    expect(screen.getByText('the right answer')).toBeTruthy();
    expect(
      container.querySelector(`input[value="${rightId}"]`)!.closest('label')!.classList,
    ).toContain('is-right');
    expect(screen.getByText('0 of 1')).toBeTruthy();
  });

  it('reveals the answer without scoring it', () => {
    const onAnswer = vi.fn();
    const { rerender } = render(
      <PredictPanel
        question={finalAck}
        revealed={false}
        score={EMPTY_SCORE}
        onAnswer={onAnswer}
        onReveal={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
    rerender(<PredictPanel question={finalAck} revealed score={EMPTY_SCORE} onAnswer={onAnswer} />);
    expect(screen.getByRole('status').textContent).toContain('Here is what happens.');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('moves on with Continue, and starts the next question fresh', () => {
    const onNext = vi.fn();
    const second = nextQuestion(trace, finalAck.deliverAt)!;
    const { rerender } = render(<Harness question={finalAck} onNext={onNext} />);
    fireEvent.click(screen.getByRole('radio', { name: 'ESTABLISHED' }));
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onNext).toHaveBeenCalledOnce();
    rerender(
      <PredictPanel question={second} revealed={false} score={EMPTY_SCORE} onAnswer={() => {}} />,
    );
    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
  });

  it('says when there is nothing left to ask', () => {
    render(
      <PredictPanel question={null} revealed={false} score={EMPTY_SCORE} onAnswer={() => {}} />,
    );
    expect(screen.getByText('No more segments to predict in this run.')).toBeTruthy();
  });

  it('routes every text through the translator it is given', () => {
    const t = (key: string) => `«${key}»`;
    render(
      <PredictPanel
        question={finalAck}
        revealed={false}
        score={EMPTY_SCORE}
        onAnswer={() => {}}
        t={t}
      />,
    );
    expect(screen.getByRole('heading', { name: '«predict.title»' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '«predict.answer»' })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: /«predict\.choice\./ })).toHaveLength(
      finalAck.choices.length,
    );
  });
});
