import type { ListenerView } from '../../sim/snapshot';
import { useLocale } from '../../i18n';
import { CookieIcon } from '../icons';

function Gauge({ label, value, max }: { label: string; value: number; max: number }) {
  const { t, format } = useLocale();
  const share = max > 0 ? Math.min(1, value / max) : value > 0 ? 1 : 0;
  return (
    <div className="gauge" data-full={share >= 0.75 ? 'true' : undefined}>
      <span className="gauge__label">{label}</span>
      <span className="gauge__value tcpsim-mono">
        {t('listener.gauge', { value: format.integer(value), max: format.integer(max) })}
      </span>
      <span className="gauge__bar" aria-hidden="true">
        <span style={{ transform: `scaleX(${share})` }} />
      </span>
    </div>
  );
}

/** A listener's two queues against its backlog, and SYN cookies when they answer instead. */
export function ListenerQueues({ listener }: { listener: ListenerView }) {
  const { t, format } = useLocale();
  return (
    <div className="listener">
      <Gauge label={t('listener.synQueue')} value={listener.synQueue} max={listener.backlog} />
      <Gauge
        label={t('listener.acceptQueue')}
        value={listener.acceptQueue}
        max={listener.backlog}
      />
      <p className="listener__facts">
        <span>{t('listener.backlog', { backlog: format.integer(listener.backlog) })}</span>
        {listener.cookiesSent > 0 && (
          <span>{t('listener.cookiesSent', { count: format.integer(listener.cookiesSent) })}</span>
        )}
        {listener.synsDropped > 0 && (
          <span>{t('listener.synsDropped', { count: format.integer(listener.synsDropped) })}</span>
        )}
      </p>
      {listener.cookiesActive && (
        <p className="listener__cookies">
          <CookieIcon />
          <strong>{t('listener.cookies')}</strong>
          <span>{t('listener.cookiesActive')}</span>
        </p>
      )}
    </div>
  );
}
