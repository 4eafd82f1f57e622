import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { format } from './formatLeftOut';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('d3-format, left out of the embed build', () => {
  it('is never needed: no view calls tickFormat or imports d3-format', () => {
    const self = path.join(src, 'embed/d3/formatLeftOut.ts');
    const users = sources(src).filter((file) => {
      if (file === self) return false;
      const text = readFileSync(file, 'utf8');
      return /\.tickFormat\(|from 'd3-format'/.test(text);
    });
    expect(users.map((f) => path.relative(src, f))).toEqual([]);
  });

  it('says where it went if something calls it anyway', () => {
    expect(() => format(',f')).toThrow(/formatLeftOut\.ts/);
  });
});
