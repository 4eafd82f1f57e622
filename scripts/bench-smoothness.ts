/**
 * What a user feels, measured in Chromium: how busy the main thread is while a scenario plays,
 * frame times, the longest task from navigation to the end of play, how long Play takes to
 * answer, the JS heap after play, and (port exhaustion) scrubbing the timeline back and forth.
 *
 *   npm run build && npm run bench:ui
 *
 * BENCH_CASES=handshake,port picks cases by name; BENCH_DRAGS sets the scrubbing case's drags.
 * It serves dist/ with `vite preview` on its own port (BENCH_PORT, or a free one) and stops it at
 * the end. It prints figures and asserts nothing: the machine's load shows in them, so run it on a
 * quiet machine and say which one.
 */
import { createServer } from 'node:net';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS, percentile, startPreview, waitForServer } from './benchBrowser';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';

const VIEWPORT = { width: 1280, height: 800 };
/** Wall-clock seconds of play sampled per case. */
const PLAY_SECONDS = 3;
/** Timeline drags in the scrubbing case. */
const DRAGS = Number(process.env.BENCH_DRAGS ?? 200);

interface Case {
  name: string;
  /** Query string after `?` (a built-in) or a scenario for the `#scenario=` fragment. */
  query: string;
  scenario?: object;
  speed: number;
  scrub?: boolean;
}

const HOSTS = { client: '192.168.123.10', server: '10.0.0.80' };

const CASES: Case[] = [
  { name: 'handshake-and-close', query: 'scenario=handshake-and-close', speed: 0.25 },
  { name: 'port-exhaustion', query: 'scenario=port-exhaustion', speed: 4, scrub: true },
  {
    name: 'SYN flood, 10,000 spoofed SYNs',
    query: '',
    speed: 4,
    scenario: {
      version: 1,
      title: 'Bench: a 10,000-SYN flood',
      seed: 7,
      settings: { syncookies: true },
      hosts: HOSTS,
      steps: [
        { at: 0, host: 'server', do: 'listen', port: 80, backlog: 128, as: 'web' },
        { at: 0.1, do: 'flood', to: 'server:80', count: 10000, rate: 1000 },
        { at: 1, host: 'client', do: 'connect', to: 'server:80', as: 'c1' },
      ],
    },
  },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// Page scripts are strings: tsx would otherwise wrap named functions in a helper the page lacks.
/** Installed before any page script: long tasks from navigation on, and a frame sampler. */
const OBSERVE_FROM_NAVIGATION = `(() => {
  const bench = { longTasks: [], frames: [], sampling: false };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = 0;
  const tick = (now) => {
    if (bench.sampling) bench.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/**
 * The same page without the frame sampler. A requestAnimationFrame loop makes the browser run a
 * full frame on the page's thread every vsync, and then even animations the compositor plays cost
 * the page a style pass and a commit each frame: a visitor's page has no such loop, so the busy
 * share is also measured without it.
 */
const OBSERVE_WITHOUT_FRAMES = `(() => {
  window.__bench = { longTasks: [], frames: [], sampling: false };
})()`;

const START_FRAMES = `(() => { window.__bench.frames = []; window.__bench.sampling = true; })()`;
const STOP_FRAMES = `(() => { window.__bench.sampling = false; return window.__bench.frames.slice(1); })()`;
const LONG_TASKS = `window.__bench.longTasks`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(cdp);
  return m.JSHeapUsedSize ?? Number.NaN;
}

interface Row {
  name: string;
  busy: number;
  jsMs: number;
  p50: number;
  p95: number;
  max: number;
  over25: number;
  longestLoad: number;
  longestPlay: number;
  playAnswers: number;
  heapMb: number;
  /** The JS heap once the whole run is in the page, at its last event (the most sockets). */
  heapCompleteMb?: number;
  /** gzip -9 bytes of every script fetched, and how many. */
  scriptBytes: number;
  scripts: number;
  reached: string;
  scrub?: { longest: number; settle: number; seconds: number };
}

/** The case again in a fresh page without the frame sampler: only the busy share while playing. */
async function busyWithoutSampler(browser: Browser, base: string, c: Case): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(OBSERVE_WITHOUT_FRAMES);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const hash = c.scenario ? `#scenario=${encodeURIComponent(JSON.stringify(c.scenario))}` : '';
    const query = [c.query, `speed=${c.speed}`].filter(Boolean).join('&');
    await page.goto(`${base}/?${query}${hash}`, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Play', exact: true }).click({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    const before = await metrics(cdp);
    await page.waitForTimeout(PLAY_SECONDS * 1000);
    const after = await metrics(cdp);
    return (after.TaskDuration! - before.TaskDuration!) / (after.Timestamp! - before.Timestamp!);
  } finally {
    await context.close();
  }
}

