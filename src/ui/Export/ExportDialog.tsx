/**
 * "Export": the current run's ladder as SVG, PNG (light theme, for slides) or a Mermaid
 * sequenceDiagram, and the state diagram as SVG, for the range up to the playback time or the
 * whole run. Every file carries the scenario's title and the time range.
 */
import { useId, useMemo, useState } from 'react';
import { useLocale } from '../../i18n';
import { useFeatureStrings } from '../../i18n/featureStrings';
import { shareBarStrings } from '../Share/strings';
import type { TcpState } from '../../sim/state';
import { useSimStoreApi } from '../../store';
import { Modal } from '../Bridge/Modal';
import { downloadBlob, exportName, svgToPng } from './download';
import { ladderModel } from './ladderModel';
import { ladderHeight, ladderSvg } from './ladderSvg';
import { ladderMermaid } from './mermaid';
import { stateDiagramSvg } from './stateDiagramSvg';
import { exportStrings } from './strings';

export default function ExportDialog({ onClose }: { onClose(): void }) {
  const t = useFeatureStrings(exportStrings);
  const { t: tMain } = useLocale();
  const tShare = useFeatureStrings(shareBarStrings);
  const store = useSimStoreApi();
  const ids = { range: useId(), mermaid: useId() };
  const [whole, setWhole] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const snap = useMemo(() => store.getState(), [store]);
  const title = snap.builtinId
    ? tMain(`scenario.${snap.builtinId}.title`)
    : (snap.scenario.title ?? tShare('share.untitled'));
  const to = whole ? snap.duration : snap.time;
  const fmt = (x: number) => `${x.toFixed(3)} s`;
  const rangeText = `${fmt(0)}–${fmt(to)}`;
  const model = useMemo(
    () => ladderModel(snap.trace, snap.scenario.hosts, { from: 0, to }),
    [snap, to],
  );
  const words = {
    lost: t('export.lost'),
    estimated: t('export.estimated'),
    more: t('export.more'),
  };
  const svg = useMemo(
    () => ladderSvg(model, { title, rangeText, words }),
    // words only change with the language, which re-renders anyway
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, title, rangeText],
  );
  const mermaid = useMemo(() => ladderMermaid(model, title, rangeText), [model, title, rangeText]);

  const save = (ext: string, blob: Blob) => {
    const file = exportName(title, rangeText, ext);
    downloadBlob(file, blob);
    setStatus(t('export.saved', { file }));
  };

  const visited = () => {
    const states = new Set<TcpState>();
    for (const e of snap.trace) if (e.type === 'state' && e.t <= to) states.add(e.to);
    return states;
  };

  return (
    <Modal label={t('export.title')} closeLabel={t('export.close')} onClose={onClose}>
      <fieldset>
        <legend>{t('export.range')}</legend>
        <label>
          <input type="radio" name={ids.range} checked={!whole} onChange={() => setWhole(false)} />{' '}
          {t('export.range.visible', { range: `${fmt(0)}–${fmt(snap.time)}` })}
        </label>{' '}
        <label>
          <input type="radio" name={ids.range} checked={whole} onChange={() => setWhole(true)} />{' '}
          {t('export.range.whole', { range: `${fmt(0)}–${fmt(snap.duration)}` })}
        </label>
      </fieldset>
      <p className="tcpsim-export__buttons">
        <button
          type="button"
          onClick={() => save('svg', new Blob([svg], { type: 'image/svg+xml' }))}
        >
          {t('export.svg')}
        </button>
        <button
          type="button"
          onClick={() => {
            svgToPng(svg, 900, ladderHeight(model)).then(
              (png) => save('png', png),
              (e: unknown) =>
                setStatus(
                  t('export.pngFailed', { reason: e instanceof Error ? e.message : String(e) }),
                ),
            );
          }}
        >
          {t('export.png')}
        </button>
        <button
          type="button"
          onClick={() => save('mmd', new Blob([mermaid], { type: 'text/plain' }))}
        >
          {t('export.mermaid')}
        </button>
        <button
          type="button"
          onClick={() =>
            save(
              'state-diagram.svg',
              new Blob([stateDiagramSvg(title, rangeText, visited())], { type: 'image/svg+xml' }),
            )
          }
        >
          {t('export.diagram')}
        </button>
      </p>
      {status && <p role="status">{status}</p>}
      <p>
        <label htmlFor={ids.mermaid}>{t('export.mermaidText')}</label>
      </p>
      <textarea
        id={ids.mermaid}
        readOnly
        rows={8}
        value={mermaid}
        className="tcpsim-diagnose__text"
      />
      <div
        className="tcpsim-bridge-svg"
        tabIndex={0}
        role="region"
        aria-label={t('export.preview')}
        data-testid="export-preview"
        // Built by ladderSvg from escaped text only.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </Modal>
  );
}
