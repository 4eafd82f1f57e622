/**
 * The RFC 793 ladder: two lifelines, time running down, one arrow per segment, each endpoint's
 * state beside its lifeline. Presentational: the trace and the playback time come in as props.
 *
 * Only the visible time window is drawn (the SVG is sticky inside a tall scroll area), and the
 * model groups what is too dense to read, so a 20,000-SYN flood draws as few nodes as a handshake.
 *
 * Given a `live` time source, the picture renders only when what it shows changes: an event
 * reached or left behind, the "now" line leaving the view, the run's tail growing. In between,
 * the "now" line, the arrows in flight (clipped at it) and their heads are moved by transforms
 * and a clip that glide with playback on the compositor (frame/glide.ts); only the clock's text in
 * the header is written on each tick.
 */
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type UIEvent,
} from 'react';
import type { TraceView } from '../../sim/traceLog';
import { glideStyle } from '../frame/glide';
import type { Glide, LiveTime } from '../frame/liveTime';
import { useLiveSource } from '../frame/useLiveTime';
import { ladderIndex, upperBound, type Lane, type LadderHost } from './ladderIndex';
import { buildLadder } from './ladderModel';
import { buildTimeMap, QUIET_PX, stretchesFor } from './timeMap';
import { autoPxPerSecond, BOTTOM_PAD, HEADER_H, ladderLayout, TOP_PAD } from './layout';
import { arrowTip, buildScene, type ArrowShape } from './scene';
import { ladderT, seconds, type Translate } from './strings';
import { LadderDefs, markerId } from './LadderDefs';
import { LadderAxis } from './LadderAxis';
import { LadderNow, nowClip } from './LadderNow';
import { LadderHeader } from './LadderHeader';
import { LadderStates } from './LadderStates';
import { LadderBands, bandText } from './LadderBands';
import { LadderArrow, LadderArrowHead, arrowName, headTransform } from './LadderArrow';
import { LadderLegend } from './LadderLegend';
import './Ladder.css';

export interface LadderProps {
  trace: TraceView;
  /** hosts[0] is drawn on the left, hosts[1] on the right. */
  hosts: readonly LadderHost[];
  /** Playback time, seconds: nothing after it is drawn. Ignored once `live` is given. */
  time: number;
  /** The playback time as it moves: the ladder follows it, rendering only when it must. */
  live?: LiveTime;
  selectedSegment?: number | null;
  onSelectSegment?: (id: number) => void;
  t?: Translate;
  /** Height of the whole view, px; by default the height its container gives it, as it resizes. */
  height?: number;
  /**
   * Magnification of the whole picture (presenter mode: labels readable from the back of a
   * room). The layout is computed for width / zoom and drawn scaled, so nothing is cut off.
   * By default a wide container (a 1920 px screen's hero) magnifies up to 1.5x rather than
   * leaving 11 px labels in the middle of empty space.
   */
  zoom?: number;
  /** Zoom; by default a one-way delay is about 60 px tall. */
  pxPerSecond?: number;
  /** Width to lay out for, px; by default the width of the container, as it resizes. */
  width?: number;
}

/** Drawn a little beyond the visible area, so arrows entering it are not cut at their start. */
const OVERSCAN = 40;
const SCROLLBAR_ROOM = 16;
/** Past this width the picture grows with its container, up to MAX_AUTO_ZOOM. */
const AUTO_ZOOM_WIDTH = 900;
const MAX_AUTO_ZOOM = 1.5;
/** Past the last event the run's tail grows; it is redrawn in steps of this many pixels. */
const TAIL_STEP_PX = 24;

/** Room around the arrows in flight, so their clip's box holds every stroke and label. */
const FLYING_MARGIN = 40;

interface FlyingBox {
  top: number;
  bottom: number;
}

/** The box the in-flight group's clip is measured in: the view and every arrow in flight. */
function flyingBox(flying: readonly ArrowShape[], viewH: number): FlyingBox {
  let top = 0;
  let bottom = viewH;
  for (const f of flying) {
    top = Math.min(top, f.y1, f.yEnd);
    bottom = Math.max(bottom, f.y1, f.yEnd);
  }
  return { top: top - FLYING_MARGIN, bottom: bottom + FLYING_MARGIN };
}

