/**
 * How smooth the simulator stays under load: plays heavy scenarios in Chromium and prints frame
 * times (requestAnimationFrame deltas, sampled in the page) and long tasks (PerformanceObserver
 * 'longtask'). Then port exhaustion from navigation on: the longest task while its run is computed
 * in the worker, when Play answers, when the run is complete, playing at 4×, 200 drags of the
 * timeline (longest task, and how long the view takes to catch up after the last), and the JS heap.
 *
 *   npx vite build && npx tsx scripts/bench-ui.ts
 *
 * It starts `vite preview` on a port of its own (BENCH_PORT, else a random one) and stops it at
 * the end.
 */
import { CHROMIUM, CHROMIUM_ARGS, percentile, startPreview, waitForServer } from './benchBrowser';
import { chromium, type Page } from 'playwright-core';

const PORT = Number(process.env.BENCH_PORT ?? 20000 + Math.floor(Math.random() * 40000));
const BASE = `http://127.0.0.1:${PORT}`;

interface Case {
  name: string;
  scenario: object;
  speed: number;
  /** Wall-clock seconds of playback sampled. */
  seconds: number;
}

const HOSTS = { client: '192.168.123.10', server: '10.0.0.80' };

const CASES: Case[] = [
  {
    name: 'SYN flood, 2,000 SYNs',
    speed: 1,
    seconds: 6,
    scenario: {
      version: 1,
      title: 'Bench: a 2,000-SYN flood',
      seed: 7,
      settings: { syncookies: true },
      hosts: HOSTS,
      steps: [
        { at: 0, host: 'server', do: 'listen', port: 80, backlog: 128, as: 'web' },
        { at: 0.1, do: 'flood', to: 'server:80', count: 2000, rate: 400 },
        { at: 1, host: 'client', do: 'connect', to: 'server:80', as: 'c1' },
      ],
    },
  },
  {
    name: '5,000 sockets into TIME_WAIT',
    speed: 4,
    seconds: 6,
    scenario: {
      version: 1,
      title: 'Bench: 5,000 short connections',
      seed: 7,
      hosts: HOSTS,
      steps: [
        { at: 0, host: 'server', do: 'listen', port: 80, backlog: 4096, as: 'web' },
        {
          at: 0.1,
          host: 'client',
          do: 'connect',
          to: 'server:80',
          as: 'req',
          count: 5000,
          interval: 0.002,
          closeAfter: 0,
        },
      ],
    },
  },
];

interface Sample {
  frames: number[];
  longTasks: number[];
}

