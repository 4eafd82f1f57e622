/**
 * npm run test:engines: the user walks (walks.ts) in Chromium, Firefox ESR and WebKitGTK against
 * the production build (dist/), served by `vite preview` under the strict CSP of vite.config.ts.
 *
 *   tsx e2e/engines/run.ts [chromium] [firefox] [webkit]    (all three when none is named)
 *
 * ENGINES_PORT picks the preview's port (default: a free one). Every process started here (the
 * server, the browsers, Xvfb, WebKitWebDriver) is ended on the way out, whatever happens.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { bundleInPage } from './bundle';
import type { Engine } from './driver';
import { startGroup, stopGroup } from './processes';
import { launchPuppeteer } from './puppeteerEngine';
import { walkAll } from './walks';
import { launchWebKit } from './webkitEngine';

type EngineName = 'chromium' | 'firefox' | 'webkit';
const ALL: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

const root = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, server: ReturnType<typeof startGroup>): Promise<void> {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A browser that stops answering (a protocol call that never returns) would hang the run: past
 * this ceiling the engine is reported as failed and closed. Generous, since a walk that works
 * finishes as soon as its states are shown.
 */
const ENGINE_CEILING_MS = Number(process.env.ENGINE_CEILING_MS ?? 15 * 60_000);

function withCeiling<T>(work: Promise<T>, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const ceiling = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`${name} did not finish its walks in ${ENGINE_CEILING_MS / 60_000} min`)),
      ENGINE_CEILING_MS,
    );
  });
  return Promise.race([work, ceiling]).finally(() => clearTimeout(timer));
}

function launch(name: EngineName, script: string): Promise<Engine> {
  if (name === 'webkit') return launchWebKit(script);
  return launchPuppeteer(name, script);
}

async function main(): Promise<number> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !ALL.includes(a as EngineName));
  if (unknown.length > 0) {
    console.error(`Unknown engine ${unknown.join(', ')}: choose among ${ALL.join(', ')}.`);
    return 2;
  }
  const engines = asked.length > 0 ? (asked as EngineName[]) : ALL;
  for (const file of [
    'dist/index.html',
    'dist/embed/tcp-handshake-sim.js',
    'dist/examples/embed.html',
  ]) {
    if (!existsSync(`${root}/${file}`)) {
      console.error(`${file} is missing: build first (npm run build).`);
      return 2;
    }
  }
  const script = await bundleInPage();
  const port = Number(process.env.ENGINES_PORT ?? (await freePort()));
  const server = startGroup(
    process.execPath,
    [
      `${root}/node_modules/vite/bin/vite.js`,
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(base, server);
    // One engine after another: each gets the machine's cores, and the walks wait for states
    // rather than for time, so their order does not matter.
    let failed = 0;
    for (const name of engines) {
      let engine: Engine;
      try {
        engine = await launch(name, script);
      } catch (e) {
        failed++;
        console.log(`${name}: could not start: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      try {
        console.log(engine.description);
        failed += await withCeiling(
          walkAll(engine, base, (line) => console.log(line)),
          name,
        );
      } catch (e) {
        failed++;
        console.log(`  ✗ ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await engine.close();
      }
    }
    console.log(failed === 0 ? 'Every walk passed.' : `${failed} walk(s) failed.`);
    return failed === 0 ? 0 : 1;
  } finally {
    await stopGroup(server);
  }
}

process.exitCode = await main();
