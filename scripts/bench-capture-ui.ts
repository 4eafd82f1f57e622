/**
 * Opens a ~100 MB capture in the app (after `npm run build`) and measures what the user feels:
 * time until the connection list shows, the main thread's long tasks while the worker reads,
 * and frame times (requestAnimationFrame) meanwhile. Prints figures; asserts nothing.
 *   npx tsx scripts/bench-capture-ui.ts [MB]
 * It starts `vite preview` on its own port and stops it at the end.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const PORT = 20000 + Math.floor(Math.random() * 30000);
const BASE = `http://127.0.0.1:${PORT}`;
const targetMb = Number(process.argv[2] ?? 100);

/** The same synthetic capture as bench-capture.ts: the real fixture, copied as new connections. */
function bigCapture(): Uint8Array {
  const fixture = new Uint8Array(
    readFileSync(join(import.meta.dirname, '../src/capture/fixtures/handshake-close.pcap')),
  );
  const records = fixture.subarray(24);
  const copies = Math.ceil((targetMb * 1024 * 1024) / records.length);
  const file = new Uint8Array(24 + copies * records.length);
  file.set(fixture.subarray(0, 24));
  const view = new DataView(file.buffer);
  for (let i = 0; i < copies; i++) {
    const at = 24 + i * records.length;
    file.set(records, at);
    for (let r = at; r < at + records.length;) {
      const incl = view.getUint32(r + 8, true);
      view.setUint32(r, view.getUint32(r, true) + Math.floor(i / 1000), true);
      const tcp = r + 16 + 14 + 20;
      view.setUint16(view.getUint16(tcp + 2) === 9000 ? tcp : tcp + 2, 20000 + (i % 40000));
      r += 16 + incl;
    }
  }
  return file;
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}

const dir = mkdtempSync(join(tmpdir(), 'tcpsim-bench-capture-'));
const path = join(dir, 'big.pcap');
writeFileSync(path, bigCapture());
const preview = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore', detached: true },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  await waitForServer(BASE, 30_000);
  const page = await browser.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Play' }).waitFor();
  await page.getByRole('button', { name: 'Open a capture' }).click();
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  await page.evaluate(`
    window.__long = [];
    window.__frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  const t0 = Date.now();
  await page.getByLabel('Capture file (pcap or pcapng)').setInputFiles(path);
  await page.getByText(/TCP connections\.$/).waitFor({ timeout: 600_000 });
  const listed = Date.now() - t0;
  await page.getByTestId('capture-ladder').locator('[data-segment]').first().waitFor();
  const shown = Date.now() - t0;
  const { long, frames } = (await page.evaluate(
    '({ long: window.__long, frames: window.__frames })',
  )) as { long: number[]; frames: number[] };
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  console.log(`capture import in Chromium (${targetMb} MB synthetic pcap, worker)`);
  console.log(
    `connection list after ${(listed / 1000).toFixed(1)} s, first ladder after ${(shown / 1000).toFixed(1)} s`,
  );
  console.log(
    `frames p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${q(1).toFixed(1)} ms; long tasks ${long.length}, longest ${Math.max(0, ...long).toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  if (preview.pid) process.kill(-preview.pid);
  rmSync(dir, { recursive: true, force: true });
}
