/**
 * Issue #10, "one screen": the hosts, the wire, the ladder and what just happened are on screen
 * together without scrolling the page; presenter mode is readable from the back of a room; the
 * embed fits a documentation column; axe is clean in each; screenshots are saved as artifacts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test, type SimulatorPage } from './fixtures/simulator';
import { EmbeddedSim } from './fixtures/embed';

const REGIONS = ['client', 'server', 'The wire', 'Ladder diagram', 'What just happened'] as const;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 640 },
];
const CASES = [
  { builtin: 'handshake-and-close', steps: 2 },
  { builtin: 'syn-flood', steps: 10 },
];

async function expectNoViolations(page: Page, disabled: string[] = []) {
  const results = await new AxeBuilder({ page }).disableRules(disabled).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Inside the viewport, partly visible, and not covered: the topmost element at a point inside
 * the region's visible part (its centre, clipped to the viewport) belongs to the region.
 */
async function expectOnScreen(region: Locator, name: string) {
  await expect(region).toBeVisible();
  const seen = await region.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const left = Math.max(0, r.left);
    const right = Math.min(vw, r.right);
    const top = Math.max(0, r.top);
    const bottom = Math.min(vh, r.bottom);
    const inside = r.left >= -1 && r.top >= -1 && r.right <= vw + 1 && r.bottom <= vh + 1;
    const points = [
      [(left + right) / 2, (top + bottom) / 2],
      [left + 8, top + 8],
      [right - 8, top + 8],
    ];
    const uncovered = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && (el === hit || el.contains(hit));
    });
    return { inside, visible: right - left > 0 && bottom - top > 0, uncovered };
  });
  expect({ name, ...seen }).toEqual({ name, inside: true, visible: true, uncovered: true });
}

async function documentFits(page: Page) {
  return page.evaluate(() => ({
    vertical: document.documentElement.scrollHeight <= window.innerHeight,
    sideways: document.documentElement.scrollWidth <= window.innerWidth,
  }));
}

