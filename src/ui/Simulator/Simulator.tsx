import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useLocale } from '../../i18n';
import { useSimStore, useSimStoreApi } from '../../store';
import { ControlsPanel } from '../Controls/ControlsPanel';
import { StateAnnouncer } from '../LiveRegion/StateAnnouncer';
import { MessageBanner } from '../Message/MessageBanner';
import { PlaybackBar } from '../Playback/PlaybackBar';
import { RunProgress } from '../Progress/RunProgress';
import { usePlaybackClock } from '../Playback/usePlaybackClock';
import { ScenarioCard } from '../ScenarioPicker/ScenarioCard';
import { ScenarioPicker } from '../ScenarioPicker/ScenarioPicker';
import { HelpDialog } from '../Presenter/HelpDialog';
import { usePresenter } from '../Presenter/usePresenter';
import { Drawer, type DrawerTab } from '../Screen/Drawer/Drawer';
import { WhatJustHappened } from '../Screen/Moment/WhatJustHappened';
import { Stage } from '../Screen/Stage/Stage';
import { TopBar } from '../Screen/TopBar/TopBar';
import { PredictView } from '../Teach/PredictView';
import { TeachToolbar } from '../Teach/TeachToolbar';
import { NetstatView, TeachPanel } from './deferredViews';
import { useSimulatorKeys } from './useSimulatorKeys';
import '../theme/theme.css';
import './Simulator.css';
import '../Teach/Teach.css';
import '../Presenter/Presenter.css';

/** How much of the instrument's controls to show (an embed's `controls` attribute). */
export type ControlsLevel = 'full' | 'minimal' | 'none';

export interface SimulatorProps {
  /**
   * full: everything; minimal: the playback row, the hosts and the ladder; none: no controls
   * (the hosts, the wire, the ladder and what just happened).
   */
  controls?: ControlsLevel;
  /** The page's own tools for this simulator (the app's sharing, saving, language), in the top bar. */
  toolbar?: ReactNode;
  /** The page's title, at the start of the top bar. */
  brand?: ReactNode;
  /** The page's own notice under the top bar (the app's banner while a capture plays). */
  notice?: ReactNode;
  /** The first tab's content instead of the scenario's card (the app's, for a capture). */
  card?: ReactNode;
}

/**
 * The whole instrument for one store, on one screen: a top bar, the playback row, the hosts on
 * either side of the wire and the ladder (the hero), and under it what just happened beside the
 * tabs holding the rest. Needs a <SimStoreProvider> (and optionally a <LocaleProvider>).
 */
export function Simulator({
  controls = 'full',
  toolbar,
  brand,
  notice,
  card,
}: SimulatorProps = {}) {
  const { t, locale } = useLocale();
  const store = useSimStoreApi();
  const hosts = useSimStore((s) => s.hosts);
  // Space and the arrows, then the teacher's keys (P, L, D, R, F, ?): all on this root only.
  const { rootRef, onKeyDown, helpOpen, setHelpOpen, fullscreen, status } = usePresenter(
    store,
    useSimulatorKeys(store),
  );
  const presenting = useSimStore((s) => s.presenter);
  // Nothing can be done to a capture: its drawer has no actions (the app's card says why).
  const capture = useSimStore((s) => s.source.kind === 'capture');
  usePlaybackClock(store);
  // Presenter mode grows the page's rem (the app; the embed grows its own, in its shadow root).
  // An attribute on the root, not `:root:has(…)`: that selector makes every change anywhere in the
  // page (the clock's digits, a few times a second) re-check the whole document's style.
  useEffect(() => {
    const root = rootRef.current;
    if (!presenting || !root || root.getRootNode() !== document) return;
    const html = document.documentElement;
    html.setAttribute('data-tcpsim-presenter', 'true');
    return () => html.removeAttribute('data-tcpsim-presenter');
  }, [presenting, rootRef]);
  const [tab, setTab] = useState('scenario');
  // "Follow in the state diagram" on a socket card shows the diagram it just chose.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.selectedSocket !== prev.selectedSocket && s.selectedSocket) setTab('diagram');
        // A capture starting (or ending) shows what it is in the first tab.
        else if (s.source.kind !== prev.source.kind) setTab('scenario');
      }),
    [store],
  );

  const tabs: DrawerTab[] = [
    { id: 'scenario', label: t('screen.tab.scenario'), render: () => card ?? <ScenarioCard /> },
    ...(capture
      ? []
      : [{ id: 'actions', label: t('screen.tab.actions'), render: () => <ControlsPanel /> }]),
    {
      id: 'diagram',
      label: t('screen.tab.diagram'),
      render: () => (
        <Suspense fallback={null}>
          <TeachPanel />
        </Suspense>
      ),
    },
    {
      id: 'netstat',
      label: t('screen.tab.netstat'),
      render: () => (
        <Suspense fallback={null}>
          <div className="tcpsim__netstat">
            {hosts.map((h) => (
              <NetstatView key={h.name} host={h.name} />
            ))}
          </div>
        </Suspense>
      ),
    },
  ];

  return (
    <section
      className="tcpsim"
      part="root"
      lang={locale}
      aria-label={t('simulator.label')}
      tabIndex={0}
      ref={rootRef}
      data-presenter={presenting ? 'true' : undefined}
      data-controls={controls}
      onKeyDown={onKeyDown}
    >
      {controls === 'full' && (
        <TopBar>
          {brand}
          <ScenarioPicker />
          {toolbar}
        </TopBar>
      )}
      {notice}
      <MessageBanner />
      <RunProgress />
      {controls !== 'none' && (
        <div className="tcpsim__playrow">
          <PlaybackBar />
          <TeachToolbar fullscreen={fullscreen} status={status} onHelp={() => setHelpOpen(true)} />
        </div>
      )}
      <Stage hosts={hosts} wire={controls !== 'minimal'} />
      {controls !== 'minimal' && (
        <div className="tcpsim__dock">
          {/* Block cells around the dock's two parts, as in the stage: see Stage.tsx. */}
          <div className="tcpsim__cell">
            <div className="tcpsim__now">
              <PredictView />
              <WhatJustHappened />
            </div>
          </div>
          {controls === 'full' && (
            <div className="tcpsim__cell">
              <Drawer tabs={tabs} open={tab} onOpen={setTab} />
            </div>
          )}
        </div>
      )}
      {controls !== 'none' && (
        <p className="tcpsim__hint tcpsim-vh">
          {t('simulator.keyboardHint')} {t('learn.shortcutsHint')}
        </p>
      )}
      <StateAnnouncer />
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
