import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS } from '../../sim/scenario/builtins/index';
import { KERNEL_REPLAY, KERNEL_VERSION } from './kernelReplay';

const report = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'docs', 'kernel-agreement.md'),
  'utf8',
);

/** The results table of the generated report: scenario → its result column. */
function reported(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of report.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length > 3 && /^[a-z0-9-]+$/.test(cells[1] ?? '')) rows.set(cells[1]!, cells[2]!);
  }
  return rows;
}

describe('what the scenario card says of the kernel replay', () => {
  it('is what docs/kernel-agreement.md reports, for every built-in', () => {
    const rows = reported();
    for (const id of BUILTIN_IDS) {
      const result = rows.get(id);
      expect(result, `${id} is in the report`).toBeDefined();
      const expected = result === 'segments, windows and states agree' ? 'agree' : 'not-replayed';
      expect(KERNEL_REPLAY[id], id).toBe(expected);
    }
  });

  it('names the kernel the report was made on', () => {
    expect(report).toMatch(
      new RegExp(`real Linux kernel \\(\\*\\*${KERNEL_VERSION.replace('.', '\\.')}[.\\d]*`),
    );
  });
});
