import { Suspense, type ReactNode } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore, useSimStoreApi } from '../../store';
import { ControlsPanel } from '../Controls/ControlsPanel';
import { EndpointPanel } from '../Endpoint/EndpointPanel';
import { StateAnnouncer } from '../LiveRegion/StateAnnouncer';
import { MessageBanner } from '../Message/MessageBanner';
import { PlaybackBar } from '../Playback/PlaybackBar';
import { RunProgress } from '../Progress/RunProgress';
import { usePlaybackClock } from '../Playback/usePlaybackClock';
import { ScenarioCard } from '../ScenarioPicker/ScenarioCard';
import { ScenarioPicker } from '../ScenarioPicker/ScenarioPicker';
import { HelpDialog } from '../Presenter/HelpDialog';
import { usePresenter } from '../Presenter/usePresenter';
import { PredictView } from '../Teach/PredictView';
import { TeachToolbar } from '../Teach/TeachToolbar';
import { Wire } from '../Wire/Wire';
import { LadderView, NetstatView, TeachPanel } from './deferredViews';
import { useSimulatorKeys } from './useSimulatorKeys';
import '../theme/theme.css';
import './Simulator.css';
import '../Teach/Teach.css';
import '../Presenter/Presenter.css';

/** How much of the instrument's controls to show (an embed's `controls` attribute). */
export type ControlsLevel = 'full' | 'minimal' | 'none';

export interface SimulatorProps {
  /** full: everything; minimal: playback only (no picker, card or actions); none: no controls. */
  controls?: ControlsLevel;
  /** The page's own tools for this simulator (the app's sharing and saving), under the picker. */
  toolbar?: ReactNode;
}

/**
 * The whole instrument for one store: pick a scenario, play it, act on it, read it. Needs a
 * <SimStoreProvider> (and optionally a <LocaleProvider>) around it; the page may hold several.
 */
export function Simulator({ controls = 'full', toolbar }: SimulatorProps = {}) {
  const { t, locale } = useLocale();
  const store = useSimStoreApi();
  const hosts = useSimStore((s) => s.hosts);
  // Space and the arrows, then the teacher's keys (P, L, D, R, F, ?): all on this root only.
  const { rootRef, onKeyDown, helpOpen, setHelpOpen, fullscreen, status } = usePresenter(
    store,
    useSimulatorKeys(store),
  );
  const presenting = useSimStore((s) => s.presenter);
  usePlaybackClock(store);
  const [left, right, ...others] = hosts;
  return (
    <section
      className="tcpsim"
      part="root"
      lang={locale}
      aria-label={t('simulator.label')}
      tabIndex={0}
      ref={rootRef}
      data-presenter={presenting ? 'true' : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="tcpsim__top">
        {controls === 'full' && <ScenarioPicker />}
        {toolbar}
        <MessageBanner />
        <RunProgress />
        {controls !== 'none' && <PlaybackBar />}
        {controls !== 'none' && (
          <TeachToolbar fullscreen={fullscreen} status={status} onHelp={() => setHelpOpen(true)} />
        )}
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
      <PredictView />
      {controls === 'full' && <ScenarioCard />}
      {controls === 'full' && <ControlsPanel />}
      <Suspense fallback={null}>{controls === 'full' && <TeachPanel />}</Suspense>
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
      {controls !== 'none' && (
        <p className="tcpsim__hint">
          {t('simulator.keyboardHint')} {t('learn.shortcutsHint')}
        </p>
      )}
      <StateAnnouncer />
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
