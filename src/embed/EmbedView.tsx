import { useEffect } from 'react';
import { LocaleProvider } from '../i18n';
import { SimStoreProvider, type SimStore } from '../store';
import { ProblemList } from '../ui/Share/ProblemList';
import type { Problem } from '../ui/Share/problems';
import { Simulator, type ControlsLevel } from '../ui/Simulator/Simulator';

export interface EmbedViewProps {
  store: SimStore;
  /** Changes with every load: the simulator is mounted afresh for a new store. */
  loadId: number;
  locale: string;
  controls: ControlsLevel;
  height: string | null;
  problems: readonly Problem[];
  onDismiss(index: number): void;
  /** After the first render of each load (the DOM is there). */
  onRendered(loadId: number): void;
}

function Rendered({ loadId, onRendered }: Pick<EmbedViewProps, 'loadId' | 'onRendered'>) {
  useEffect(() => onRendered(loadId), [loadId, onRendered]);
  return null;
}

/** One simulator in an embed: what went wrong (if anything) above it, at the height asked. */
export function EmbedView(props: EmbedViewProps) {
  const { store, loadId, locale, controls, height, problems } = props;
  return (
    <LocaleProvider locale={locale}>
      <div
        className="tcpsim-embed"
        data-height={height ? '' : undefined}
        // A CSSOM property, not a style attribute: a strict CSP allows it.
        style={height ? { height } : undefined}
      >
        {problems.length > 0 && (
          <div className="tcpsim tcpsim-embed__notice" lang={locale}>
            <ProblemList problems={problems} onDismiss={props.onDismiss} />
          </div>
        )}
        <SimStoreProvider key={loadId} store={store}>
          <Simulator controls={controls} />
        </SimStoreProvider>
        <Rendered loadId={loadId} onRendered={props.onRendered} />
      </div>
    </LocaleProvider>
  );
}
