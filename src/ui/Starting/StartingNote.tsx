import { useLocale } from '../../i18n';
import './StartingNote.css';

/**
 * What a page or an embed shows while its first scenario runs: a run of tens of thousands of
 * connections (the port-exhaustion built-in) takes a second or two, and a blank box for that long
 * looks broken. It shows at once: a delayed fade-in would be an animation the blocked main thread
 * may never get to start.
 */
export function StartingNote() {
  const { t } = useLocale();
  return (
    <p className="tcpsim tcpsim-starting" role="status">
      {t('simulator.running')}
    </p>
  );
}

/**
 * Resolves once the browser has painted what is on the page (render it synchronously first, with
 * flushSync): the work after it (a scenario's full run) blocks the main thread. It waits for a
 * frame, not for a guess at how long one takes: a frame's callbacks run just before it is drawn,
 * and a task queued from one runs after. A hidden page draws nothing and gets no frames, so it
 * does not wait.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      resolve();
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
