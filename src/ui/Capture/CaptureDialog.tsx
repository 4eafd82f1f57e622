/**
 * "Open a capture": a pcap/pcapng file (chosen or dropped) is read in a worker with progress, its
 * TCP connections are listed, and the chosen ones are shown as a ladder with the real SEQ/ACK
 * (absolute or relative), each side's inferred states, real times, and what the capture cannot
 * show. "Play in the simulator" plays them in the instrument itself (CaptureBanner, CaptureCard);
 * "Turn this into a scenario" hands the story to the simulator to change.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ParsedCapture } from '../../capture/capture';
import type { Connection, Ending } from '../../capture/connections';
import { inferRun } from '../../capture/infer';
import { capturePlayback } from '../../capture/play';
import { connectionToScenario } from '../../capture/toScenario';
import { useFeatureStrings, type FeatureTranslate } from '../../i18n/featureStrings';
import { useSimStoreApi } from '../../store';
import { Modal } from '../Bridge/Modal';
import { PlayIcon } from '../icons';
import { ladderModel } from '../Export/ladderModel';
import { ladderSvg } from '../Export/ladderSvg';
import { exportStrings } from '../Export/strings';
import { noteTexts, type CaptureKey as Key } from './noteText';
import { readCapture, type CaptureFailure, type CaptureJob } from './readCapture';
import { captureStrings } from './strings';

const MB = 1024 * 1024;
/** Rows in the connection table at once; the filter finds the rest. */
const MAX_LISTED = 300;

function errorText(name: string, r: CaptureFailure, t: FeatureTranslate<Key>) {
  if (r.code === 'read') return t('capture.error.read', { name, reason: r.message });
  return t(`capture.error.${r.code}`, {
    name,
    offset: r.offset ?? 0,
    linkType: r.linkType ?? '?',
  });
}

