import { useId } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore, type WirePress } from '../../store';

const MODES: readonly WirePress[] = ['drop', 'explain'];

/** What a press on a segment does: lose it on the wire, or open its details below. */
export function WirePressMode() {
  const { t } = useLocale();
  const name = `tcpsim-press-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const mode = useSimStore((s) => s.wirePress);
  const setMode = useSimStore((s) => s.setWirePress);
  return (
    <fieldset className="tcpsim-press">
      <legend>{t('wire.press')}</legend>
      {MODES.map((m) => (
        <label key={m} className="tcpsim-press__option">
          <input
            type="radio"
            name={name}
            value={m}
            checked={mode === m}
            onChange={() => setMode(m)}
          />
          {t(`wire.press.${m}`)}
        </label>
      ))}
    </fieldset>
  );
}
