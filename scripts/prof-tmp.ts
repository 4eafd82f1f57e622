import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, startPreview, waitForServer } from './benchBrowser';
const port = 4399;
const base = `http://127.0.0.1:${port}`;
const preview = startPreview(port);
const q = process.argv[2] ?? 'scenario=handshake-and-close&speed=0.25';
(async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await waitForServer(base, 30000);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    if (process.env.SAMPLER) await page.addInitScript('(() => { const loop = () => requestAnimationFrame(loop); requestAnimationFrame(loop); })()');
    await page.goto(`${base}/?${q}`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(500);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.waitForTimeout(3000);
    const buf = await browser.stopTracing();
    const { profile } = (await cdp.send('Profiler.stop')) as any;
    const self: Record<string, number> = {};
    const dt = profile.timeDeltas as number[];
    const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
    profile.samples.forEach((id: number, i: number) => {
      const n = byId.get(id); const cf = n.callFrame;
      const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
      self[k] = (self[k] ?? 0) + (dt[i] ?? 0) / 1000;
    });
    for (const [k, v] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k);
    console.log('---');
    const tr = JSON.parse(buf.toString());
    const events = tr.traceEvents as any[];
    // main thread: find CrRendererMain tid
    const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const tids = new Set(names.map((e) => `${e.pid}:${e.tid}`));
    const sums: Record<string, { n: number; ms: number }> = {};
    for (const e of events) {
      if (!tids.has(`${e.pid}:${e.tid}`) || e.ph !== 'X' || !e.dur) continue;
      const s = (sums[e.name] ??= { n: 0, ms: 0 });
      s.n++; s.ms += e.dur / 1000;
    }
    const rows = Object.entries(sums).sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
    for (const [k, v] of rows) console.log(k.padEnd(40), v.n, v.ms.toFixed(1));
    const fs = await import('node:fs');
    fs.writeFileSync('/work/tmp/trace.json', buf);
  } finally { await browser.close(); if (preview.pid) process.kill(-preview.pid); }
})();
