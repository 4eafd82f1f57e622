import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ProfileName } from '../../sim/profile';
import { BUILTIN_IDS, isBuiltinId } from '../../sim/scenario/builtins/index';
import { useLocale } from '../../i18n';
import { useSimStore, useSimStoreApi } from '../../store';
import { ResetIcon } from '../icons';
import { useShare } from '../Share/ShareProvider';
import { afterPaint } from '../Starting/StartingNote';
import './ScenarioPicker.css';

const CUSTOM = '';
/** A scenario the user saved (src/ui/Share), by its id. */
const SAVED = 'saved:';
const PROFILES: ProfileName[] = ['linux', 'rfc9293'];

/** The scenario in one click, the profile it runs under, and a way back to its start. */
export function ScenarioPicker() {
  const { t } = useLocale();
  const store = useSimStoreApi();
  const ids = { scenario: useId(), profile: useId() };
  const builtinId = useSimStore((s) => s.builtinId);
  const profile = useSimStore((s) => s.scenario.profile ?? 'linux');
  // A capture playing is named in the select; choosing a scenario goes back to scenarios.
  const capture = useSimStore((s) => (s.source.kind === 'capture' ? s.scenario.title : null));
  const [running, setRunning] = useState(false);
  const share = useShare();
  const savedId = builtinId === null && !capture ? (share?.currentSavedId ?? null) : null;

  // A run can take seconds (tens of thousands of connections): say so before it starts.
  const runSoon = (work: () => void) => {
    flushSync(() => setRunning(true));
    void afterPaint().then(() => {
      work();
      setRunning(false);
    });
  };

  return (
    <div className="picker">
      <span className="picker__field picker__field--scenario">
        <label htmlFor={ids.scenario}>{t('picker.label')}</label>
        <select
          id={ids.scenario}
          value={builtinId ?? (savedId ? SAVED + savedId : CUSTOM)}
          onChange={(e) => {
            const id = e.currentTarget.value;
            if (isBuiltinId(id)) runSoon(() => store.getState().loadBuiltin(id));
            else if (id.startsWith(SAVED))
              runSoon(() => share?.selectSaved(id.slice(SAVED.length)));
          }}
        >
          {builtinId === null && !savedId && (
            <option value={CUSTOM}>{capture ?? t('picker.custom')}</option>
          )}
          {BUILTIN_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`scenario.${id}.title`)}
            </option>
          ))}
          {share && share.saved.length > 0 && (
            <optgroup label={t('share.savedGroup')}>
              {share.saved.map((entry) => (
                <option key={entry.id} value={SAVED + entry.id}>
                  {entry.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </span>
      <span className="picker__field">
        <label htmlFor={ids.profile}>{t('picker.profile')}</label>
        <select
          id={ids.profile}
          value={profile}
          disabled={!!capture}
          onChange={(e) => {
            const next = e.currentTarget.value as ProfileName;
            runSoon(() => store.getState().setProfile(next));
          }}
        >
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {t(`profile.${p}`)}
            </option>
          ))}
        </select>
      </span>
      <button
        type="button"
        className="picker__reset"
        title={t('picker.resetTitle')}
        onClick={() => runSoon(() => store.getState().reset())}
      >
        <ResetIcon />
        {t('picker.reset')}
      </button>
      <p className="picker__status" role="status">
        {running ? t('simulator.running') : ''}
      </p>
    </div>
  );
}
