import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, startPreview, waitForServer } from './benchBrowser';
const port = 4398;
const base = `http://127.0.0.1:${port}`;
const preview = startPreview(port);
const q = process.env.Q ?? 'scenario=handshake-and-close&speed=0.25';
const hides = (process.argv.slice(2).length ? process.argv.slice(2) : ['']);
(async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await waitForServer(base, 30000);
    for (const hide of hides) {
      const res: number[] = [];
      for (let rep = 0; rep < Number(process.env.REPS ?? 2); rep++) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
        const page = await ctx.newPage();
        if (process.env.SAMPLER) await page.addInitScript('(() => { const loop = () => requestAnimationFrame(loop); requestAnimationFrame(loop); })()');
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
        await page.goto(`${base}/?${q}`);
        if (hide) await page.addStyleTag({ content: hide.includes('{') ? hide : `${hide} { display: none !important; }` });
        await page.getByRole('button', { name: 'Play', exact: true }).click();
        if (process.env.OVERLAY) await page.evaluate(() => { const host = document.querySelector('.views__ladder') as HTMLElement; const d = document.createElement('div'); d.style.cssText = 'position:absolute;left:60px;right:0;top:0;height:0;border-top:1px dashed #d55e00;pointer-events:none'; host.appendChild(d); d.animate([{ transform: 'translateY(60px)' }, { transform: 'translateY(300px)' }], { duration: 20000, fill: 'forwards' }); });
        await page.waitForTimeout(500);
        const m = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as any).metrics.map((x: any) => [x.name, x.value]));
        const a = await m();
        await page.waitForTimeout(3000);
        const b = await m();
        res.push((b.TaskDuration - a.TaskDuration) / (b.Timestamp - a.Timestamp) * 100);
        if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
        await ctx.close();
      }
      console.log(`${(hide || '(none)').padEnd(50)} busy ${res.map((r) => r.toFixed(0)).join(' / ')} %`);
    }
  } finally { await browser.close(); if (preview.pid) process.kill(-preview.pid); }
})();
