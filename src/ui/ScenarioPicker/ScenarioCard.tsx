import { useId } from 'react';
import type { BuiltinId } from '../../sim/scenario/builtins/index';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { ScenarioNextSteps } from '../Teach/ScenarioNextSteps';
import { KERNEL_REPLAY, KERNEL_VERSION } from './kernelReplay';

function BuiltinCard({ id }: { id: BuiltinId }) {
  const { t } = useLocale();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t(`scenario.${id}.title`)}
      </h2>
      <p className="card__summary">{t(`scenario.${id}.summary`)}</p>
      <dl className="card__facts">
        <div>
          <dt>{t('card.watch')}</dt>
          <dd>{t(`scenario.${id}.watch`)}</dd>
        </div>
        <div>
          <dt>{t('card.netstat')}</dt>
          <dd>{t(`scenario.${id}.netstat`)}</dd>
        </div>
        <div>
          <dt>{t('card.conclusion')}</dt>
          <dd>{t(`scenario.${id}.conclusion`)}</dd>
        </div>
        <ScenarioNextSteps id={id} />
        <div>
          <dt>{t('card.kernel')}</dt>
          <dd>
            {t(KERNEL_REPLAY[id] === 'agree' ? 'card.kernel.agree' : 'card.kernel.notReplayed', {
              kernel: KERNEL_VERSION,
            })}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** What the scenario shows and what to make of it; a custom scenario speaks for itself. */
export function ScenarioCard() {
  const { t } = useLocale();
  const headingId = useId();
  const builtinId = useSimStore((s) => s.builtinId);
  const title = useSimStore((s) => s.scenario.title);
  const description = useSimStore((s) => s.scenario.description);
  if (builtinId) return <BuiltinCard id={builtinId} />;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {title ?? t('picker.custom')}
      </h2>
      {description && <p className="card__summary">{description}</p>}
    </section>
  );
}