export default function CaptureDialog({
  initialFile,
  onClose,
}: {
  initialFile: File | null;
  onClose(): void;
}) {
  const t = useFeatureStrings(captureStrings);
  const te = useFeatureStrings(exportStrings);
  const store = useSimStoreApi();
  const ids = { file: useId(), relative: useId(), filter: useId() };
  const [filter, setFilter] = useState('');
  const [name, setName] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [capture, setCapture] = useState<ParsedCapture | null>(null);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [shown, setShown] = useState<number[]>([]);
  const [relative, setRelative] = useState(true);
  const [status, setStatus] = useState<string | null>(null);
  const cancelRef = useRef<(() => void) | null>(null);
  const jobRef = useRef<CaptureJob | null>(null);
  const [chosen, setChosen] = useState<Connection[]>([]);

  const open = async (file: File) => {
    cancelRef.current?.();
    setName(file.name);
    setError(null);
    setCapture(null);
    setShown([]);
    setChosen([]);
    setStatus(null);
    setProgress({ done: 0, total: file.size });
    jobRef.current?.cancel();
    const job = readCapture(file, (done) => setProgress({ done, total: file.size }));
    jobRef.current = job;
    cancelRef.current = job.cancel;
    const r = await job.result;
    cancelRef.current = null;
    setProgress(null);
    if (!r.ok) {
      if (r.message !== 'cancelled') setError(errorText(file.name, r, t));
      return;
    }
    setCapture(r.capture);
    const first = new Set(r.capture.summaries.slice(0, 1).map((c) => c.id));
    setPicked(first);
    void show([...first]);
  };

  /** The chosen connections' segments come from the worker that holds them. */
  const show = async (ids: number[]) => {
    const job = jobRef.current;
    if (!job) return;
    const connections = await job.connections(ids);
    if (jobRef.current !== job) return;
    setShown(ids);
    setChosen(connections);
  };

  useEffect(() => {
    // Started from a callback so the reading state is set by the job, not by the effect itself.
    const timer = initialFile ? setTimeout(() => void open(initialFile), 0) : undefined;
    return () => {
      clearTimeout(timer);
      jobRef.current?.cancel();
    };
    // Only the file the dialog was opened with; later files come through the input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFile]);

  const listed = useMemo(() => {
    const all = capture?.summaries ?? [];
    const f = filter.trim();
    return f ? all.filter((s) => s.a.includes(f) || s.b.includes(f)) : all;
  }, [capture, filter]);

  const run = useMemo(() => {
    if (chosen.length === 0) return null;
    return inferRun(chosen, name);
  }, [chosen, name]);

  const svg = useMemo(() => {
    if (!run) return '';
    const end = run.trace.length ? run.trace[run.trace.length - 1]!.t : 0;
    const rangeText = `0.000–${end.toFixed(3)} s`;
    const model = ladderModel(run.trace, run.hosts, { from: 0, to: end });
    return ladderSvg(model, {
      title: `${name} #${shown.join(', #')}`,
      rangeText,
      isn: relative ? run.isn : undefined,
      words: {
        lost: te('export.lost'),
        estimated: te('export.estimated'),
        more: te('export.more'),
      },
    });
  }, [run, name, shown, relative, te]);

  const sides = useMemo(() => {
    if (!run) return [];
    return Object.entries(run.hosts).map(([host, ip]) => ({
      host,
      ip,
      states: run.trace.flatMap((e) =>
        e.type === 'state' && e.host === host
          ? [{ t: e.t, to: e.to, estimated: e.estimated === true, assumed: e.assumed === true }]
          : [],
      ),
    }));
  }, [run]);

  const toScenario = () => {
    if (!run) return;
    const c = chosen.find((x) => x.id === shown[0]);
    if (!c) return;
    const scenario = connectionToScenario(c, run, name);
    if (store.getState().loadScenario(scenario)) setStatus(t('capture.loaded', { id: c.id }));
  };

  /** The same connections in the simulator's own views, until a scenario is chosen again. */
  const play = () => {
    if (!run) return;
    store
      .getState()
      .loadCapture(capturePlayback({ file: name, connections: chosen, run, relative }));
    onClose();
  };

  const notes = run ? noteTexts(run.notes, t) : [];

  return (
    <Modal label={t('capture.title')} closeLabel={t('capture.close')} onClose={onClose}>
      <p>
        <label htmlFor={ids.file}>{t('capture.file')}</label>{' '}
        <input
          id={ids.file}
          type="file"
          accept=".pcap,.pcapng,.cap,.dmp,application/vnd.tcpdump.pcap"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void open(f);
          }}
        />
      </p>
      {progress && (
        <div role="status" className="tcpsim-capture__progress">
          <progress max={progress.total || 1} value={progress.done} />{' '}
          {t('capture.reading', {
            name,
            percent: progress.total ? Math.floor((progress.done / progress.total) * 100) : 0,
            done: (progress.done / MB).toFixed(1),
            total: (progress.total / MB).toFixed(1),
          })}{' '}
          <button type="button" onClick={() => cancelRef.current?.()}>
            {t('capture.cancel')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="tcpsim-bridge-error">
          {error}
        </p>
      )}
      {capture && (
        <>
          <p role="status">
            {t('capture.summary', {
              name,
              format: capture.format,
              links: capture.linkTypes,
              frames: capture.frames,
              connections: capture.summaries.length,
            })}
          </p>
          <p>
            <label htmlFor={ids.filter}>{t('capture.filter')}</label>{' '}
            <input
              id={ids.filter}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
            />
          </p>
          {listed.length > MAX_LISTED && (
            <p>{t('capture.shownOf', { shown: MAX_LISTED, total: listed.length })}</p>
          )}
          <div
            className="tcpsim-bridge-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('capture.connections')}
          >
            <table className="tcpsim-bridge-table">
              <caption>{t('capture.connections')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('capture.col.pick')}</th>
                  <th scope="col">{t('capture.col.id')}</th>
                  <th scope="col">{t('capture.col.from')}</th>
                  <th scope="col">{t('capture.col.to')}</th>
                  <th scope="col">{t('capture.col.first')}</th>
                  <th scope="col">{t('capture.col.packets')}</th>
                  <th scope="col">{t('capture.col.ending')}</th>
                </tr>
              </thead>
              <tbody>
                {listed.slice(0, MAX_LISTED).map((s) => (
                  <tr key={s.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('capture.pick', { id: s.id })}
                        checked={picked.has(s.id)}
                        onChange={(e) => {
                          const next = new Set(picked);
                          if (e.currentTarget.checked) next.add(s.id);
                          else next.delete(s.id);
                          setPicked(next);
                        }}
                      />
                    </td>
                    <td>{s.id}</td>
                    <td>{s.a}</td>
                    <td>{s.b}</td>
                    <td>{new Date(s.firstTime * 1000).toISOString()}</td>
                    <td>{s.packets}</td>
                    <td>{t(`capture.ending.${s.ending as Ending}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button
              type="button"
              onClick={() => void show([...picked].sort((a, b) => a - b))}
              disabled={picked.size === 0}
            >
              {t('capture.show')}
            </button>{' '}
            {picked.size === 0 && <span>{t('capture.pickOne')}</span>}
          </p>
        </>
      )}
      {run && (
        <section>
          <p>
            <input
              id={ids.relative}
              type="checkbox"
              checked={relative}
              onChange={(e) => setRelative(e.currentTarget.checked)}
            />{' '}
            <label htmlFor={ids.relative}>{t('capture.relative')}</label>
          </p>
          <p>{t('capture.time0', { time: new Date(run.origin * 1000).toISOString() })}</p>
          <h3>{t('capture.uncertain')}</h3>
          <ul className="tcpsim-capture__notes">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
            <li>{t('capture.legend')}</li>
          </ul>
          <div className="tcpsim-capture__sides">
            {sides.map((side) => (
              <section key={side.host} aria-label={`${side.host} ${side.ip}`}>
                <h3>
                  {side.host} {side.ip}
                </h3>
                <ol className="tcpsim-capture__states">
                  {side.states.map((s, i) => (
                    <li key={i} className={s.estimated || s.assumed ? 'is-estimated' : undefined}>
                      {s.t.toFixed(6)} s {s.to}
                      {s.estimated ? ` ${te('export.estimated')}` : ''}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </div>
          <div
            className="tcpsim-bridge-svg"
            tabIndex={0}
            role="region"
            aria-label={t('capture.ladder')}
            data-testid="capture-ladder"
            // The SVG is built by ladderSvg from escaped text only.
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <p className="tcpsim-capture__actions">
            <button type="button" onClick={play}>
              <PlayIcon />
              {t('capture.play')}
            </button>
            <button type="button" onClick={toScenario}>
              {t('capture.toScenario')}
            </button>
          </p>
          {status && <p role="status">{status}</p>}
        </section>
      )}
    </Modal>
  );
}
