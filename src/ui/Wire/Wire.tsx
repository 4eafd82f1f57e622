import { useReducedMotion } from '../frame/useReducedMotion';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { liveTimeOf } from '../frame/liveTime';
import { useLocale } from '../../i18n';
import { useSimStore, useSimStoreApi } from '../../store';
import { SegmentChip } from './SegmentChip';
import { WirePressMode } from '../Teach/WirePressMode';
import { WireCanvas } from './WireCanvas';
import { WireLegend } from './WireLegend';
import { sameWireView, wireView } from './wireView';
import './Wire.css';

/** The link between the two hosts, and every segment on it at the playback time. */
export function Wire() {
  const { t, format } = useLocale();
  const store = useSimStoreApi();
  const headingId = useId();
  const trackRef = useRef<HTMLDivElement>(null);
  const reduced = useReducedMotion() ?? false;
  const live = liveTimeOf(store);
  const [view, setView] = useState(() => wireView(store.getState()));
  const selected = useSimStore((s) => s.selectedSegment);
  const hosts = useSimStore((s) => s.hosts);
  // A press on a segment drops it, or (in "explain" mode) opens its details below. A capture's
  // segments cannot be lost: there a press always explains, and there is no mode to choose.
  const press = useSimStore((s) => (s.source.kind === 'capture' ? null : s.wirePress));
  const explain = press !== 'drop';
  const select = useSimStore((s) => s.selectSegment);

  useEffect(() => {
    const sync = () => {
      const s = store.getState();
      const next = wireView(s);
      setView((prev) => (sameWireView(prev, next) ? prev : next));
    };
    sync();
    return store.subscribe((s, prev) => {
      if (s.time !== prev.time || s.index !== prev.index) sync();
    });
  }, [store]);

  const drop = useCallback(
    (id: number) => {
      store.getState().dropSegment(id);
      // A segment already past its halfway point is lost at once: its button goes away, and
      // focus would fall to the page. Keep it on the wire.
      setTimeout(() => {
        // Inside a shadow root (the embed), document.activeElement is the host element.
        const track = trackRef.current;
        const root = track?.getRootNode() as Document | ShadowRoot | undefined;
        if (track && !track.contains(root?.activeElement ?? null)) track.focus();
      }, 0);
    },
    [store],
  );

  return (
    <section className="wire" part="wire" aria-labelledby={headingId}>
      <div className="wire__title">
        <span aria-hidden="true">{hosts[0]?.name}</span>
        <span className="wire__line" aria-hidden="true" />
        <h2 id={headingId}>{t('wire.label')}</h2>
        <span className="wire__line" aria-hidden="true" />
        <span aria-hidden="true">{hosts[1]?.name}</span>
      </div>
      <div className="wire__track" ref={trackRef} tabIndex={-1}>
        <div className="wire__rail" aria-hidden="true" />
        <WireCanvas />
        <ul className="wire__chips">
          {view.chips.map(({ life, lost }) => (
            <SegmentChip
              key={life.send.id}
              life={life}
              lost={lost}
              live={live}
              reduced={reduced}
              selected={selected === life.send.id}
              onDrop={explain ? select : drop}
              explain={explain}
            />
          ))}
        </ul>
        {view.chips.length === 0 && view.dots.length === 0 && (
          <p className="wire__empty">{t('wire.empty')}</p>
        )}
      </div>
      {view.spoofed + view.others > 0 && (
        <p className="wire__badge">
          {view.spoofed > 0 && (
            <span>{t('wire.spoofed', { count: format.integer(view.spoofed) })}</span>
          )}
          {view.others > 0 && <span>{t('wire.more', { count: format.integer(view.others) })}</span>}
        </p>
      )}
      {press && <WirePressMode />}
      <WireLegend />
    </section>
  );
}
