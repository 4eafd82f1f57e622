/**
 * inPage.ts as one script a driver can evaluate in any document (a page or a frame), installing
 * itself once per document as globalThis.__engineWalk.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Probe, WireQuery } from './query';

export interface InPage {
  find(q: WireQuery): Element | null;
  probe(el: Element): Probe;
  optionValue(el: Element, label: string): string | null;
  problems(): string[];
}

export async function bundleInPage(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./inPage.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: '__engineWalkModule',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text.replace(/^var __engineWalkModule = /m, 'return ');
  // A function body: evaluated as one, it returns the module's exports.
  return `if (!globalThis.__engineWalk) globalThis.__engineWalk = (function () {\n${code}\n})();`;
}
