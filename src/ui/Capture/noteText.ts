/** What an import could not see, in the reader's language: the dialog and the banner both say it. */
import type { CaptureNote } from '../../capture/infer';
import type { FeatureTranslate } from '../../i18n/featureStrings';
import type { captureStrings } from './strings';

export type CaptureKey = Parameters<FeatureTranslate<keyof typeof captureStrings.en>>[0];

export function noteText(n: CaptureNote, t: FeatureTranslate<CaptureKey>): string {
  const side = (s: string) => (s === 'client' || s === 'server' ? t(`capture.side.${s}`) : s);
  switch (n.kind) {
    case 'one-sided':
      return t('capture.note.one-sided', { at: side(n.at), far: n.far, delay: n.delayMs });
    case 'capture-point-unknown':
      return t('capture.note.capture-point-unknown');
    case 'mid-connection':
      return t('capture.note.mid-connection', { frame: n.frame });
    case 'missing':
      return t('capture.note.missing', { frame: n.frame, bytes: n.bytes, from: side(n.from) });
    case 'retransmission':
      return t('capture.note.retransmission', { frame: n.frame, of: n.of, from: side(n.from) });
    case 'ends-open':
      return t('capture.note.ends-open', { states: n.states });
  }
}

/** Each different note once, in the order they were found (retransmissions repeat). */
export function noteTexts(
  notes: readonly CaptureNote[],
  t: FeatureTranslate<CaptureKey>,
): string[] {
  return [...new Set(notes.map((n) => noteText(n, t)))];
}
