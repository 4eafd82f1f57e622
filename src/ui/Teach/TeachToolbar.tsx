import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { Icon } from '../icons/Icon';
import type { PresenterStatus } from '../Presenter/usePresenter';
import type { Fullscreen } from '../Presenter/useFullscreen';

/** A question in a speech bubble. */
function PredictIcon() {
  return (
    <Icon>
      <path d="M4 5h16v11H10l-4 4v-4H4z" />
      <path d="M10 9a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2" />
      <circle cx="12" cy="14" r="0.4" fill="currentColor" />
    </Icon>
  );
}

/** A screen on a stand. */
function PresenterIcon() {
  return (
    <Icon>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M12 16v4M8 20h8" />
    </Icon>
  );
}

/** Four corners. */
function FullscreenIcon() {
  return (
    <Icon>
      <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    </Icon>
  );
}

/** A keyboard. */
function KeyboardIcon() {
  return (
    <Icon>
      <rect x="2.5" y="6" width="19" height="12" rx="2" />
      <path d="M6 10h1M10 10h1M14 10h1M18 10h0M7 14h10" />
    </Icon>
  );
}

/** Predict mode, presenter mode, full screen and the keyboard help: toggles a teacher reaches. */
export function TeachToolbar({
  fullscreen,
  status,
  onHelp,
}: {
  fullscreen: Fullscreen;
  /** What the last teacher's key did, said politely. */
  status: PresenterStatus | null;
  onHelp(): void;
}) {
  const { t } = useLocale();
  const predictOn = useSimStore((s) => s.predict.on);
  const presenting = useSimStore((s) => s.presenter);
  const togglePredict = useSimStore((s) => s.togglePredict);
  const togglePresenter = useSimStore((s) => s.togglePresenter);
  return (
    <div className="tcpsim-tools" role="group" aria-label={t('learn.tools')}>
      <button type="button" aria-pressed={predictOn} onClick={togglePredict}>
        <PredictIcon />
        <span className="tcpsim-tools__label">{t('learn.predict')}</span>
      </button>
      <button
        type="button"
        aria-pressed={presenting}
        aria-keyshortcuts="P"
        onClick={togglePresenter}
      >
        <PresenterIcon />
        <span className="tcpsim-tools__label">{t('learn.presenter')}</span>
      </button>
      {presenting && fullscreen.supported && (
        <button
          type="button"
          aria-pressed={fullscreen.active}
          aria-keyshortcuts="F"
          onClick={fullscreen.toggle}
        >
          <FullscreenIcon />
          <span className="tcpsim-tools__label">{t('learn.fullscreen')}</span>
        </button>
      )}
      <button type="button" aria-haspopup="dialog" aria-keyshortcuts="Shift+?" onClick={onHelp}>
        <KeyboardIcon />
        <span className="tcpsim-tools__label">{t('learn.shortcuts')}</span>
      </button>
      <p className="tcpsim-tools__status" role="status">
        {status ? t(status.key, status.params) : ''}
      </p>
    </div>
  );
}
