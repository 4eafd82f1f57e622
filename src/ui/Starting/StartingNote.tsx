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
 * Resolves once the browser has had time to paint what was just rendered: the work after it
 * (a scenario's full run) blocks the main thread.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, PAINT_DELAY_MS));
}

/** Long enough for a frame to be painted before a heavy run blocks the page. */
const PAINT_DELAY_MS = 40;
