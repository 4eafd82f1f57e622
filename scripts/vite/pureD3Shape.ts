/**
 * d3-shape ships as one file whose top level computes constants and builds every curve and symbol
 * (`var bundle = (function custom(beta) {…})(0.85)`, `const tan30 = sqrt(1 / 3)`). Those calls are
 * pure, but a bundler cannot know it without an annotation, so it keeps all of them: every curve
 * and symbol type, when the views use `line`, `area` and `curveStepAfter`. Marking each such
 * top-level initialiser `@__PURE__` lets the unused ones go (about 9 KB raw, 1.2 KB gzip).
 */
import type { Plugin } from 'vite';

const D3_SHAPE = /[\\/]node_modules[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/;
/** `const x = f(…)`, `var x = (function custom(…`, `const y = -cos(…)`: a call at the top level. */
const CALL_INITIALISER = /^((?:const|var) [\w$]+ = )(-?)(?=[\w$(][^;]*\()/;

export function annotatePureInitialisers(code: string): string {
  return code
    .split('\n')
    .map((line) => line.replace(CALL_INITIALISER, '$1$2/* @__PURE__ */ '))
    .join('\n');
}

export function pureD3Shape(): Plugin {
  return {
    name: 'tcpsim-pure-d3-shape',
    transform(code, id) {
      return D3_SHAPE.test(id) ? { code: annotatePureInitialisers(code), map: null } : null;
    },
  };
}
