import { useLocale } from '../../i18n';
import type { BuiltinId } from '../../sim/scenario/builtins/index';

/** A built-in scenario's "what to try next": one to three things to do with the controls. */
export function ScenarioNextSteps({ id }: { id: BuiltinId }) {
  const { t } = useLocale();
  const steps = t(`scenario.${id}.next`)
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <div>
      <dt>{t('card.next')}</dt>
      <dd>
        <ol className="card__next">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </dd>
    </div>
  );
}
