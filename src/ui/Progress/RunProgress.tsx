import { memo } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import './RunProgress.css';

/**
 * While the worker computes a run: how far it is ("Computing 12,400 of 28,232 connections…"),
 * as a native <progress>, and a button that stops it (what was computed stays playable). Once a
 * run was stopped, says up to where it can be played. Nothing for a run that is complete.
 */
export const RunProgress = memo(function RunProgress() {
  const { t, format } = useLocale();
  const status = useSimStore((s) => s.run.status);
  const done = useSimStore((s) => s.run.done);
  const total = useSimStore((s) => s.run.total);
  // Whole simulated seconds: the text changes a few times a second at most, not every chunk.
  const until = useSimStore((s) => Math.floor(s.run.until));
  const end = useSimStore((s) => s.run.end);
  const cancel = useSimStore((s) => s.cancelRun);
  if (status === 'complete') return null;
  if (status === 'cancelled') {
    return (
      <p className="run-progress run-progress--stopped" role="status">
        {t('progress.cancelled', { seconds: format.seconds(until) })}
      </p>
    );
  }
  const byConnections = total > 0;
  const value = byConnections ? done : until;
  const max = byConnections ? total : end;
  const params = byConnections
    ? { done: format.integer(done), total: format.integer(total) }
    : { done: format.integer(until), total: format.integer(end) };
  const key = byConnections ? 'progress.connections' : 'progress.seconds';
  const text = t(key, params);
  // The count that changes with every chunk gets a box of its own, as wide as the total: a new
  // count then lays out that box, not the page (RunProgress.css).
  const [before = '', after = ''] = t(key, { ...params, done: '\u0000' }).split('\u0000');
  return (
    <div className="run-progress" role="group" aria-label={t('progress.label')}>
      <progress className="run-progress__bar" value={value} max={max} aria-label={text} />
      {/* Not a live region: it changes many times a second. The <progress> carries the value. */}
      <p className="run-progress__text">
        {before}
        <span className="run-progress__done" style={{ width: `${params.total.length}ch` }}>
          {params.done}
        </span>
        {after} <span className="run-progress__note">{t('progress.playable')}</span>
      </p>
      <button type="button" className="run-progress__cancel" onClick={cancel}>
        {t('progress.cancel')}
      </button>
    </div>
  );
});
