import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as d3 from 'd3-shape';
import { annotatePureInitialisers } from './pureD3Shape';

const file = fileURLToPath(import.meta.resolve('d3-shape'));
const original = readFileSync(file, 'utf8');

describe('pure annotations for d3-shape', () => {
  it('marks the curve factories and computed constants, and nothing else', () => {
    const annotated = annotatePureInitialisers(original);
    expect(annotated).toContain('var bundle = /* @__PURE__ */ (function custom(beta) {');
    expect(annotated).toContain('const tan30 = /* @__PURE__ */ sqrt(1 / 3);');
    expect(annotated).toContain('const ky = -/* @__PURE__ */ cos(tau / 10) * kr;');
    expect(annotated).toContain('const pi = Math.PI;');
    // Only comments are added: remove them and the file is what d3 shipped.
    expect(annotated.replaceAll('/* @__PURE__ */ ', '')).toBe(original);
  });

  it('leaves the module drawing the same paths', async () => {
    // d3-shape imports d3-path by name, which a data: URL cannot resolve: point it at the file.
    const code = annotatePureInitialisers(original).replace(
      /from ['"]d3-path['"]/,
      `from ${JSON.stringify(import.meta.resolve('d3-path'))}`,
    );
    const annotated = (await import(
      /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as typeof d3;
    const points: [number, number][] = [
      [0, 0],
      [10, 5],
      [20, 3],
    ];
    for (const curve of ['curveStepAfter', 'curveCardinal', 'curveBundle'] as const) {
      expect(annotated.line().curve(annotated[curve])(points)).toBe(
        d3.line().curve(d3[curve])(points),
      );
    }
    expect(annotated.area().curve(annotated.curveStepAfter)(points)).toBe(
      d3.area().curve(d3.curveStepAfter)(points),
    );
  });
});
