import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { CloseIcon, WarningIcon } from '../icons';
import './MessageBanner.css';

/** Why a scenario or an action was refused, in the core's own words. */
export function MessageBanner() {
  const { t } = useLocale();
  const message = useSimStore((s) => s.message);
  const dismiss = useSimStore((s) => s.dismissMessage);
  if (!message) return null;
  return (
    <div className="banner" role="alert">
      <WarningIcon className="banner__icon" />
      <div className="banner__text">
        <p>{t(`message.${message.kind}`)}</p>
        <pre className="tcpsim-mono">{message.detail}</pre>
      </div>
      <button type="button" onClick={dismiss}>
        <CloseIcon />
        {t('message.dismiss')}
      </button>
    </div>
  );
}
