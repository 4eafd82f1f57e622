/**
 * The ladder as a Mermaid `sequenceDiagram`: one message per segment (a lost one ends in `x`),
 * the states as notes, the title and time range in the diagram's title.
 */
import type { LadderModel } from './ladderModel';
import { rowLabel } from './ladderModel';

/** Mermaid message text cannot hold `;` or `#` unescaped, nor a newline. */
function clean(text: string): string {
  return text.replace(/[;#\n\r]/g, ' ');
}

function participant(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_') || 'host';
}

export function ladderMermaid(
  model: LadderModel,
  title: string,
  rangeText: string,
  isn?: Record<string, number>,
): string {
  const L = participant(model.leftName);
  let R = participant(model.rightName);
  if (R === L) R = `${R}_2`;
  const out = [
    'sequenceDiagram',
    `  title ${clean(`${title} (${rangeText})`)}`,
    `  participant ${L} as ${clean(`${model.leftName} ${model.leftIp}`)}`,
    `  participant ${R} as ${clean(`${model.rightName} ${model.rightIp}`.trim())}`,
  ];
  let leftState: string | null = null;
  let rightState: string | null = null;
  for (const row of model.rows) {
    const [from, to] = row.toRight ? [L, R] : [R, L];
    const arrow = row.lost ? '-x' : '->>';
    out.push(
      `  ${from}${arrow}${to}: ${clean(`${row.t.toFixed(3)} ${rowLabel(row, isn)}${row.retransmit ? ' retransmission' : ''}`)}`,
    );
    if (row.leftState && row.leftState !== leftState) {
      out.push(`  Note left of ${L}: ${row.leftState}`);
      leftState = row.leftState;
    }
    if (row.rightState && row.rightState !== rightState) {
      out.push(`  Note right of ${R}: ${row.rightState}`);
      rightState = row.rightState;
    }
  }
  if (model.leftOut) out.push(`  Note over ${L},${R}: ${model.leftOut} more segments not drawn`);
  return `${out.join('\n')}\n`;
}
