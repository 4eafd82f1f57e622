import { lazy, Suspense } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore, useSimStoreApi } from '../../store';
import { ControlsPanel } from '../Controls/ControlsPanel';
import { EndpointPanel } from '../Endpoint/EndpointPanel';
import { StateAnnouncer } from '../LiveRegion/StateAnnouncer';
import { MessageBanner } from '../Message/MessageBanner';
import { PlaybackBar } from '../Playback/PlaybackBar';
import { usePlaybackClock } from '../Playback/usePlaybackClock';
import { ScenarioCard } from '../ScenarioPicker/ScenarioCard';
import { ScenarioPicker } from '../ScenarioPicker/ScenarioPicker';
import { Wire } from '../Wire/Wire';
import { useSimulatorKeys } from './useSimulatorKeys';
import '../theme/theme.css';
import './Simulator.css';

// Below the fold and the heaviest code: loaded after the instrument itself is up.
const LadderView = lazy(() => import('./LadderView').then((m) => ({ default: m.LadderView })));
const NetstatView = lazy(() => import('./NetstatView').then((m) => ({ default: m.NetstatView })));

/**
 * The whole instrument for one store: pick a scenario, play it, act on it, read it. Needs a
 * <SimStoreProvider> (and optionally a <LocaleProvider>) around it; the page may hold several.
 */
export function Simulator() {
  const { t, locale } = useLocale();
  const store = useSimStoreApi();
  const hosts = useSimStore((s) => s.hosts);
  const onKeyDown = useSimulatorKeys(store);
  usePlaybackClock(store);
  const [left, right, ...others] = hosts;
  return (
    <section
      className="tcpsim"
      lang={locale}
      aria-label={t('simulator.label')}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="tcpsim__top">
        <ScenarioPicker />
        <MessageBanner />
        <PlaybackBar />
      </div>
      <div className="tcpsim__stage">
        {left && <EndpointPanel name={left.name} side="left" />}
        <Wire />
        {right && <EndpointPanel name={right.name} side="right" />}
      </div>
      {others.length > 0 && (
        <div className="tcpsim__others">
          {others.map((h) => (
            <EndpointPanel key={h.name} name={h.name} side="left" />
          ))}
        </div>
      )}
      <ScenarioCard />
      <ControlsPanel />
      <Suspense fallback={null}>
        <div className="tcpsim__views">
          <LadderView />
          <div className="tcpsim__netstat">
            {hosts.map((h) => (
              <NetstatView key={h.name} host={h.name} />
            ))}
          </div>
        </div>
      </Suspense>
      <p className="tcpsim__hint">{t('simulator.keyboardHint')}</p>
      <StateAnnouncer />
    </section>
  );
}