async function runCase(page: Page, cdp: CDPSession, base: string, c: Case): Promise<Row> {
  const hash = c.scenario ? `#scenario=${encodeURIComponent(JSON.stringify(c.scenario))}` : '';
  const query = [c.query, `speed=${c.speed}`].filter(Boolean).join('&');
  const scriptUrls = new Set<string>();
  page.on('response', (res) => {
    if (new URL(res.url()).pathname.endsWith('.js')) scriptUrls.add(res.url());
  });
  const navStart = Date.now();
  await page.goto(`${base}/?${query}${hash}`, { waitUntil: 'commit' });
  // Play answers when the button, clicked as soon as it exists, turns into Pause.
  await page.getByRole('button', { name: 'Play', exact: true }).click({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).waitFor({ timeout: 120_000 });
  const playAnswers = Date.now() - navStart;
  const loadTasks = (await page.evaluate(LONG_TASKS)) as { start: number; duration: number }[];
  const longestLoad = Math.max(0, ...loadTasks.map((t) => t.duration));
  // Let the page settle into playing, then sample a window.
  await page.waitForTimeout(500);
  await page.evaluate(START_FRAMES);
  const before = await metrics(cdp);
  await page.waitForTimeout(PLAY_SECONDS * 1000);
  const after = await metrics(cdp);
  const frames = (await page.evaluate(STOP_FRAMES)) as number[];
  const allTasks = (await page.evaluate(LONG_TASKS)) as { start: number; duration: number }[];
  const longestPlay = Math.max(0, ...allTasks.slice(loadTasks.length).map((t) => t.duration));
  const wall = after.Timestamp! - before.Timestamp!;
  const busy = (after.TaskDuration! - before.TaskDuration!) / wall;
  const jsMs = ((after.ScriptDuration! - before.ScriptDuration!) * 1000 * PLAY_SECONDS) / wall;
  // The run may have ended (and Play come back) within the window.
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isVisible()) await pause.click();
  const reached = await page.getByRole('slider').first().inputValue();
  const heapMb = (await heapAfterGc(cdp)) / 2 ** 20;
  const sorted = [...frames].sort((a, b) => a - b);
  let scriptBytes = 0;
  for (const url of scriptUrls) {
    scriptBytes += gzipSync(await (await page.request.get(url)).body(), { level: 9 }).length;
  }
  const row: Row = {
    scriptBytes,
    scripts: scriptUrls.size,
    name: c.name,
    busy,
    jsMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    over25: frames.filter((f) => f > 25).length,
    longestLoad,
    longestPlay,
    playAnswers,
    heapMb,
    reached,
  };
  if (c.scrub) row.scrub = await scrub(page);
  if (c.scrub) row.heapCompleteMb = await heapWhenComplete(page, cdp);
  return row;
}

/**
 * The JS heap (after a collection) once the worker has sent the whole run, with the timeline at
 * 59 s, where the client holds the most sockets (28,232 in TIME_WAIT): everything the page keeps
 * of port exhaustion, and its biggest snapshot.
 */
async function heapWhenComplete(page: Page, cdp: CDPSession): Promise<number> {
  await page.getByRole('progressbar').waitFor({ state: 'hidden', timeout: 300_000 });
  await page.getByRole('slider').first().fill('59');
  await page
    .getByRole('group', { name: 'Sockets by state' })
    .first()
    .getByRole('listitem')
    .filter({ hasText: 'TIME_WAIT' })
    .filter({ hasText: '28,232' })
    .first()
    .waitFor();
  return (await heapAfterGc(cdp)) / 2 ** 20;
}