// Page scripts are strings: tsx would otherwise wrap named functions in a helper the page lacks.
const START_SAMPLING = `(() => {
  const bench = { frames: [], longTasks: [], stop: false };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (now) => {
    bench.frames.push(now - last);
    last = now;
    if (!bench.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const STOP_SAMPLING = `(() => {
  window.__bench.stop = true;
  return { frames: window.__bench.frames.slice(1), longTasks: window.__bench.longTasks };
})()`;

async function sample(page: Page, seconds: number): Promise<Sample> {
  await page.evaluate(START_SAMPLING);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(seconds * 1000);
  return (await page.evaluate(STOP_SAMPLING)) as Sample;
}

// Installed before the page's own scripts: long tasks from navigation on.
const OBSERVE_FROM_LOAD = `(() => {
  const seen = { longTasks: [] };
  window.__fromLoad = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})()`;

const LONG_TASKS_SINCE = (from: number) => `window.__fromLoad.longTasks.slice(${from})` as const;

async function heapMB(page: Page): Promise<{ used: number; afterGc: number }> {
  const cdp = await page.context().newCDPSession(page);
  const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return { used: before.usedSize / 1e6, afterGc: after.usedSize / 1e6 };
}

async function portExhaustion(page: Page): Promise<void> {
  await page.addInitScript(OBSERVE_FROM_LOAD);
  const start = Date.now();
  await page.goto(`${BASE}/?scenario=port-exhaustion&speed=4`);
  const play = page.getByRole('button', { name: 'Play' });
  await play.waitFor();
  // Play answers: the click turns it into Pause.
  await play.click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  const playAnswered = Date.now() - start;
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('progressbar').waitFor({ state: 'hidden', timeout: 300_000 });
  const complete = Date.now() - start;
  const loadTasks = (await page.evaluate(LONG_TASKS_SINCE(0))) as number[];
  const { frames, longTasks } = await sample(page, 6);
  const sorted = [...frames].sort((a, b) => a - b);
  const heapAfterPlay = await heapMB(page);
  await page.getByRole('button', { name: 'Pause' }).click();

  // Scrubbing: 200 drags back and forth, then one to 59 s, where the client holds 28,232 ports.
  const slider = page.getByRole('slider', { name: 'Time' });
  const before = ((await page.evaluate(LONG_TASKS_SINCE(0))) as number[]).length;
  const scrubStart = Date.now();
  for (let i = 0; i < 200; i++) await slider.fill(String(((i * 37) % 50) + 0.5));
  await slider.fill('3');
  const count = page
    .getByRole('group', { name: 'Sockets by state' })
    .first()
    .getByRole('listitem')
    .filter({ hasText: 'TIME_WAIT' });
  await count.filter({ hasNotText: '28,232' }).first().waitFor();
  const lastDrag = Date.now();
  await slider.fill('59');
  await count.filter({ hasText: '28,232' }).first().waitFor();
  const caughtUp = Date.now() - lastDrag;
  const scrubMs = Date.now() - scrubStart;
  const scrubTasks = ((await page.evaluate(LONG_TASKS_SINCE(before))) as number[]).sort(
    (a, b) => b - a,
  );
  const heapEnd = await heapMB(page);

  const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  console.log('port exhaustion (28,232 connections), from navigation, speed 4×');
  console.log(`  Play answers           ${playAnswered} ms after navigation`);
  console.log(`  run complete           ${complete} ms after navigation (computed in the worker)`);
  console.log(
    `  long tasks until then  ${loadTasks.length}, longest ${max(loadTasks).toFixed(0)} ms`,
  );
  console.log(
    `  playing 6 s at 4×      frames p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms; long tasks ${longTasks.length}, longest ${max(longTasks).toFixed(0)} ms`,
  );
  console.log(
    `  JS heap after play     ${heapAfterPlay.used.toFixed(1)} MB (${heapAfterPlay.afterGc.toFixed(1)} MB after a collection)`,
  );
  console.log(
    `  202 drags              ${scrubMs} ms; long tasks ${scrubTasks.length}, longest ${(scrubTasks[0] ?? 0).toFixed(0)} ms; view caught up ${caughtUp} ms after the last`,
  );
  console.log(
    `  JS heap at the end     ${heapEnd.used.toFixed(1)} MB (${heapEnd.afterGc.toFixed(1)} MB after a collection)\n`,
  );
}

async function main(): Promise<void> {
  const preview = startPreview(PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await waitForServer(BASE, 30_000);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    console.log('UI benchmark: 1280×720, playing each scenario from t = 0\n');
    for (const c of CASES) {
      const url = `${BASE}/?speed=${c.speed}#scenario=${encodeURIComponent(JSON.stringify(c.scenario))}`;
      const loadStart = Date.now();
      await page.goto(url);
      await page.getByRole('button', { name: 'Play' }).waitFor();
      const loadMs = Date.now() - loadStart;
      const { frames, longTasks } = await sample(page, c.seconds);
      const sorted = [...frames].sort((a, b) => a - b);
      const simTime = await page.getByRole('slider').inputValue();
      const total = longTasks.reduce((a, b) => a + b, 0);
      console.log(
        `${c.name} (speed ${c.speed}×, ${c.seconds} s sampled, reached t = ${Number(simTime).toFixed(2)} s)`,
      );
      console.log(
        `  page ready        ${loadMs} ms (Play shown; the run is computed in the worker)`,
      );
      console.log(`  frames            ${frames.length}`);
      console.log(`  frame time p50    ${percentile(sorted, 50).toFixed(1)} ms`);
      console.log(`  frame time p95    ${percentile(sorted, 95).toFixed(1)} ms`);
      console.log(`  frame time max    ${(sorted[sorted.length - 1] ?? Number.NaN).toFixed(1)} ms`);
      console.log(`  long tasks        ${longTasks.length}, ${total.toFixed(0)} ms in total\n`);
    }
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await portExhaustion(fresh);
  } finally {
    await browser.close();
    if (preview.pid) process.kill(-preview.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
