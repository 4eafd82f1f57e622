import { chromium } from 'playwright-core';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const mode of ['idle', 'waapi', 'gwaapi', 'clipanim']) for (const q of ['', '?sampler=1']) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.goto(`file:///work/tmp/exp/page.html${q}#${mode}`);
    await page.waitForTimeout(500);
    const m = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as any).metrics.map((x: any) => [x.name, x.value]));
    const a = await m(); await page.waitForTimeout(2000); const b = await m();
    console.log((mode + q).padEnd(24), ((b.TaskDuration - a.TaskDuration) / (b.Timestamp - a.Timestamp) * 100).toFixed(1), '%');
    await ctx.close();
  }
  await browser.close();
})();