/**
 * Drags the timeline's thumb back and forth DRAGS times, then waits until the views show the
 * time the scrubber shows (the page has caught up).
 */
async function scrub(page: Page): Promise<{ longest: number; settle: number; seconds: number }> {
  const slider = page.getByRole('slider').first();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const seen = ((await page.evaluate(LONG_TASKS)) as unknown[]).length;
  const start = Date.now();
  for (let i = 0; i < DRAGS; i++) {
    const from = box.x + box.width * (0.1 + 0.8 * ((i * 37) % 100) * 0.01);
    const to = box.x + box.width * (0.1 + 0.8 * ((i * 61 + 50) % 100) * 0.01);
    await page.mouse.move(from, y);
    await page.mouse.down();
    await page.mouse.move(to, y, { steps: 4 });
    await page.mouse.up();
  }
  const dragged = Date.now();
  // Caught up: two animation frames in a row arrive promptly.
  await page.evaluate(
    `new Promise((resolve) => { const check = (a) => requestAnimationFrame((b) => (b - a < 50 ? resolve() : requestAnimationFrame(check))); requestAnimationFrame(check); })`,
  );
  const settle = Date.now() - dragged;
  const tasks = (await page.evaluate(LONG_TASKS)) as { duration: number }[];
  const longest = Math.max(0, ...tasks.slice(seen).map((t) => t.duration));
  return { longest, settle, seconds: (dragged - start) / 1000 };
}

function ms(n: number): string {
  return `${n.toFixed(n < 100 ? 1 : 0)} ms`;
}

async function main(): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const base = `http://127.0.0.1:${port}`;
  const preview = startPreview(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await waitForServer(base, 30_000);
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `smoothness benchmark: production build, Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, ${os.cpus().length} × ${cpu}, load average ${os.loadavg()[0]!.toFixed(2)}\n`,
    );
    // BENCH_CASES=handshake,flood runs only the cases whose names contain one of the words.
    const only = process.env.BENCH_CASES?.split(',').map((w) => w.trim().toLowerCase());
    for (const c of CASES.filter(
      (k) => !only || only.some((w) => k.name.toLowerCase().includes(w)),
    )) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript(OBSERVE_FROM_NAVIGATION);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
      const r = await runCase(page, cdp, base, c);
      await context.close();
      const quiet = await busyWithoutSampler(browser, base, c);
      console.log(
        `${r.name} (Play at ${c.speed}×, ${PLAY_SECONDS} s sampled, reached t = ${r.reached} s)`,
      );
      console.log(
        `  main thread busy while playing   ${(r.busy * 100).toFixed(0)} % (frames sampled)`,
      );
      console.log(`  … without the frame sampler      ${(quiet * 100).toFixed(0)} %`);
      console.log(`  JS per ${PLAY_SECONDS} s of play              ${ms(r.jsMs)}`);
      console.log(`  frame p50 / p95 / max            ${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.max)}`);
      console.log(`  frames over 25 ms                ${r.over25}`);
      console.log(`  longest task, load / play        ${ms(r.longestLoad)} / ${ms(r.longestPlay)}`);
      console.log(`  navigation until Play answers    ${ms(r.playAnswers)}`);
      console.log(`  JS heap after play (after GC)    ${r.heapMb.toFixed(1)} MB`);
      if (r.heapCompleteMb !== undefined) {
        console.log(
          `  JS heap, whole run, at 59 s      ${r.heapCompleteMb.toFixed(1)} MB (after GC)`,
        );
      }
      console.log(
        `  JavaScript downloaded            ${(r.scriptBytes / 1024).toFixed(1)} KB gzip in ${r.scripts} files`,
      );
      if (r.scrub) {
        console.log(
          `  scrubbing: ${DRAGS} drags in ${r.scrub.seconds.toFixed(1)} s, longest task ${ms(r.scrub.longest)}, caught up ${ms(r.scrub.settle)} after the last`,
        );
      }
      console.log('');
    }
  } finally {
    await browser.close();
    if (preview.pid) process.kill(-preview.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
