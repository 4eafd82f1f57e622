/**
 * The embed script's weight: raw and gzip (what a documentation page pays to show the simulator).
 * `npm run build:embed` first. Exits non-zero above the budget; `npm test` runs it last.
 *
 * The budget is 150 KB of gzip -9 output, KB meaning 1024 bytes. Vite's build log prints another
 * figure for the same file (kB of 1000 bytes, its own compressor at its default level), so this
 * prints the bytes as well, at both gzip levels a server is likely to use.
 *
 *   npm run size
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET_GZIP_BYTES = 150 * 1024;

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'dist/embed/tcp-handshake-sim.js');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

let code: Buffer;
try {
  code = readFileSync(file);
} catch {
  console.error(`${path.relative(root, file)} is missing: run npm run build:embed first.`);
  process.exit(2);
}
const gzip = gzipSync(code, { level: 9 }).length;
const gzipDefault = gzipSync(code).length;
// What most static hosts (GitHub Pages, Netlify, Vercel, Cloudflare) send to current browsers.
const brotli = brotliCompressSync(code, {
  params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
}).length;
console.log(`${path.relative(root, file)}`);
console.log(`  raw      ${kb(code.length)} (${code.length} bytes)`);
console.log(`  gzip -9  ${kb(gzip)} (${gzip} bytes), budget ${kb(BUDGET_GZIP_BYTES)}`);
console.log(`  gzip -6  ${kb(gzipDefault)} (${gzipDefault} bytes)`);
console.log(`  brotli   ${kb(brotli)} (${brotli} bytes)`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`Over budget by ${kb(gzip - BUDGET_GZIP_BYTES)}.`);
  process.exit(1);
}
