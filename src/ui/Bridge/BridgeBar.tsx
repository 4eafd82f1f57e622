/**
 * The entry point of the real-world features: "Open a capture", "Diagnose a listing", "Export".
 * Each dialog is its own lazily loaded chunk, so neither the app's first load nor the embed
 * script carries them. A capture file dropped anywhere on the page opens the capture dialog.
 * Self-contained: moving it into another header or panel is one line.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useFeatureStrings } from '../../i18n/featureStrings';
import { CaptureIcon, DiagnoseIcon, ExportIcon } from './icons';
import { bridgeStrings } from './strings';
import './Bridge.css';

const CaptureDialog = lazy(() => import('../Capture/CaptureDialog'));
const DiagnoseDialog = lazy(() => import('../Diagnose/DiagnoseDialog'));
const ExportDialog = lazy(() => import('../Export/ExportDialog'));

type Open =
  { kind: 'capture'; file: File | null } | { kind: 'diagnose' } | { kind: 'export' } | null;

function hasFiles(e: DragEvent): boolean {
  return [...(e.dataTransfer?.types ?? [])].includes('Files');
}

export function BridgeBar() {
  const t = useFeatureStrings(bridgeStrings);
  const [open, setOpen] = useState<Open>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) setOpen({ kind: 'capture', file });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const close = () => setOpen(null);
  return (
    <div className="tcpsim-bridge" role="group" aria-label={t('bridge.toolbar')}>
      <button type="button" onClick={() => setOpen({ kind: 'capture', file: null })}>
        <CaptureIcon />
        <span className="tcpsim-bridge__label">{t('bridge.capture')}</span>
      </button>
      <button type="button" onClick={() => setOpen({ kind: 'diagnose' })}>
        <DiagnoseIcon />
        <span className="tcpsim-bridge__label">{t('bridge.diagnose')}</span>
      </button>
      <button type="button" onClick={() => setOpen({ kind: 'export' })}>
        <ExportIcon />
        <span className="tcpsim-bridge__label">{t('bridge.export')}</span>
      </button>
      {dragging && (
        <p className="tcpsim-bridge__drop" role="status">
          {t('bridge.drop')}
        </p>
      )}
      <Suspense fallback={<span role="status">{t('bridge.loading')}</span>}>
        {open?.kind === 'capture' && <CaptureDialog initialFile={open.file} onClose={close} />}
        {open?.kind === 'diagnose' && <DiagnoseDialog onClose={close} />}
        {open?.kind === 'export' && <ExportDialog onClose={close} />}
      </Suspense>
    </div>
  );
}
