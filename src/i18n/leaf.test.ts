/**
 * Keeps the house easy to walk: the dictionary is a leaf (nothing UI-specific flows into
 * src/i18n, so no circle runs through translate.ts), and the store's teaching slice does not
 * import the store back. Reads the sources' import lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

describe('module boundaries', () => {
  it('src/i18n imports nothing outside itself but the scenario ids and state names', () => {
    const outside = sources(join(src, 'i18n')).flatMap((file) =>
      imports(file)
        .filter((spec) => spec.startsWith('../') && !/^\.\.\/(\.\.\/)?sim\//.test(spec))
        .map((spec) => `${file.slice(src.length)} -> ${spec}`),
    );
    expect(outside).toEqual([]);
  });

  it('the teaching slice does not import the store that holds it', () => {
    const back = imports(join(src, 'store', 'teachSlice.ts')).filter((s) =>
      /createSimStore|\.\/index|^\.$/.test(s),
    );
    expect(back).toEqual([]);
  });
});
