/**
 * Guards the core's boundary (docs/architecture.md, rule 1): src/sim imports no UI framework, no
 * DOM and no Node API, and takes no wall-clock time or unseeded randomness. The tsconfig.sim.json
 * typecheck catches DOM globals; this test reads the sources so an `any` cannot sneak one past it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.ts$/.test(d.name) && !/\.test\.ts$/.test(d.name) ? [path] : [];
  });
}

/** The source without comments and string contents, so prose mentioning `window` is fine. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/`(?:\\.|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\])*'/g, "''");
}

const FORBIDDEN_IMPORTS =
  /^(react|react-dom|zustand|d3|d3-.*|framer-motion|motion|node:.*|fs|path|os|child_process)(\/.*)?$/;
const FORBIDDEN_GLOBALS = [
  /\bMath\.random\b/,
  /\bDate\.now\b/,
  /\bnew Date\b/,
  /\bperformance\.now\b/,
  /\bsetTimeout\b/,
  /\bsetInterval\b/,
  /\brequestAnimationFrame\b/,
  /\bwindow\./,
  /\bdocument\./,
  /\bnavigator\./,
  /\blocalStorage\b/,
  /\bprocess\./,
  /\bBuffer\b/,
  /\brequire\(/,
];

describe('the core boundary', () => {
  const files = sources(root);

  it('finds the core sources to check', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it('imports nothing but its own modules', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /(?:import|export)[^'"]*from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
      )) {
        const spec = m[1] ?? m[2]!;
        if (!spec.startsWith('.') || FORBIDDEN_IMPORTS.test(spec)) {
          offenders.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('uses no wall clock, timers, unseeded randomness or host globals', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = code(readFileSync(file, 'utf8'));
      for (const pattern of FORBIDDEN_GLOBALS) {
        if (pattern.test(text)) offenders.push(`${relative(root, file)}: ${pattern.source}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('would catch a forbidden import (the checker is not vacuous)', () => {
    expect(FORBIDDEN_IMPORTS.test('react')).toBe(true);
    expect(FORBIDDEN_IMPORTS.test('d3-scale')).toBe(true);
    expect(FORBIDDEN_IMPORTS.test('zustand/vanilla')).toBe(true);
    expect(FORBIDDEN_GLOBALS.some((p) => p.test(code('const x = Math.random();')))).toBe(true);
    expect(
      FORBIDDEN_GLOBALS.some((p) => p.test(code("// Math.random is banned\nconst s = 'Date.now'"))),
    ).toBe(false);
  });
});
