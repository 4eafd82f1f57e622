/**
 * Copy a link to this very moment, export the scenario as a file, import one (a file or pasted
 * text). Imported scenarios are saved in the browser and join the scenario picker.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../../i18n';
import { useFeatureStrings } from '../../i18n/featureStrings';
import { shareBarStrings } from './strings';
import { encodeShareState } from '../../share/shareLink';
import { parseScenarioText } from '../../sim/scenario/validate';
import { useSimStore, useSimStoreApi } from '../../store';
import { shareStateOf } from '../../store/shareState';
import { exportedScenario, exportFileName } from './exportScenario';
import { downloadBlob } from '../Export/download';
import { DownloadIcon, LinkIcon, RemoveIcon, UploadIcon } from './icons';
import { useShare } from './ShareProvider';
import './Share.css';

/** How long "Link copied" stays. */
const CONFIRM_MS = 6000;
/**
 * A scenario file or pasted text larger than this is refused before it is parsed: the same 2 MB
 * as the CLI and share links. Pasted text needs it as much as a file: 50 MB in the textarea hung
 * the page, and 10 MB filled the browser's storage.
 */
const MAX_IMPORT_BYTES = 2_000_000;

/** The UTF-8 size of a text, counted only when its length alone does not settle it. */
function tooLarge(text: string): number | null {
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_IMPORT_BYTES ? bytes : null;
}

type Status =
  | { key: 'share.copied' }
  | { key: 'share.imported' | 'share.importedUnsaved' | 'share.removed'; name: string };

/** The address of this page standing at the store's state (the hash replaces any query). */
function shareUrl(hash: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${hash}`;
}

function download(name: string, text: string) {
  downloadBlob(name, new Blob([text], { type: 'application/json' }));
}

export function ShareBar() {
  const { t: tMain, locale } = useLocale();
  const t = useFeatureStrings(shareBarStrings);
  const store = useSimStoreApi();
  const share = useShare();
  const ids = { manual: useId(), file: useId(), text: useId() };
  const [status, setStatus] = useState<Status | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const manualRef = useRef<HTMLInputElement>(null);
  // A link or a file holds a scenario: for a capture either would open something else, so there
  // is none (the capture's card says so, and its banner turns it into a scenario).
  const capture = useSimStore((s) => s.source.kind === 'capture');

  useEffect(() => {
    if (manualLink === null) return;
    manualRef.current?.focus();
    manualRef.current?.select();
  }, [manualLink]);

  useEffect(() => {
    if (status?.key !== 'share.copied') return;
    const timer = setTimeout(() => setStatus(null), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copyLink = async () => {
    store.getState().pause();
    const link = shareUrl(encodeShareState(shareStateOf(store.getState(), locale)));
    setStatus(null);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      setStatus({ key: 'share.copied' });
    } catch {
      setManualLink(link);
    }
  };

  const exportFile = () => {
    const s = store.getState();
    const scenario = exportedScenario(s.scenario, s.actions);
    const title = s.builtinId ? tMain(`scenario.${s.builtinId}.title`) : s.scenario.title;
    download(exportFileName(title, 'scenario'), `${JSON.stringify(scenario, null, 2)}\n`);
  };

  const load = (text: string, source: string | null) => {
    if (!share) return false;
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      share.report({ kind: 'import-invalid', source, issues: parsed.issues });
      return false;
    }
    const fallback = source?.replace(/\.json$/i, '') || t('share.untitled');
    const imported = share.importScenario(parsed.scenario, fallback);
    if (imported) {
      const key = imported.stored ? 'share.imported' : 'share.importedUnsaved';
      setStatus({ key, name: imported.entry.name });
    }
    return imported !== null;
  };

  const refuseLarge = (size: number, source: string) => {
    const reason = tMain('problem.import.size', { size: size.toLocaleString(locale) });
    share?.report({ kind: 'import-read', source, reason });
  };

  /** Pasted or dropped text over the limit never enters the textarea. */
  const takePasted = (text: string): boolean => {
    const size = tooLarge(text);
    if (size === null) return true;
    refuseLarge(size, tMain('problem.import.pasted'));
    return false;
  };

  const importFile = async (file: File) => {
    if (!share) return;
    if (file.size > MAX_IMPORT_BYTES) {
      refuseLarge(file.size, file.name);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      share.report({ kind: 'import-read', source: file.name, reason });
      return;
    }
    load(text, file.name);
  };

  const current = share?.saved.find((s) => s.id === share.currentSavedId) ?? null;

  return (
    <div className="tcpsim-share" role="group" aria-label={t('share.toolbar')}>
      {!capture && (
        <>
          <button type="button" onClick={() => void copyLink()}>
            <LinkIcon />
            <span className="tcpsim-share__label">{t('share.copy')}</span>
          </button>
          <button type="button" onClick={exportFile}>
            <DownloadIcon />
            <span className="tcpsim-share__label">{t('share.export')}</span>
          </button>
        </>
      )}
      {current && share && !capture && (
        <button
          type="button"
          onClick={() => {
            const removed = share.removeSaved(current.id);
            if (removed) setStatus({ key: 'share.removed', name: removed.name });
          }}
        >
          <RemoveIcon />
          <span className="tcpsim-share__label">{t('share.remove')}</span>
        </button>
      )}
      {share && (
        <details className="tcpsim-share__import">
          <summary>
            <UploadIcon />
            <span className="tcpsim-share__label">{t('share.import')}</span>
          </summary>
          <div className="tcpsim-share__fields">
            <span className="tcpsim-share__field">
              <label htmlFor={ids.file}>{t('share.importFile')}</label>
              <input
                id={ids.file}
                type="file"
                accept=".json,application/json"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  if (file) void importFile(file);
                  // The same file again (after fixing it) must fire a change.
                  e.currentTarget.value = '';
                }}
              />
            </span>
            <span className="tcpsim-share__field">
              <label htmlFor={ids.text}>{t('share.importText')}</label>
              <textarea
                id={ids.text}
                value={pasted}
                spellCheck={false}
                onPaste={(e) => {
                  if (!takePasted(e.clipboardData.getData('text'))) e.preventDefault();
                }}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  if (takePasted(text)) setPasted(text);
                }}
              />
              <button
                type="button"
                disabled={pasted.trim() === ''}
                onClick={() => {
                  if (load(pasted, null)) setPasted('');
                }}
              >
                {t('share.importLoad')}
              </button>
            </span>
          </div>
        </details>
      )}
      <p className="tcpsim-share__status" role="status">
        {status ? t(status.key, 'name' in status ? { name: status.name } : undefined) : ''}
      </p>
      {manualLink !== null && (
        <span className="tcpsim-share__manual">
          <label htmlFor={ids.manual}>{t('share.manual')}</label>
          <input
            id={ids.manual}
            ref={manualRef}
            type="text"
            readOnly
            value={manualLink}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </div>
  );
}