/** Shows what is above the "now" line: the part of each arrow in flight already sent. */
function flyingClip(box: FlyingBox, nowY: number): string {
  return `inset(0px 0px ${Math.max(0, box.bottom - nowY)}px 0px)`;
}

/** Times past the last event, rounded up to a whole step of the tail. */
function tailEnd(time: number, lastEvent: number, step: number): number {
  return time <= lastEvent ? lastEvent : lastEvent + Math.ceil((time - lastEvent) / step) * step;
}

export function Ladder({
  trace,
  hosts,
  time: givenTime,
  live,
  selectedSegment = null,
  onSelectSegment,
  t,
  height,
  zoom: zoomProp,
  pxPerSecond,
  width,
}: LadderProps) {
  const prefix = `tcpsim-ladder-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const scrollRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState<number | undefined>(undefined);
  const [measuredH, setMeasuredH] = useState<number | undefined>(undefined);
  const fill = height === undefined;
  const zoom =
    zoomProp ??
    (width === undefined && available !== undefined
      ? Math.min(MAX_AUTO_ZOOM, Math.max(1, available / AUTO_ZOOM_WIDTH))
      : 1);
  // The view's height on screen, and the same in the picture's own (unzoomed) pixels.
  const viewH = height ?? measuredH ?? 480;
  const logicalH = viewH / zoom;
  // Where the user last scrolled to, and the playback time then: once time moves on, the view
  // follows it again whenever "now" would leave the visible area.
  const [scroll, setScroll] = useState({ top: 0, time: Number.NaN });
  // With a live source, the time this picture was last drawn for.
  const [drawnAt, setDrawnAt] = useState(() => live?.get() ?? givenTime);
  const time = live ? drawnAt : givenTime;

  const index = ladderIndex(trace, hosts);
  const lastEvent = index.times[index.times.length - 1] ?? 0;
  const tailStep = TAIL_STEP_PX / (pxPerSecond ?? autoPxPerSecond(index.delay, lastEvent));
  const end = tailEnd(time, lastEvent, tailStep);
  const pps = pxPerSecond ?? autoPxPerSecond(index.delay, end);
  // Times as fine as the picture: microseconds once a millisecond is taller than 50 px (a
  // capture on a LAN), so that moments drawn apart are not written alike.
  const fine = pps > 50_000;
  const tr = ladderT(t, fine ? 6 : 3);
  const stretches = stretchesFor(index.times, QUIET_PX / pps);
  const map = buildTimeMap(stretches, lastEvent, end, { pxPerSecond: pps });
  // A measured width leaves room for a vertical scrollbar beside the picture.
  const layout = ladderLayout(
    index.outLeft,
    index.outRight,
    width ?? (available === undefined ? undefined : (available - SCROLLBAR_ROOM) / zoom),
    fine,
  );

  // Follow the container's width, so the middle column uses the room the page gives it.
  useEffect(() => {
    const box = boxRef.current;
    if (width !== undefined || !box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setAvailable(Math.floor(entry.contentRect.width));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [width]);

  // Without a height, fill the container: the scroll area is a flex child that takes the rest.
  useEffect(() => {
    const el = scrollRef.current;
    if (!fill || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setMeasuredH(Math.max(80, Math.floor(entry.contentRect.height)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fill]);

  // Content coordinates: y = map.scale(t) + TOP_PAD; `top` is the content y at the header's foot.
  const contentH = Math.max(40, logicalH - HEADER_H);
  const maxTop = Math.max(0, TOP_PAD + map.height + BOTTOM_PAD - contentH);
  const nowY = TOP_PAD + map.scale(time);
  // Where the view last scrolled itself to follow "now" (since the user last scrolled): that
  // scroll is not the user's, and must not render the picture a second time. Written by the
  // layout effect below and read by the next render only, so the picture never lags it.
  const followed = useRef<{ top: number; px: number } | null>(null);
  // eslint-disable-next-line react-hooks/refs
  let top = Math.min(followed.current?.top ?? scroll.top, maxTop);
  if (scroll.time !== time && (nowY < top + 8 || nowY > top + contentH - 24)) {
    top = Math.min(maxTop, Math.max(0, nowY - contentH * 0.7));
  }

  // The scroll follows in the next frame, not in this commit: reading or setting scrollTop makes
  // the browser lay out everything changed so far, and in a streamed heavy run this commit is one
  // of several in the same task. The picture is drawn for `top` already (the view is sticky), so
  // only the scrollbar waits a frame.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    followed.current = { top, px: followed.current?.px ?? Number.NaN };
    const frame = requestAnimationFrame(() => {
      if (Math.abs(el.scrollTop - top * zoom) > 1) el.scrollTop = top * zoom;
      followed.current = { top, px: el.scrollTop };
    });
    return () => cancelAnimationFrame(frame);
  }, [top, zoom]);

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const at = e.currentTarget.scrollTop;
    if (followed.current && Math.abs(at - followed.current.px) <= 1) return;
    followed.current = null;
    setScroll({ top: at / zoom, time });
  };

  const y0 = top - TOP_PAD - OVERSCAN;
  const y1 = top - TOP_PAD + contentH + OVERSCAN;
  const from = Math.max(0, map.scale.invert(y0));
  const to = map.scale.invert(y1);
  const model = buildLadder(trace, hosts, { from, to, time, selected: selectedSegment });
  const limit = Math.min(to, time);
  // Everything is drawn in viewport coordinates: an hour-long run is millions of pixels tall,
  // and SVG renders text badly that far from the origin.
  const offset = HEADER_H + TOP_PAD - top;
  const hostName = (lane: Lane) =>
    lane === 'left' ? (hosts[0]?.name ?? '') : lane === 'right' ? (hosts[1]?.name ?? '') : '';
  const laneName = (lane: Lane, address: string) => hostName(lane) || address;
  const scene = buildScene(
    model,
    layout.lanes,
    (x) => map.scale(x) + offset,
    limit,
    selectedSegment,
    (band) => bandText(band, tr, hostName).length,
  );
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;

  // Between renders: what a new time needs (a render, or only the moving parts moved).
  const svgRef = useRef<SVGSVGElement>(null);
  const nowRef = useRef<HTMLDivElement>(null);
  const yOfNow = (t: number) => map.scale(Math.min(t, end)) + offset;
  // The "now" line's box: the picture below the header.
  const nowH = Math.max(0, logicalH - HEADER_H);
  const epoch = upperBound(index.times, time, (x) => x);
  const flying = scene.arrows.filter((a) => !a.landed);
  const landed = scene.arrows.filter((a) => a.landed);
  const box = flyingBox(flying, logicalH);
  // The glide the moving parts were last sent on, and by which render's follower.
  const gliding = useRef<{ glide: Glide | null; by: unknown }>({ glide: null, by: null });
  const follow = useCallback(
    (now: number) => {
      const nowContentY = TOP_PAD + map.scale(Math.min(now, end));
      const mustRender =
        upperBound(index.times, now, (x) => x) !== epoch ||
        tailEnd(now, lastEvent, tailStep) !== end ||
        nowContentY < top + 8 ||
        nowContentY > top + contentH - 24;
      if (mustRender) {
        setDrawnAt(now);
        return;
      }
      const svg = svgRef.current;
      if (!svg) return;
      const clock = svg.querySelector('.tcpsim-ladder__now-label');
      const text = tr('ladder.now', { time: seconds(tr, now) });
      if (clock && clock.textContent !== text) clock.textContent = text;
      const glide = live?.glide() ?? null;
      // Where "now" leaves the view, the picture must scroll: ask the clock for a tick there
      // rather than letting the line glide out of sight until the next one.
      if (glide && live?.tickAt) {
        const leaves = map.scale.invert(top + contentH - 24 - TOP_PAD);
        if (leaves > now && leaves < glide.to) live.tickAt(leaves);
      }
      // On the glide they were sent on, the moving parts get there by themselves.
      if (glide && gliding.current.glide === glide && gliding.current.by === scene) return;
      gliding.current = { glide, by: scene };
      const breaks = map.scale.domain();
      const line = nowRef.current;
      if (line) {
        const at = (t: number) => nowClip(yOfNow(t), nowH, zoom);
        glideStyle(line, 'clipPath', at, now, glide, breaks);
      }
      const clipped = svg.querySelector<SVGElement>('.tcpsim-ladder__flying');
      if (clipped) {
        glideStyle(clipped, 'clipPath', (t) => flyingClip(box, yOfNow(t)), now, glide, breaks);
      }
      for (const shape of flying) {
        const head = svg.querySelector<SVGElement>(`[data-head="${shape.arrow.id}"]`);
        if (!head) continue;
        const at = (t: number) => headTransform(arrowTip(shape, yOfNow, t));
        glideStyle(head, 'transform', at, now, glide, breaks);
      }
    },
    // Everything it reads is fixed by what was rendered: a new render makes a new follower.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scene, map, epoch, end, top, contentH, offset, layout, tr, live, zoom, nowH],
  );
  useLiveSource(live, follow);

  return (
    <div
      className={fill ? 'tcpsim-ladder tcpsim-ladder--fill' : 'tcpsim-ladder'}
      data-testid="ladder"
      ref={boxRef}
    >
      <div
        ref={scrollRef}
        className="tcpsim-ladder__scroll"
        style={fill ? undefined : { height }}
        onScroll={onScroll}
        role="region"
        aria-label={tr('ladder.region')}
        tabIndex={0}
      >
        <div
          style={{
            height: (HEADER_H + TOP_PAD + map.height + BOTTOM_PAD) * zoom,
            width: layout.width * zoom,
            position: 'relative',
          }}
        >
          <div
            className="tcpsim-ladder__view"
            style={{ width: layout.width * zoom, height: viewH }}
          >
            <svg
              ref={svgRef}
              className="tcpsim-ladder__svg"
              width={layout.width * zoom}
              height={viewH}
              viewBox={`0 0 ${layout.width} ${logicalH}`}
              role="group"
              aria-labelledby={titleId}
              aria-describedby={descId}
            >
              <title id={titleId}>
                {tr('ladder.title', { left: hosts[0]?.name ?? '', right: hosts[1]?.name ?? '' })}
              </title>
              <desc id={descId}>
                {tr('ladder.summary', {
                  from: seconds(tr, from),
                  to: seconds(tr, limit),
                  arrows: scene.arrows.length,
                  bands: scene.bands.length,
                })}
              </desc>
              <LadderDefs
                prefix={prefix}
                clip={{ x: 0, y: HEADER_H, width: layout.width, height: contentH }}
              />
              <g clipPath={`url(#${markerId.clip(prefix)})`}>
                <g>
                  <LadderAxis
                    map={map}
                    layout={layout}
                    y0={y0}
                    y1={y1}
                    offset={offset}
                    outLeft={index.outLeft}
                    outRight={index.outRight}
                    tr={tr}
                  />
                  <LadderStates shapes={scene.states} tr={tr} />
                  <LadderBands shapes={scene.bands} tr={tr} hostName={hostName} />
                  {landed.map((shape) => (
                    <LadderArrow
                      key={shape.arrow.id}
                      shape={shape}
                      prefix={prefix}
                      name={arrowName(shape.arrow, tr, laneName)}
                      tr={tr}
                      selected={shape.arrow.id === selectedSegment}
                      onSelect={onSelectSegment}
                    />
                  ))}
                  {flying.length > 0 && (
                    <g
                      className="tcpsim-ladder__flying"
                      style={{ clipPath: flyingClip(box, yOfNow(time)) }}
                    >
                      {/* Fixes the box the clip is measured in (an SVG element's own bounds). */}
                      <rect
                        x={0}
                        y={box.top}
                        width={layout.width}
                        height={box.bottom - box.top}
                        fill="none"
                      />
                      {flying.map((shape) => (
                        <LadderArrow
                          key={shape.arrow.id}
                          shape={shape}
                          prefix={prefix}
                          name={arrowName(shape.arrow, tr, laneName)}
                          tr={tr}
                          selected={shape.arrow.id === selectedSegment}
                          onSelect={onSelectSegment}
                        />
                      ))}
                    </g>
                  )}
                  {flying.map((shape) => (
                    <LadderArrowHead
                      key={shape.arrow.id}
                      shape={shape}
                      prefix={prefix}
                      tip={arrowTip(shape, yOfNow, time)}
                    />
                  ))}
                </g>
              </g>
              <LadderHeader
                hosts={hosts}
                layout={layout}
                time={time}
                outLeft={index.outLeft}
                outRight={index.outRight}
                tr={tr}
              />
            </svg>
            <LadderNow
              ref={nowRef}
              from={layout.axisRight}
              width={layout.width}
              height={nowH}
              zoom={zoom}
              y={yOfNow(time)}
            />
          </div>
        </div>
      </div>
      <LadderLegend prefix={prefix} tr={tr} />
    </div>
  );
}
