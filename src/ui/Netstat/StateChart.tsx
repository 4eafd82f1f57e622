/**
 * Sockets per state over time, up to the playback time: a SYN flood or a TIME_WAIT build-up
 * seen as a curve. d3 computes scales and paths; React renders them. The picture is an image
 * with a text summary; the legend lists each state with its count now.
 *
 * The time axis spans the whole run (`end`) and stays put; the curves are revealed up to the
 * playback time by a clip. With a `live` time source the clip and the "now" line follow playback
 * by attribute writes, so the chart renders only when the counts change.
 */
import { useCallback, useId, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { NETSTAT_NAMES } from '../../sim/state';
import type { LiveTime } from '../frame/liveTime';
import { glideStyle } from '../frame/glide';
import { stepArea, stepLine } from './stepPath';
import { useLiveSource } from '../frame/useLiveTime';
import { chartModel, type ChartModel, type ChartPoint } from './chartModel';
import { lastChangeAt, type StateHistory } from './stateHistory';
import { stateColour, stateDash } from './stateStyles';
import { netstatT, seconds, type NetstatT, type Translate } from './strings';

export interface StateChartProps {
  history: StateHistory;
  /** The playback time: what the legend and the summary count, and how far the curves go. */
  time: number;
  /** The end of the time axis (the run's length); by default the history's last change. */
  end?: number;
  /** The playback time as it moves; the clip and the "now" line follow it without renders. */
  live?: LiveTime;
  t?: Translate;
  width?: number;
  height?: number;
}

const M = { top: 20, right: 12, bottom: 28, left: 44 };

/** The summary says since when the counts have been what they are: it changes only with them. */
export function chartSummary(model: ChartModel, host: string, since: number, tr: NetstatT): string {
  const at = seconds(tr, since);
  const now = model.lines.filter((l) => l.now > 0);
  const counts = now
    .map((l) => tr('netstat.chart.item', { count: l.now, state: NETSTAT_NAMES[l.state] }))
    .join(', ');
  const head = now.length
    ? tr('netstat.chart.summary', { time: at, counts, host })
    : tr('netstat.chart.summaryEmpty', { time: at, host });
  if (!model.peak) return head;
  const peak = tr('netstat.chart.peak', {
    count: model.peak.count,
    state: NETSTAT_NAMES[model.peak.state],
    time: seconds(tr, model.peak.t),
  });
  return `${head} ${peak}`;
}

export function StateChart({
  history,
  time,
  end,
  live,
  t,
  width = 480,
  height = 200,
}: StateChartProps) {
  const tr = netstatT(t);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `tcpsim-chart-${id}-title`;
  const summaryId = `tcpsim-chart-${id}-summary`;
  // What has happened so far: the states shown, their counts now, the highest count yet.
  const model = chartModel(history, time);
  // At least a second of axis, so the first instants do not draw a sub-millisecond scale.
  const axisEnd = Math.max(end ?? Math.max(history.end, time), 1);
  // The curves over the whole axis, computed once per history and axis; the clip hides the future.
  // A history still growing (a run streaming in) is the same object: its end says it grew.
  const grownTo = history.end;
  const full = useMemo(
    () => chartModel(history, Math.max(axisEnd, grownTo)),
    [history, axisEnd, grownTo],
  );
  const pointsOf = new Map(full.lines.map((l) => [l.state, l.points]));

  const x = scaleLinear()
    .domain([0, axisEnd])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, model.max)])
    .nice()
    .range([height - M.bottom, M.top]);
  const at = (points: readonly ChartPoint[]) => points.map((p) => ({ x: x(p.t), y: y(p.n) }));
  const toLine = (points: readonly ChartPoint[]) => stepLine(at(points));
  const toArea = (points: readonly ChartPoint[]) => stepArea(at(points), y(0));
  const yTicks = y.ticks(4).filter(Number.isInteger);
  const xTicks = x.ticks(5);

  // Without a live source, the clip stands at the given time.
  const still = useMemo(() => fixedTime(time), [time]);
  const series = useRef<SVGGElement>(null);
  const nowLine = useRef<SVGPathElement>(null);
  const x0 = M.left;
  const x1 = width - M.right;
  const xAt = useCallback(
    (now: number) => Math.min(x1, Math.max(x0, x0 + ((x1 - x0) * now) / axisEnd)),
    [x0, x1, axisEnd],
  );
  // The curves are shown up to the "now" line: a clip and a transform that glide with playback.
  const clipAt = useCallback(
    (now: number) => `inset(0px ${width - xAt(now) - 1}px 0px 0px)`,
    [width, xAt],
  );
  const follow = useCallback(
    (now: number) => {
      const glide = (live ?? still).glide();
      if (series.current) glideStyle(series.current, 'clipPath', clipAt, now, glide, [axisEnd]);
      if (nowLine.current) {
        const at = (t: number) => `translateX(${xAt(t)}px)`;
        glideStyle(nowLine.current, 'transform', at, now, glide, [axisEnd]);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [xAt, clipAt, axisEnd, live],
  );
  useLiveSource(live ?? still, follow);

  return (
    <figure className="tcpsim-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        className="tcpsim-chart__svg"
        role="img"
        aria-labelledby={`${titleId} ${summaryId}`}
      >
        <title id={titleId}>{tr('netstat.chart.title', { host: history.host })}</title>
        <g className="tcpsim-chart__axis" aria-hidden="true">
          <path
            d={[
              `M${M.left},${M.top} V${height - M.bottom} H${width - M.right}`,
              ...yTicks.map((v) => `M${M.left - 4},${y(v)} h4`),
              ...xTicks.map((v) => `M${x(v)},${height - M.bottom} v4`),
            ].join(' ')}
          />
          {yTicks.map((v) => (
            <text key={`y${v}`} x={M.left - 6} y={y(v) + 3} textAnchor="end">
              {v}
            </text>
          ))}
          {xTicks.map((v) => (
            <text key={`x${v}`} x={x(v)} y={height - M.bottom + 14} textAnchor="middle">
              {v}
            </text>
          ))}
          <text x={width - M.right} y={height - 2} textAnchor="end">
            {tr('netstat.chart.x')}
          </text>
          <text x={4} y={10} textAnchor="start">
            {tr('netstat.chart.y')}
          </text>
        </g>
        <g ref={series} style={{ clipPath: clipAt(time) }}>
          {/* Fixes the box the clip is measured in (an SVG element's own bounds). */}
          <rect x={0} y={0} width={width} height={height} fill="none" />
          {model.lines.map((l) => (
            <g key={l.state} className="tcpsim-chart__series" data-state={l.state}>
              <path
                className="tcpsim-chart__area"
                d={toArea(pointsOf.get(l.state) ?? l.points) ?? ''}
                style={{ fill: stateColour(l.state) }}
              />
              <path
                className="tcpsim-chart__line"
                d={toLine(pointsOf.get(l.state) ?? l.points) ?? ''}
                style={{ stroke: stateColour(l.state) }}
                strokeDasharray={stateDash(l.state)}
              />
            </g>
          ))}
        </g>
        <path
          ref={nowLine}
          className="tcpsim-chart__now"
          aria-hidden="true"
          d={`M0,${M.top} V${height - M.bottom}`}
          style={{ transform: `translateX(${xAt(time)}px)` }}
        />
      </svg>
      <figcaption id={summaryId} className="tcpsim-chart__summary">
        {chartSummary(model, history.host, Math.max(0, lastChangeAt(history, time)), tr)}
      </figcaption>
      <ul className="tcpsim-chart__legend" aria-label={tr('netstat.chart.legend')}>
        {model.lines.map((l) => (
          <li key={l.state}>
            <svg width={28} height={10} aria-hidden="true" focusable="false">
              <path
                d="M1,5 H27"
                className="tcpsim-chart__line"
                style={{ stroke: stateColour(l.state) }}
                strokeDasharray={stateDash(l.state)}
              />
            </svg>
            <span className="tcpsim-chart__legend-name">{NETSTAT_NAMES[l.state]}</span>
            <span className="tcpsim-chart__legend-count">{l.now}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** A time that never moves, for a chart drawn without a live source (tests, exports). */
function fixedTime(time: number): LiveTime {
  return { get: () => time, glide: () => null, on: () => () => {} };
}
