/**
 * The ladder as a standalone SVG file: light theme (for slides), no external CSS, the scenario's
 * title and time range written at the top and in <title>/<desc>. Pure string building.
 */
import type { LadderModel } from './ladderModel';
import { rowLabel } from './ladderModel';

const ROW = 34;
const TOP = 96;
const WIDTH = 900;
const LEFT_X = 220;
const RIGHT_X = 680;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface LadderSvgOptions {
  title: string;
  /** `0.000–0.700 s`, already formatted. */
  rangeText: string;
  /** Relative SEQ/ACK: the ISN of each `ip:port`. */
  isn?: Record<string, number>;
  /** Words for the legend (translated by the caller). */
  words: { lost: string; estimated: string; more: string };
}

export function ladderHeight(model: LadderModel): number {
  return TOP + model.rows.length * ROW + (model.leftOut ? 40 : 24);
}

export function ladderSvg(model: LadderModel, o: LadderSvgOptions): string {
  const height = ladderHeight(model);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Arial, sans-serif" role="img">`,
    `<title>${escapeXml(`${o.title} (${o.rangeText})`)}</title>`,
    `<desc>${escapeXml(`${model.leftName} ${model.leftIp} / ${model.rightName} ${model.rightIp}: ${model.rows.length} segments`)}</desc>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1f2937"/></marker>`,
    `<marker id="arrow-lost" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="10" markerHeight="10"><path d="M1,1 L9,9 M9,1 L1,9" stroke="#b91c1c" stroke-width="2"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="28" text-anchor="middle" font-size="18" font-weight="700" fill="#111827">${escapeXml(o.title)}</text>`,
    `<text x="${WIDTH / 2}" y="48" text-anchor="middle" font-size="13" fill="#4b5563">${escapeXml(o.rangeText)}</text>`,
    `<text x="${LEFT_X}" y="76" text-anchor="middle" font-size="14" font-weight="700" fill="#111827">${escapeXml(`${model.leftName} ${model.leftIp}`)}</text>`,
    `<text x="${RIGHT_X}" y="76" text-anchor="middle" font-size="14" font-weight="700" fill="#111827">${escapeXml(`${model.rightName} ${model.rightIp}`.trim())}</text>`,
    `<line x1="${LEFT_X}" y1="84" x2="${LEFT_X}" y2="${height - 12}" stroke="#9ca3af" stroke-width="2"/>`,
    `<line x1="${RIGHT_X}" y1="84" x2="${RIGHT_X}" y2="${height - 12}" stroke="#9ca3af" stroke-width="2"/>`,
  );
  model.rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    const [x1, x2] = row.toRight ? [LEFT_X, RIGHT_X] : [RIGHT_X, LEFT_X];
    const y2 = y + ROW * 0.6;
    const colour = row.flags.includes('RST')
      ? '#b91c1c'
      : row.flags.includes('SYN')
        ? '#1d4ed8'
        : row.flags.includes('FIN')
          ? '#7c3aed'
          : '#1f2937';
    const endX = row.lost ? x1 + (x2 - x1) * 0.6 : x2;
    const endY = row.lost ? y + (y2 - y) * 0.6 : y2;
    out.push(
      `<g data-segment="${row.id}">`,
      `<text x="12" y="${y + 12}" font-size="12" fill="#4b5563">${row.t.toFixed(3)}</text>`,
      `<line x1="${x1}" y1="${y}" x2="${endX}" y2="${endY}" stroke="${colour}" stroke-width="2"${row.estimated ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${row.lost ? 'arrow-lost' : 'arrow'})"/>`,
      `<text x="${(LEFT_X + RIGHT_X) / 2}" y="${(y + y2) / 2 - 5}" text-anchor="middle" font-size="12" fill="${colour}">${escapeXml(rowLabel(row, o.isn) + (row.retransmit ? ' (retransmission)' : '') + (row.lost ? ` ${o.words.lost}` : ''))}</text>`,
    );
    if (row.leftState) {
      out.push(
        `<text x="${LEFT_X - 8}" y="${(row.toRight ? y : y2) + 4}" text-anchor="end" font-size="12" fill="#111827">${escapeXml(row.leftState)}</text>`,
      );
    }
    if (row.rightState) {
      out.push(
        `<text x="${RIGHT_X + 8}" y="${(row.toRight ? y2 : y) + 4}" font-size="12" fill="#111827"${row.estimated ? ' font-style="italic"' : ''}>${escapeXml(row.rightState)}</text>`,
      );
    }
    out.push('</g>');
  });
  if (model.leftOut) {
    out.push(
      `<text x="${WIDTH / 2}" y="${height - 16}" text-anchor="middle" font-size="12" fill="#4b5563">${escapeXml(o.words.more.replace('{count}', String(model.leftOut)))}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
