/**
 * Sockets per state over time, up to the playback time: a SYN flood or a TIME_WAIT build-up
 * seen as a curve. d3 computes scales and paths; React renders them. The picture is an image
 * with a text summary; the legend lists each state with its count now.
 */
import { useId } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { NETSTAT_NAMES } from '../../sim/state';
import { chartModel, type ChartModel, type ChartPoint } from './chartModel';
import type { StateHistory } from './stateHistory';
import { stateColour, stateDash } from './stateStyles';
import { netstatT, seconds, type NetstatT, type Translate } from './strings';

export interface StateChartProps {
  history: StateHistory;
  time: number;
  t?: Translate;
  width?: number;
  height?: number;
}

const M = { top: 20, right: 12, bottom: 28, left: 44 };

export function chartSummary(model: ChartModel, host: string, time: number, tr: NetstatT): string {
  const at = seconds(tr, time);
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

export function StateChart({ history, time, t, width = 480, height = 200 }: StateChartProps) {
  const tr = netstatT(t);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `tcpsim-chart-${id}-title`;
  const summaryId = `tcpsim-chart-${id}-summary`;
  const model = chartModel(history, time);
  // At least a second of axis, so the first instants do not draw a sub-millisecond scale.
  const end = Math.max(time, 1);

  const x = scaleLinear()
    .domain([0, end])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, model.max)])
    .nice()
    .range([height - M.bottom, M.top]);
  const toLine = line<ChartPoint>()
    .x((p) => x(p.t))
    .y((p) => y(p.n))
    .curve(curveStepAfter);
  const toArea = area<ChartPoint>()
    .x((p) => x(p.t))
    .y0(y(0))
    .y1((p) => y(p.n))
    .curve(curveStepAfter);
  const yTicks = y.ticks(4).filter(Number.isInteger);
  const xTicks = x.ticks(5);

  return (
    <figure className="tcpsim-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        className="tcpsim-chart__svg"
        role="img"
        aria-labelledby={`${titleId} ${summaryId}`}
      >
        <title id={titleId}>
          {tr('netstat.chart.title', { host: history.host, time: seconds(tr, time) })}
        </title>
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
        {model.lines.map((l) => (
          <g key={l.state} className="tcpsim-chart__series" data-state={l.state}>
            <path
              className="tcpsim-chart__area"
              d={toArea(l.points) ?? ''}
              style={{ fill: stateColour(l.state) }}
            />
            <path
              className="tcpsim-chart__line"
              d={toLine(l.points) ?? ''}
              style={{ stroke: stateColour(l.state) }}
              strokeDasharray={stateDash(l.state)}
            />
          </g>
        ))}
      </svg>
      <figcaption id={summaryId} className="tcpsim-chart__summary">
        {chartSummary(model, history.host, time, tr)}
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
