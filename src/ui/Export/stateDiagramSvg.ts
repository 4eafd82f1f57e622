/**
 * The TCP state diagram (RFC 9293 Figure 5, as the app lays it out) as a standalone SVG in the
 * light theme, with the states a socket walked drawn bold. Pure string building from the same
 * layout the app's diagram uses.
 */
import type { TcpState } from '../../sim/state';
import { LAYOUTS } from '../StateDiagram/diagramModel';
import { escapeXml } from './ladderSvg';

export function stateDiagramSvg(
  title: string,
  rangeText: string,
  visited: ReadonlySet<TcpState> = new Set(),
): string {
  const layout = LAYOUTS.wide;
  const pad = 60;
  const width = layout.width;
  const height = layout.height + pad;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif" role="img">`,
    `<title>${escapeXml(`${title} (${rangeText})`)}</title>`,
    `<defs><marker id="sd-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#374151"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="18" font-weight="700" fill="#111827">${escapeXml(title)}</text>`,
    `<text x="${width / 2}" y="44" text-anchor="middle" font-size="13" fill="#4b5563">${escapeXml(rangeText)}</text>`,
    `<g transform="translate(0 ${pad})">`,
  ];
  for (const e of layout.edges) {
    const walked = visited.has(e.from) && visited.has(e.to);
    out.push(
      `<path d="${e.d}" fill="none" stroke="${walked ? '#1d4ed8' : '#6b7280'}" stroke-width="${walked ? 3 : 1.5}" marker-end="url(#sd-arrow)"/>`,
    );
    const label = [e.event, e.action].filter(Boolean).join(' / ');
    out.push(
      `<text x="${e.label.x}" y="${e.label.y}" text-anchor="${e.label.anchor}" font-size="${layout.labelSize}" fill="#374151">${escapeXml(label)}</text>`,
    );
  }
  for (const n of Object.values(layout.nodes)) {
    const on = visited.has(n.state);
    out.push(
      `<rect x="${n.x - n.w / 2}" y="${n.y - n.h / 2}" width="${n.w}" height="${n.h}" rx="8" fill="${on ? '#dbeafe' : '#f9fafb'}" stroke="${on ? '#1d4ed8' : '#374151'}" stroke-width="${on ? 3 : 1.5}"/>`,
      `<text x="${n.x}" y="${n.y + layout.fontSize / 3}" text-anchor="middle" font-size="${layout.fontSize}" font-weight="${on ? 700 : 400}" fill="#111827">${n.state}</text>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
