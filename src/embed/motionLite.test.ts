/**
 * The embed replaces framer-motion with motionLite.tsx (vite.embed.config.ts). This guards the
 * swap: everything the UI imports from framer-motion must exist there, or the embed would break.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lite from './motionLite';

const ui = path.join(path.dirname(fileURLToPath(import.meta.url)), '../ui');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Types are erased; only values need to exist at run time. */
const TYPES = new Set(['MotionValue']);

describe('motionLite', () => {
  it('provides every name the UI imports from framer-motion', () => {
    const missing: string[] = [];
    for (const file of sources(ui)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'framer-motion'/g)) {
        for (const raw of m[1]!.split(',')) {
          const name = raw
            .replace(/^\s*type\s+/, '')
            .trim()
            .split(/\s+as\s+/)[0]!;
          if (!name || /^\s*type\s/.test(raw) || TYPES.has(name)) continue;
          if (!(name in lite)) missing.push(`${path.relative(ui, file)}: ${name}`);
        }
      }
      expect(text, file).not.toMatch(/from\s*'framer-motion\//);
      expect(text, file).not.toMatch(/import\s+\*\s+as\s+\w+\s+from\s*'framer-motion'/);
    }
    expect(missing).toEqual([]);
  });

  it('derives values that follow their source', () => {
    const source = new lite.MotionValue(1);
    const seen: number[] = [];
    const off = source.on('change', (v) => seen.push(v));
    source.set(2);
    source.set(2);
    off();
    source.set(3);
    expect(seen).toEqual([2]);
    expect(source.get()).toBe(3);
  });
});