async function snap(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

async function openAt(sim: SimulatorPage, builtin: string, steps: number) {
  await sim.open({ builtin });
  await sim.stepForward(steps);
  // Wait for the ladder to be drawn (it loads after the instrument).
  await expect(sim.region('Ladder diagram').getByTestId('ladder')).toBeVisible();
}

for (const size of SIZES) {
  for (const { builtin, steps } of CASES) {
    test(`${size.width}×${size.height}, ${builtin} after ${steps} steps: everything on one screen`, async ({
      sim,
      page,
    }, info) => {
      await page.setViewportSize(size);
      await openAt(sim, builtin, steps);
      expect(await documentFits(page)).toEqual({ vertical: true, sideways: true });
      for (const name of REGIONS) await expectOnScreen(sim.region(name), name);
      await expectNoViolations(page);
      await snap(page, info, `${builtin}-${size.width}x${size.height}`);
    });
  }
}

test('presenter mode at 1920×1080: the ladder covers 40 % of the screen, labels 24 px or more', async ({
  sim,
  page,
}, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openAt(sim, 'handshake-and-close', 3);
  await sim.root.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(sim.root).toHaveAttribute('data-presenter', 'true');
  const ladder = sim.region('Ladder diagram');
  const box = (await ladder.boundingBox())!;
  expect((box.width * box.height) / (1920 * 1080)).toBeGreaterThanOrEqual(0.4);
  // The smallest text of any segment label, in screen pixels (font size × the drawing's scale).
  const sizes = await ladder.locator('.tcpsim-ladder__arrow text').evaluateAll((texts) =>
    texts.map((t) => {
      const text = t as SVGTextElement;
      const scale = text.getScreenCTM()?.a ?? 1;
      return parseFloat(getComputedStyle(text).fontSize) * scale;
    }),
  );
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  // The state names in the hosts.
  const state = await sim
    .state('client', 'ESTABLISHED')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(state).toBeGreaterThanOrEqual(40);
  // No chrome but the playback row.
  await expect(sim.scenario).toBeHidden();
  await expect(sim.tab('This scenario')).toBeHidden();
  expect(await documentFits(page)).toEqual({ vertical: true, sideways: true });
  await expectNoViolations(page);
  await snap(page, info, 'presenter-1920x1080');
});

test('a phone, 390×844: stacked, no sideways scrolling, the ladder inside the page', async ({
  sim,
  page,
}, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAt(sim, 'handshake-and-close', 2);
  expect((await documentFits(page)).sideways).toBe(true);
  const ladder = sim.region('Ladder diagram').getByTestId('ladder');
  const box = (await ladder.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // The server's lifeline is inside the picture, not cut off.
  const scroll = await sim
    .region('Ladder diagram')
    .getByRole('region', { name: /^Ladder diagram, time running down$/ })
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll.scroll).toBeLessThanOrEqual(scroll.client);
  await expectNoViolations(page);
  await snap(page, info, 'handshake-390x844');
});

test('the embed in a 720 px column: at most 640 px tall, nothing scrolls sideways', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/examples/embed.html');
  const host = page.locator('#first');
  await host.evaluate((el) => {
    el.parentElement!.style.width = '720px';
    el.parentElement!.style.maxWidth = '720px';
  });
  const sim = new EmbeddedSim(page.getByRole('region', { name: 'The handshake, in English' }));
  await expect(sim.playButton).toBeVisible();
  await sim.next.click();
  await sim.next.click();
  const box = (await host.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(722);
  expect(box.height).toBeLessThanOrEqual(640 + 2);
  // No element inside the element's shadow root is wider than the box it scrolls in.
  const sideways = await host.evaluate((el) =>
    [...el.shadowRoot!.querySelectorAll('*')]
      .filter((e) => {
        const style = getComputedStyle(e);
        return /(auto|scroll)/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
      })
      .map((e) => e.className),
  );
  expect(sideways).toEqual([]);
  for (const name of ['client', 'server', 'Ladder diagram']) {
    await expect(sim.root.getByRole('region', { name, exact: true })).toBeVisible();
  }
  // The example page holds two simulators, each with its client and server: the same landmark
  // names twice on one page, by design (embed.spec.ts makes the same exception).
  await expectNoViolations(page, ['landmark-unique']);
  await host.screenshot({ path: info.outputPath('embed-720.png') });
  await info.attach('embed-720', {
    path: info.outputPath('embed-720.png'),
    contentType: 'image/png',
  });

  await test.step('controls="minimal": the hosts and the ladder only', async () => {
    await host.evaluate((el) => el.setAttribute('controls', 'minimal'));
    await expect(
      sim.root.getByRole('region', { name: 'Ladder diagram', exact: true }),
    ).toBeVisible();
    await expect(sim.root.getByRole('region', { name: 'client', exact: true })).toBeVisible();
    await expect(sim.root.getByRole('region', { name: 'The wire', exact: true })).toHaveCount(0);
    await expect(
      sim.root.getByRole('region', { name: 'What just happened', exact: true }),
    ).toHaveCount(0);
  });
});

test('phone page at 390 px: no horizontal page scroll, in Korean too', async ({ sim, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await sim.openIn('ko', { builtin: 'syn-flood' });
  expect((await documentFits(page)).sideways).toBe(true);
});

for (const { lang, scheme } of [
  { lang: 'en', scheme: 'dark' },
  { lang: 'ko', scheme: 'light' },
  { lang: 'zh-CN', scheme: 'dark' },
] as const) {
  for (const size of [...SIZES, { width: 390, height: 844 }]) {
    test(`screenshot: ${lang}, ${scheme}, ${size.width}×${size.height}`, async ({
      sim,
      page,
    }, info) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await sim.openIn(lang, { builtin: 'handshake-and-close' });
      const next = page.getByRole('button', { name: /^(Next event|다음 이벤트|下一个事件)$/ });
      for (let i = 0; i < 4; i++) await next.click();
      await expect(page.getByTestId('ladder')).toBeVisible();
      await snap(page, info, `${lang}-${scheme}-${size.width}x${size.height}`);
    });
  }
}
